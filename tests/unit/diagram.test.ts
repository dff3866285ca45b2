import { describe, expect, it } from 'vitest';
import { diagram, EDGE_GROUPS, edgeGroup, edgePath, nodeRadius, shapePath, type DiagramNode } from '../../src/lib/diagram';
import { buildGraph, type ActorInput, type Graph, type GraphEdge } from '../../src/lib/graph';
import type { Layout, Point } from '../../src/lib/layout';
import { ACTOR_KINDS, RELATION_TYPES, type RelationType } from '../../src/lib/vocabulary';

// ---------------------------------------------------------------- fixtures

const actors: ActorInput[] = [
  { id: 'russia', name: 'Russia', kind: 'state', side: 'pro-government' },
  { id: 'syria', name: 'Syrian government', kind: 'government', side: 'pro-government' },
  { id: 'turkey', name: 'Turkey', kind: 'state', side: 'opposition' },
  { id: 'nfl', name: 'National Front for Liberation', shortName: 'NFL', kind: 'coalition', side: 'opposition' },
  { id: 'hts', name: 'Hayat Tahrir al-Sham', shortName: 'HTS', kind: 'armed-group', side: 'jihadist' },
  { id: 'sohr', name: 'SOHR', kind: 'monitor', side: 'observer' },
];

function rel(from: string, type: RelationType, to: string): GraphEdge {
  return { id: `${from}--${type}--${to}`, from, to, type, status: 'confirmed', periods: [{ from: '2015', to: 'ongoing' }] };
}

const positions: Record<string, [number, number]> = {
  russia: [100, 100],
  syria: [300, 100],
  turkey: [500, 300],
  nfl: [500, 500],
  hts: [300, 400],
  sohr: [100, 500],
};

function layoutFor(g: Graph, skip?: string): Layout {
  const points = new Map<string, Point>();
  for (const n of g.nodes) {
    if (n.id === skip) continue;
    const [x, y] = positions[n.id] ?? [0, 0];
    points.set(n.id, { id: n.id, x, y });
  }
  return { width: 600, height: 600, points };
}

/** The start point of a path "Mx,y...". */
function start(d: string): [number, number] {
  const m = /^M(-?[\d.]+),(-?[\d.]+)/.exec(d);
  expect(m, d).not.toBeNull();
  return [Number(m![1]), Number(m![2])];
}

/** The end point: the last "x,y" pair of the path. */
function end(d: string): [number, number] {
  const m = /(-?[\d.]+),(-?[\d.]+)$/.exec(d);
  expect(m, d).not.toBeNull();
  return [Number(m![1]), Number(m![2])];
}

const dist = (a: [number, number], b: [number, number]) => Math.hypot(a[0] - b[0], a[1] - b[1]);

// ---------------------------------------------------------------- edgeGroup

describe('edgeGroup', () => {
  it('returns a known group for every relation type', () => {
    const groups = Object.keys(EDGE_GROUPS);
    for (const t of RELATION_TYPES) expect(groups, t).toContain(edgeGroup(t));
  });

  it('places each relation type in exactly one group, explicitly', () => {
    const listed = Object.values(EDGE_GROUPS).flat() as string[];
    expect([...listed].sort()).toEqual([...RELATION_TYPES].sort());
    for (const t of RELATION_TYPES) {
      const owner = Object.entries(EDGE_GROUPS).find(([, ts]) => (ts as readonly string[]).includes(t))![0];
      expect(edgeGroup(t), t).toBe(owner);
    }
  });

  it('gives the expected group for representative types', () => {
    expect(edgeGroup('military-support')).toBe('support');
    expect(edgeGroup('arms-supply')).toBe('support');
    expect(edgeGroup('funding')).toBe('support');
    expect(edgeGroup('political-backing')).toBe('support');
    expect(edgeGroup('coordination')).toBe('alliance');
    expect(edgeGroup('affiliation')).toBe('alliance');
    expect(edgeGroup('leadership')).toBe('structure');
    expect(edgeGroup('member-of')).toBe('structure');
    expect(edgeGroup('splinter-of')).toBe('structure');
    expect(edgeGroup('merged-into')).toBe('structure');
    expect(edgeGroup('successor-of')).toBe('structure');
    expect(edgeGroup('armed-conflict')).toBe('hostility');
    expect(edgeGroup('rivalry')).toBe('hostility');
    expect(edgeGroup('designation')).toBe('hostility');
    expect(edgeGroup('unknown-link')).toBe('unknown');
  });

  it('only unknown-link falls in the "unknown" group', () => {
    expect(RELATION_TYPES.filter((t) => edgeGroup(t) === 'unknown')).toEqual(['unknown-link']);
  });
});

// ---------------------------------------------------------------- shapes

