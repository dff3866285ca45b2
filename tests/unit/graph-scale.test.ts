import { describe, expect, it } from 'vitest';
import { buildGraph, type ActorInput, type GraphEdge } from '../../src/lib/graph';
import { SCALE_LIMITS, scaleGraph } from '../../src/lib/graph-scale';
import { RELATION_TYPES, SIDES } from '../../src/lib/vocabulary';
import { realGraph } from './real-graph';

/** A seeded graph of `n` actors and `m` relations, some actors far better connected than others. */
function synthetic(n: number, m: number) {
  let seed = 7;
  const rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const actors: ActorInput[] = Array.from({ length: n }, (_, i) => ({
    id: `a${i}`,
    name: `Actor ${i}`,
    kind: 'state',
    side: SIDES[i % SIDES.length]!,
  }));
  const edges = new Map<string, GraphEdge>();
  while (edges.size < m) {
    // squaring skews the choice towards low indices: a few hubs, a long tail
    const from = Math.floor(rnd() ** 2 * n);
    const to = Math.floor(rnd() * n);
    const type = RELATION_TYPES[Math.floor(rnd() * RELATION_TYPES.length)]!;
    if (from === to) continue;
    const id = `a${from}--${type}--a${to}`;
    edges.set(id, {
      id,
      from: `a${from}`,
      to: `a${to}`,
      type,
      grade: 'reported',
      periods: [{ from: '2019', to: 'ongoing' }],
    });
  }
  return buildGraph(actors, [...edges.values()]);
}

describe('the who-backs-whom page at scale', () => {
  it("changes nothing at the real data's size", () => {
    const graph = realGraph();
    const s = scaleGraph(graph);
    expect(s.large).toBe(false);
    expect(s.shown).toBe(graph);
    expect(s.pages).toEqual([]);
  });

  it('draws the core of a large graph: its most connected actors, within the limits', () => {
    const graph = synthetic(1500, 2250);
    const s = scaleGraph(graph);
    expect(s.large).toBe(true);
    expect(s.actors).toBeGreaterThan(SCALE_LIMITS.largeActors);
    expect(s.shown.nodes.length).toBeLessThanOrEqual(SCALE_LIMITS.coreActors);
    expect(s.shown.edges.length).toBeLessThanOrEqual(SCALE_LIMITS.coreRelations);
    expect(s.shown.edges.length).toBeGreaterThan(SCALE_LIMITS.coreRelations / 2);
    const ids = new Set(s.shown.nodes.map((n) => n.id));
    // every shown relation joins two shown actors, and every shown actor has a relation shown
    for (const e of s.shown.edges) expect(ids.has(e.from) && ids.has(e.to)).toBe(true);
    for (const n of s.shown.nodes)
      expect(n.degree).toBe(s.shown.edges.filter((e) => e.from === n.id || e.to === n.id).length);
    // the best-connected actor of the whole graph is in the core
    const hub = [...graph.nodes].sort(
      (a, b) => b.degree - a.degree || a.id.localeCompare(b.id),
    )[0]!;
    expect(ids.has(hub.id)).toBe(true);
  });

  it('puts every relation on exactly one table page, split by camp, none too long', () => {
    const graph = synthetic(1500, 2250);
    const { pages } = scaleGraph(graph);
    const all = pages.flatMap((p) => p.edges);
    expect(all.length).toBe(graph.edges.length);
    expect(new Set(all).size).toBe(graph.edges.length);
    const side = new Map(graph.nodes.map((n) => [n.id, n.side]));
    const edge = new Map(graph.edges.map((e) => [e.id, e]));
    for (const p of pages) {
      expect(p.edges.length).toBeGreaterThan(0);
      expect(p.edges.length).toBeLessThanOrEqual(SCALE_LIMITS.perPage);
      for (const id of p.edges) expect(side.get(edge.get(id)!.from)).toBe(p.side);
      expect(p.slug).toBe(p.parts > 1 ? `${p.side}-${p.part}` : p.side);
    }
    expect(new Set(pages.map((p) => p.slug)).size).toBe(pages.length);
  });

  it('is large above either threshold, and the same every time', () => {
    const few = synthetic(100, 310);
    expect(scaleGraph(few).large).toBe(true);
    expect(scaleGraph(synthetic(100, 200)).large).toBe(false);
    expect(scaleGraph(few)).toEqual(scaleGraph(few));
  });
});
