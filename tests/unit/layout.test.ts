/**
 * The three layouts: deterministic, legible on the real data (the bar) and still clean
 * when the data grows (the relations and actors contributors are expected to add).
 */
import { describe, expect, it } from 'vitest';
import { buildGraph, oneHop, type ActorInput, type Graph } from '../../src/lib/graph';
import { diagramGeometry, pillRect, prepare, type Diagram } from '../../src/lib/diagram';
import { legibility, legibilityText, rectsOverlap } from '../../src/lib/legibility';
import { layoutWide, WIDE_ARRANGEMENTS } from '../../src/lib/layout';
import { layoutNarrow, NARROW } from '../../src/lib/layout-narrow';
import { layoutOneHop } from '../../src/lib/layout-one-hop';
import { lcg } from '../../src/lib/layout-search';
import { grownGraph, realGraph } from './real-graph';

const real = realGraph();
const wide = layoutWide(real);
const narrow = layoutNarrow(real);

function bar(d: Diagram, what: string, centre?: string) {
  const l = legibility(diagramGeometry(d, { centre }));
  const msg = `${what}: ${legibilityText(l)}\n${l.problems.join('\n')}`;
  expect(l.labelLabel + l.labelShape + l.passThrough, msg).toBe(0);
  expect(l.relationRelation, msg).toBeLessThanOrEqual(12);
  expect(l.relationLabel, msg).toBeLessThanOrEqual(10);
  return l;
}

function shuffled(g: Graph, seed: number): Graph {
  const rnd = lcg(seed);
  const shuffle = <T>(xs: T[]) =>
    xs
      .map((x) => ({ x, k: rnd() }))
      .sort((a, b) => a.k - b.k)
      .map((p) => p.x);
  return { nodes: shuffle(g.nodes), edges: shuffle(g.edges) };
}

describe('folding and bundling', () => {
  it('folds a person into what they lead only when leading is all the graph says of them', () => {
    const actors: ActorInput[] = [
      { id: 'org', name: 'Org', kind: 'armed-group', side: 'opposition' },
      { id: 'boss', name: 'Boss', kind: 'person', side: 'opposition' },
      { id: 'envoy', name: 'Envoy', kind: 'person', side: 'opposition' },
      { id: 'paper', name: 'Paper', kind: 'outlet', side: 'observer' },
    ];
    const e = (
      id: string,
      from: string,
      type: 'leadership' | 'coordination' | 'arms-supply',
      to: string,
    ) => ({
      id,
      from,
      to,
      type,
      grade: 'confirmed' as const,
      periods: [{ from: '2019', to: 'ongoing' }],
    });
    const g = buildGraph(actors, [
      e('a', 'boss', 'leadership', 'org'),
      e('b', 'envoy', 'leadership', 'org'),
      e('c', 'envoy', 'coordination', 'org'),
      e('d', 'org', 'arms-supply', 'envoy'),
      e('f', 'org', 'arms-supply', 'envoy'),
    ]);
    const p = prepare(g);
    expect([...p.people.entries()]).toEqual([['boss', 'org']]);
    expect(p.main.map((n) => n.id)).toEqual(['envoy', 'org']);
    expect(p.media.map((n) => n.id)).toEqual(['paper']);
    // One line per ordered pair: org>envoy carries two relations.
    expect(p.bundles.map((b) => [b.id, b.edges.length, b.layer])).toEqual([
      ['boss>org', 1, 'people'],
      ['envoy>org', 2, 'main'],
      ['org>envoy', 2, 'main'],
    ]);
  });

  it('draws one line per ordered pair on the real data, with its count', () => {
    const pairs = new Set(real.edges.map((e) => `${e.from}>${e.to}`));
    expect(wide.edges.map((e) => e.id).sort()).toEqual([...pairs].sort());
    for (const e of wide.edges) {
      expect(e.relations.length).toBe(
        real.edges.filter((r) => `${r.from}>${r.to}` === e.id).length,
      );
      expect(e.badge?.text).toBe(e.relations.length > 1 ? String(e.relations.length) : undefined);
    }
  });
});