describe('shapePath', () => {
  it('gives a different outline for every actor kind', () => {
    const shapes = ACTOR_KINDS.map((k) => shapePath(k, 12));
    expect(new Set(shapes).size).toBe(ACTOR_KINDS.length);
  });

  it('gives a closed, well-formed path for every kind and radius', () => {
    for (const k of ACTOR_KINDS) {
      for (const r of [9, 12.5, 20]) {
        const d = shapePath(k, r);
        expect(d, k).toMatch(/^M/);
        expect(d, k).toMatch(/Z$/);
        expect(d, k).not.toMatch(/NaN|undefined|Infinity/);
      }
    }
  });

  it('scales with the radius', () => {
    for (const k of ACTOR_KINDS) expect(shapePath(k, 10), k).not.toBe(shapePath(k, 20));
    // The armed-group circle starts at (-r, 0).
    expect(shapePath('armed-group', 10)).toMatch(/^M-10,0a10,10 /);
  });

  it('draws polygons with the right number of corners', () => {
    const corners = (d: string) => d.split('L').length;
    expect(corners(shapePath('state', 10))).toBe(4);
    expect(corners(shapePath('person', 10))).toBe(4);
    expect(corners(shapePath('government', 10))).toBe(5);
    expect(corners(shapePath('coalition', 10))).toBe(6);
    expect(corners(shapePath('monitor', 10))).toBe(3);
    expect(corners(shapePath('outlet', 10))).toBe(3);
    expect(corners(shapePath('international-body', 10))).toBe(8);
  });
});

describe('nodeRadius', () => {
  it('grows with degree and is capped', () => {
    expect(nodeRadius(0)).toBe(9);
    expect(nodeRadius(4)).toBe(13);
    expect(nodeRadius(9)).toBe(15);
    expect(nodeRadius(1)).toBeLessThan(nodeRadius(2));
    expect(nodeRadius(1000)).toBe(20);
  });
});

// ---------------------------------------------------------------- diagram

