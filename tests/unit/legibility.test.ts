import { describe, expect, it } from 'vitest';
import {
  isClean,
  legibility,
  legibilityText,
  pointInPolygon,
  polylineHitsPolygon,
  polylineHitsRect,
  rectHitsPolygon,
  rectPolygon,
  rectsOverlap,
  segmentHitsRect,
  segmentIntersection,
  type LegibilityInput,
  type Pt,
  type Rect,
} from '../../src/lib/legibility';

const square = (id: string, x: number, y: number, s = 20) => ({
  id,
  polygon: rectPolygon({ x, y, w: s, h: s }),
});
const label = (id: string, box: Rect, owner = id) => ({ id, owner, box });
const line = (id: string, from: string, to: string, points: Pt[]) => ({ id, from, to, points });
const score = (input: Partial<LegibilityInput>) =>
  legibility({ shapes: [], labels: [], lines: [], ...input });

describe('geometry primitives', () => {
  it('segments meet where they cross, touch or overlap, and not when apart', () => {
    expect(segmentIntersection([0, 0], [10, 10], [0, 10], [10, 0])).toEqual([5, 5]);
    expect(segmentIntersection([0, 0], [10, 0], [10, 0], [10, 10])).toEqual([10, 0]);
    expect(segmentIntersection([0, 0], [10, 0], [5, 0], [20, 0])).toEqual([5, 0]);
    expect(segmentIntersection([0, 0], [10, 0], [0, 1], [10, 1])).toBeUndefined();
    expect(segmentIntersection([0, 0], [1, 1], [2, 2], [3, 0])).toBeUndefined();
  });
  it('a segment enters a rectangle only through its interior', () => {
    const r = { x: 10, y: 10, w: 10, h: 10 };
    expect(segmentHitsRect([0, 15], [30, 15], r)).toBe(true);
    expect(segmentHitsRect([12, 12], [13, 13], r)).toBe(true);
    expect(segmentHitsRect([0, 10], [30, 10], r)).toBe(false); // along an edge
    expect(segmentHitsRect([0, 0], [9, 30], r)).toBe(false);
    expect(
      polylineHitsRect(
        [
          [0, 0],
          [5, 25],
          [15, 25],
        ],
        r,
      ),
    ).toBe(false);
    expect(
      polylineHitsRect(
        [
          [0, 0],
          [5, 25],
          [15, 15],
        ],
        r,
      ),
    ).toBe(true);
  });
  it('polygons: containment, crossing and overlap with rectangles', () => {
    const tri: Pt[] = [
      [0, 0],
      [20, 0],
      [0, 20],
    ];
    expect(pointInPolygon([5, 5], tri)).toBe(true);
    expect(pointInPolygon([15, 15], tri)).toBe(false);
    expect(
      polylineHitsPolygon(
        [
          [-5, 5],
          [25, 5],
        ],
        tri,
      ),
    ).toBe(true);
    expect(
      polylineHitsPolygon(
        [
          [12, 12],
          [30, 30],
        ],
        tri,
      ),
    ).toBe(false);
    expect(rectHitsPolygon({ x: 2, y: 2, w: 3, h: 3 }, tri)).toBe(true);
    expect(rectHitsPolygon({ x: 12, y: 12, w: 5, h: 5 }, tri)).toBe(false);
    expect(rectsOverlap({ x: 0, y: 0, w: 10, h: 10 }, { x: 9.8, y: 0, w: 10, h: 10 })).toBe(false); // within tolerance
    expect(rectsOverlap({ x: 0, y: 0, w: 10, h: 10 }, { x: 8, y: 0, w: 10, h: 10 })).toBe(true);
  });
});

describe('legibility', () => {
  it('scores an empty drawing as clean', () => {
    const l = score({});
    expect(isClean(l)).toBe(true);
    expect(legibilityText(l)).toBe(
      '0 label–label, 0 label–shape, 0 pass-through, 0 relation–label, 0 relation–relation',
    );
  });

  it('counts labels of different actors that overlap, not the lines of one label', () => {
    const l = score({
      labels: [
        label('a', { x: 0, y: 0, w: 50, h: 12 }),
        label('b', { x: 40, y: 5, w: 50, h: 12 }),
        label('a2', { x: 0, y: 5, w: 50, h: 12 }, 'a'),
      ],
    });
    expect(l.labelLabel).toBe(2); // a/b and a2/b; a and a2 share an owner
    expect(l.problems).toContain('label "a" overlaps label "b"');
  });

  it("counts a label over another actor's shape, never over its own", () => {
    const l = score({
      shapes: [square('a', 0, 0), square('b', 100, 0)],
      labels: [label('a', { x: 5, y: 5, w: 100, h: 10 })],
    });
    expect(l.labelShape).toBe(1);
    expect(l.problems).toEqual(['label "a" overlaps the shape of "b"']);
  });

  it('counts a relation through a third actor, not through its own ends', () => {
    const shapes = [square('a', 0, 0), square('b', 100, 0), square('c', 200, 0)];
    const l = score({
      shapes,
      lines: [
        line('a>c', 'a', 'c', [
          [20, 10],
          [200, 10],
        ]),
        line('a>b', 'a', 'b', [
          [20, 10],
          [100, 10],
        ]),
      ],
    });
    expect(l.passThrough).toBe(1);
    expect(l.problems).toContain('relation "a>c" passes through "b"');
    expect(isClean(l)).toBe(false);
  });

  it('counts relations across labels, except a line across its own count', () => {
    const labels = [
      label('x', { x: 40, y: 0, w: 20, h: 20 }),
      label('a>b (count)', { x: 60, y: 0, w: 20, h: 20 }, 'a>b'),
    ];
    const l = score({
      labels,
      lines: [
        line('a>b', 'a', 'b', [
          [0, 10],
          [100, 10],
        ]),
      ],
    });
    expect(l.relationLabel).toBe(1);
    expect(l.problems).toEqual(['relation "a>b" crosses label "x"']);
  });

  it('counts crossing pairs once, and not where two relations meet at a shared actor', () => {
    const shapes = [square('hub', 40, 40)];
    const lines = [
      line('p', 'a', 'b', [
        [0, 0],
        [100, 100],
      ]),
      line('q', 'c', 'd', [
        [0, 100],
        [100, 0],
      ]),
      // Two curves crossing twice are still one crossing pair.
      line('r', 'e', 'f', [
        [0, 30],
        [50, 70],
        [100, 30],
      ]),
      // Both meet inside the hub's shape: no crossing.
      line('s', 'hub', 'g', [
        [50, 50],
        [120, 45],
      ]),
      line('t', 'hub', 'h', [
        [50, 50],
        [120, 55],
      ]),
    ];
    const l = score({ shapes, lines });
    expect(
      l.problems.filter(
        (p) => p.startsWith('relations "s"') || (p.includes('"t" cross') && p.includes('"s"')),
      ),
    ).toEqual([]);
    expect(l.problems).toContain('relations "p" and "q" cross');
    expect(l.problems).toContain('relations "p" and "r" cross');
    expect(l.problems.filter((p) => p === 'relations "p" and "r" cross')).toHaveLength(1);
  });
});