describe('the wide layout (camp map)', () => {
  it('is deterministic whatever the order of its input', () => {
    expect(layoutWide(shuffled(real, 3))).toEqual(wide);
  });

  it('meets the bar on the real data, by default and with people shown', () => {
    bar(wide, 'wide');
    const l = legibility(diagramGeometry(wide, { people: true }));
    expect(
      l.labelLabel + l.labelShape + l.passThrough,
      legibilityText(l) + l.problems.join('\n'),
    ).toBe(0);
  });

  it("places actors by camp: each in its camp's region, monitors and outlets in the band", () => {
    for (const n of wide.nodes.filter((x) => x.layer !== 'people')) {
      const c = wide.camps.find((k) => k.side === (n.layer === 'media' ? 'media' : n.side))!;
      expect(rectsOverlap(pillRect(n), { x: c.x, y: c.y, w: c.w, h: c.h }, 0), n.id).toBe(true);
      expect(n.x - n.w / 2 >= c.x - 1 && n.x + n.w / 2 <= c.x + c.w + 1, n.id).toBe(true);
    }
    for (const arrangement of WIDE_ARRANGEMENTS) expect(arrangement[0]![0]).toBe('pro-government');
  });

  it('folds people and shows their names on what they lead', () => {
    const assad = wide.nodes.find((n) => n.id === 'bashar-al-assad')!;
    expect(assad.layer).toBe('people');
    expect(wide.nodes.find((n) => n.id === 'syrian-government')!.leaders).toContain(
      'Bashar al-Assad',
    );
  });

  it('stays clean as the data grows (four expected relations and two more actors)', () => {
    const d = layoutWide(grownGraph());
    const l = legibility(diagramGeometry(d));
    expect(
      l.labelLabel + l.labelShape + l.passThrough,
      legibilityText(l) + l.problems.join('\n'),
    ).toBe(0);
    expect(l.relationRelation).toBeLessThanOrEqual(30);
  });
});

describe('the narrow layout (phone column)', () => {
  it('is deterministic, 360 px wide with 13 px labels: at least 12 CSS px on a 375 px screen', () => {
    expect(layoutNarrow(shuffled(real, 5))).toEqual(narrow);
    expect(narrow.width).toBe(NARROW.width);
    expect(narrow.fontSize * ((375 - 32) / narrow.width)).toBeGreaterThanOrEqual(12);
  });

  it('meets the bar on the real data, and stays clean as the data grows', () => {
    bar(narrow, 'narrow');
    const l = legibility(diagramGeometry(layoutNarrow(grownGraph())));
    expect(
      l.labelLabel + l.labelShape + l.passThrough,
      legibilityText(l) + l.problems.join('\n'),
    ).toBe(0);
    expect(l.relationRelation).toBeLessThanOrEqual(30);
  });

  it('keeps every actor but the folded people, camp by camp', () => {
    const shown = new Set(narrow.nodes.map((n) => n.id));
    for (const n of prepare(real).main) expect(shown.has(n.id), n.id).toBe(true);
    for (const id of prepare(real).people.keys()) expect(shown.has(id), id).toBe(false);
  });
});

describe('one-hop diagrams', () => {
  it('put the actor at the centre and meet the bar for every actor', () => {
    for (const n of real.nodes) {
      const local = oneHop(real, n.id);
      if (!local.edges.length) continue;
      const d = layoutOneHop(local, n.id);
      bar(d, `one-hop ${n.id}`, n.id);
      const me = d.nodes.find((x) => x.id === n.id)!;
      expect(Math.abs(me.x - d.width / 2), n.id).toBeLessThan(d.width * 0.12);
      expect(Math.abs(me.y - d.height / 2), n.id).toBeLessThan(d.height * 0.12);
      expect(layoutOneHop(shuffled(local, 2), n.id)).toEqual(d);
    }
  });
});