describe('diagram', () => {
  const relations = [
    rel('russia', 'military-support', 'syria'),
    rel('syria', 'armed-conflict', 'hts'),
    rel('turkey', 'arms-supply', 'nfl'),
    rel('turkey', 'political-backing', 'nfl'),
    rel('turkey', 'designation', 'hts'),
    rel('hts', 'armed-conflict', 'nfl'),
  ];
  const graph = () => buildGraph(actors, relations);

  it('places every node at its layout point, with radius and shape', () => {
    const g = graph();
    const dg = diagram(g, layoutFor(g));
    expect(dg.width).toBe(600);
    expect(dg.height).toBe(600);
    expect(dg.nodes.map((n) => n.id)).toEqual(g.nodes.map((n) => n.id));
    for (const n of dg.nodes) {
      expect([n.x, n.y], n.id).toEqual(positions[n.id]);
      expect(n.r, n.id).toBe(nodeRadius(n.degree));
      expect(n.shape, n.id).toBe(shapePath(n.kind, n.r));
    }
    expect(dg.nodes.find((n) => n.id === 'nfl')).toMatchObject({ label: 'NFL', degree: 3, kind: 'coalition' });
  });

  it('gives every edge a path starting with M, its group and its data', () => {
    const g = graph();
    const dg = diagram(g, layoutFor(g));
    expect(dg.edges.map((e) => e.id)).toEqual(g.edges.map((e) => e.id));
    for (const e of dg.edges) {
      expect(e.d, e.id).toMatch(/^M-?\d/);
      expect(e.d, e.id).not.toMatch(/NaN|undefined|Infinity/);
      expect(e.group, e.id).toBe(edgeGroup(e.type));
      const original = g.edges.find((x) => x.id === e.id)!;
      expect(e).toMatchObject(original);
    }
  });

  it('draws a lone relation straight, from rim to rim, short of the target for the arrowhead', () => {
    const g = graph();
    const dg = diagram(g, layoutFor(g));
    const e = dg.edges.find((x) => x.id === 'russia--military-support--syria')!;
    const [russia, syria] = ['russia', 'syria'].map((id) => dg.nodes.find((n) => n.id === id)!);
    expect(e.d).toMatch(/^M[-\d.]+,[-\d.]+L[-\d.]+,[-\d.]+$/);
    expect(dist(start(e.d), [russia!.x, russia!.y])).toBeCloseTo(russia!.r + 2, 0);
    expect(dist(end(e.d), [syria!.x, syria!.y])).toBeCloseTo(syria!.r + 6, 0);
    // Russia is left of Syria, so the path runs left to right.
    expect(start(e.d)[0]).toBeLessThan(end(e.d)[0]);
  });

  it('gives two relations between the same pair different, curved paths', () => {
    const g = graph();
    const dg = diagram(g, layoutFor(g));
    const a = dg.edges.find((x) => x.id === 'turkey--arms-supply--nfl')!;
    const b = dg.edges.find((x) => x.id === 'turkey--political-backing--nfl')!;
    expect(a.d).not.toBe(b.d);
    expect(a.d).toMatch(/Q/);
    expect(b.d).toMatch(/Q/);
  });

  it('fans out three or more relations between one pair, all distinct', () => {
    const g = buildGraph(actors, [
      rel('turkey', 'arms-supply', 'nfl'),
      rel('turkey', 'funding', 'nfl'),
      rel('turkey', 'political-backing', 'nfl'),
      rel('nfl', 'coordination', 'turkey'),
    ]);
    const dg = diagram(g, layoutFor(g));
    expect(new Set(dg.edges.map((e) => e.d)).size).toBe(4);
    // An odd count would put one in the middle: with four, none is straight.
    for (const e of dg.edges) expect(e.d, e.id).toMatch(/Q/);
  });

  it('gives a->b and b->a different paths that bow to opposite sides', () => {
    const g = buildGraph(actors, [rel('russia', 'coordination', 'turkey'), rel('turkey', 'coordination', 'russia')]);
    const dg = diagram(g, layoutFor(g));
    const [ab, ba] = [dg.edges.find((e) => e.from === 'russia')!, dg.edges.find((e) => e.from === 'turkey')!];
    expect(ab.d).not.toBe(ba.d);
    const control = (d: string) => {
      const m = /Q(-?[\d.]+),(-?[\d.]+) /.exec(d);
      expect(m, d).not.toBeNull();
      return [Number(m![1]), Number(m![2])] as [number, number];
    };
    // The two control points lie on opposite sides of the straight line between the actors.
    const [p, q] = [positions.russia!, positions.turkey!];
    const side = (c: [number, number]) => Math.sign((q[0] - p[0]) * (c[1] - p[1]) - (q[1] - p[1]) * (c[0] - p[0]));
    expect(side(control(ab.d)) * side(control(ba.d))).toBe(-1);
    // Each starts near its own source.
    expect(dist(start(ab.d), p)).toBeLessThan(dist(start(ab.d), q));
    expect(dist(start(ba.d), q)).toBeLessThan(dist(start(ba.d), p));
  });

  it('gives a->b and b->a different paths when they are the only relation each way among others', () => {
    const g = buildGraph(actors, [...relations, rel('nfl', 'rivalry', 'hts')]);
    const dg = diagram(g, layoutFor(g));
    const ab = dg.edges.find((e) => e.id === 'hts--armed-conflict--nfl')!;
    const ba = dg.edges.find((e) => e.id === 'nfl--rivalry--hts')!;
    expect(ab.d).not.toBe(ba.d);
  });

  it('every path in a diagram is unique', () => {
    const g = buildGraph(actors, [
      ...relations,
      rel('nfl', 'rivalry', 'hts'),
      rel('hts', 'rivalry', 'nfl'),
      rel('russia', 'coordination', 'turkey'),
      rel('turkey', 'coordination', 'russia'),
    ]);
    const dg = diagram(g, layoutFor(g));
    expect(new Set(dg.edges.map((e) => e.d)).size).toBe(dg.edges.length);
  });

  it('throws when the layout lacks a node, naming it', () => {
    const g = graph();
    expect(() => diagram(g, layoutFor(g, 'hts'))).toThrow('layout has no position for "hts"');
    expect(() => diagram(g, layoutFor(g, 'sohr'))).toThrow(/"sohr"/);
  });

  it('ignores extra points in the layout', () => {
    const g = graph();
    const l = layoutFor(g);
    l.points.set('ghost', { id: 'ghost', x: 1, y: 1 });
    expect(diagram(g, l).nodes.map((n) => n.id)).not.toContain('ghost');
  });

  it('is deterministic', () => {
    const g = graph();
    expect(diagram(g, layoutFor(g))).toEqual(diagram(g, layoutFor(g)));
  });
});

describe('edgePath', () => {
  const node = (id: string, x: number, y: number, r = 10): DiagramNode =>
    ({ id, name: id, label: id, kind: 'state', side: 'observer', degree: 0, x, y, r, shape: '' });

  it('draws straight for bend 0 and curved otherwise', () => {
    const a = node('a', 0, 0);
    const b = node('b', 100, 0);
    expect(edgePath(a, b, 0)).toBe('M12,0L84,0');
    expect(edgePath(a, b, 26)).toMatch(/^M[-\d.]+,[-\d.]+Q50,26 [-\d.]+,[-\d.]+$/);
    expect(edgePath(a, b, -26)).toMatch(/Q50,-26 /);
  });

  it('bows apart for the two directions at the same bend', () => {
    const a = node('a', 0, 0);
    const b = node('b', 100, 0);
    // Same bend on a->b and b->a bows to the same side of the canonical a->b direction.
    expect(edgePath(a, b, 13)).toMatch(/Q50,13 /);
    expect(edgePath(b, a, 13)).toMatch(/Q50,13 /);
    expect(edgePath(b, a, -13)).toMatch(/Q50,-13 /);
  });

  it('does not produce NaN when both ends share a point', () => {
    const a = node('a', 50, 50);
    const b = node('b', 50, 50);
    expect(edgePath(a, b, 0)).not.toMatch(/NaN/);
    expect(edgePath(a, b, 13)).not.toMatch(/NaN/);
  });
});
