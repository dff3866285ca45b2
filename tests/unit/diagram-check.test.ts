import { afterEach, describe, expect, it, vi } from 'vitest';
import { assertLegible, DiagramError } from '../../src/lib/diagram-check';
import type { Diagram, DiagramNode } from '../../src/lib/diagram';

const node = (id: string, x: number, y: number): DiagramNode => ({
  id,
  name: id,
  label: id,
  kind: 'state',
  side: 'opposition',
  degree: 1,
  x,
  y,
  w: 60,
  h: 24,
  lines: [id],
  layer: 'main',
  leaders: [],
});
const drawing = (
  nodes: DiagramNode[],
  lines: [string, string, [number, number][]][] = [],
): Diagram => ({
  form: 'wide',
  width: 400,
  height: 300,
  fontSize: 13,
  nodes,
  camps: [],
  edges: lines.map(([from, to, points]) => ({
    id: `${from}>${to}`,
    from,
    to,
    relations: ['r'],
    types: ['coordination'],
    grades: ['confirmed'],
    group: 'alliance',
    grade: 'confirmed',
    layer: 'main',
    d: '',
    points,
  })),
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe("the build's legibility gate", () => {
  it('passes a clean drawing through', () => {
    const d = drawing(
      [node('a', 50, 50), node('b', 300, 50)],
      [
        [
          'a',
          'b',
          [
            [82, 50],
            [268, 50],
          ],
        ],
      ],
    );
    expect(assertLegible(d, 'test')).toBe(d);
  });

  it('stops on overlapping actors and on a line through a third actor, naming each', () => {
    expect(() => assertLegible(drawing([node('a', 50, 50), node('b', 70, 55)]), 'network')).toThrow(
      DiagramError,
    );
    const through = drawing(
      [node('a', 50, 50), node('b', 300, 50), node('c', 175, 50)],
      [
        [
          'a',
          'b',
          [
            [82, 50],
            [268, 50],
          ],
        ],
      ],
    );
    expect(() => assertLegible(through, 'network')).toThrow(
      /the network is not legible[\s\S]*relation "a>b" passes through "c"/,
    );
  });

  it('only reports when asked to (synthetic benchmark content)', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const d = drawing([node('a', 50, 50), node('b', 70, 55)]);
    expect(assertLegible(d, 'network', { reportOnly: true })).toBe(d);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('overlap'));
  });
});
