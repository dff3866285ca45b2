/**
 * The search behind the wide layout: actors sit in slots of their camp's region, and a seeded
 * annealing run swaps and moves them to lower a cost built from the same quantities the
 * legibility measure counts (a line through a third actor, two lines crossing, a line across a
 * camp title) plus a little length. Only the terms a move touches are recomputed, so the search
 * stays fast on large graphs. Same input and seed, same result.
 */
import { segmentHitsBox, type Pt, type Rect } from './legibility';

/** Park-Miller LCG: a tiny seeded source, stable across platforms. */
export function lcg(seed: number): () => number {
  let s = (Math.abs(Math.floor(seed)) % 2147483646) + 1;
  return () => (s = (s * 16807) % 2147483647) / 2147483647;
}

export interface SearchNode {
  w: number;
  h: number;
  region: number;
  fixed?: Pt | undefined;
}
export interface SearchProblem {
  nodes: SearchNode[];
  /** Slot centres, per region. */
  slots: Pt[][];
  /** Lines as pairs of node indices (a pair drawn both ways counts once). */
  lines: [number, number][];
  /** Text the lines should not cross (camp titles). */
  obstacles: Rect[];
  seed?: number | undefined;
  /** Work budget: the search stops after about this many line-pair tests. */
  budget?: number | undefined;
  /** At most this many moves per run. */
  iterations?: number | undefined;
  /** Independent seeded runs; the best is kept. */
  restarts?: number | undefined;
}

/** Beyond this many lines the layouts stop comparing whole drawings and rerouting (time). */
export const LARGE = 300;

const WEIGHTS = { pass: 80, cross: 12, obstacle: 10, length: 0.012, clearance: 3 };

/** Whether two segments cross (touching counts). */
function segmentsCross(
  ax: number,
  ay: number,
  bx: number,
  by: number,
  cx: number,
  cy: number,
  dx: number,
  dy: number,
): boolean {
  const d1 = (dx - cx) * (ay - cy) - (dy - cy) * (ax - cx);
  const d2 = (dx - cx) * (by - cy) - (dy - cy) * (bx - cx);
  const d3 = (bx - ax) * (cy - ay) - (by - ay) * (cx - ax);
  const d4 = (bx - ax) * (dy - ay) - (by - ay) * (dx - ax);
  if (((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0)))
    return true;
  if (d1 === 0 && d2 === 0) {
    // Collinear: overlapping projections.
    return (
      Math.max(ax, bx) >= Math.min(cx, dx) &&
      Math.max(cx, dx) >= Math.min(ax, bx) &&
      Math.max(ay, by) >= Math.min(cy, dy) &&
      Math.max(cy, dy) >= Math.min(ay, by)
    );
  }
  return false;
}

/**
 * Each node's slot index within its region, from a few independent seeded runs, best first by
 * the search's own cost (the caller may judge them on the finished drawing).
 */
export function searchSlots(p: SearchProblem): number[][] {
  const runs = Array.from({ length: p.restarts ?? 4 }, (_, r) =>
    searchOnce(p, (p.seed ?? 2019) + r * 7919),
  );
  return runs.sort((a, b) => a.cost - b.cost).map((r) => r.slots);
}

/** The item at an index the search computed in range (a seeded pick, a slot, a line's end). */
function item<T>(list: readonly T[], i: number): T {
  const value = list[i];
  if (value === undefined) throw new RangeError(`layout search: no item ${i} of ${list.length}`);
  return value;
}

/** A region's slots and who sits in each (undefined: free). */
interface Region {
  slots: readonly Pt[];
  taken: (Body | undefined)[];
  filled: number;
}

/** A node as the search moves it: its centre, half size, slot and the lines that end at it. */
interface Body {
  x: number;
  y: number;
  hw: number;
  hh: number;
  /** Its slot in its region (-1: fixed in place). */
  slot: number;
  lines: Line[];
}

interface Line {
  /** Its place in the problem's list: pairs of lines are costed once, lower first. */
  order: number;
  a: Body;
  b: Body;
  /** Set while a move's cost is being taken: the line is one the move touches. */
  mark: boolean;
}

function searchOnce(p: SearchProblem, seed: number): { slots: number[]; cost: number } {
  const random = lcg(seed);
  const regions: Region[] = p.slots.map((slots) => ({
    slots,
    taken: new Array<Body | undefined>(slots.length).fill(undefined),
    filled: 0,
  }));
  const bodies: Body[] = [];
  const movable: { body: Body; region: Region }[] = [];
  // Initial assignment: nodes in a seeded order fill their region's slots in order.
  for (const node of p.nodes) {
    const body: Body = { x: 0, y: 0, hw: node.w / 2, hh: node.h / 2, slot: -1, lines: [] };
    bodies.push(body);
    if (node.fixed) {
      [body.x, body.y] = node.fixed;
      continue;
    }
    const region = item(regions, node.region);
    if (region.slots.length - region.filled <= 0)
      throw new Error(`region ${node.region} has fewer slots than actors`);
    let k = Math.floor(random() * region.slots.length);
    while (region.taken[k]) k = (k + 1) % region.slots.length;
    region.filled++;
    region.taken[k] = body;
    body.slot = k;
    [body.x, body.y] = item(region.slots, k);
    movable.push({ body, region });
  }
  const lines: Line[] = p.lines.map(([a, b], order) => ({
    order,
    a: item(bodies, a),
    b: item(bodies, b),
    mark: false,
  }));
  for (const line of lines) {
    line.a.lines.push(line);
    line.b.lines.push(line);
  }

  const through = (l: Line, k: Body): number => {
    const { a, b } = l;
    if (a === k || b === k) return 0;
    // (no destructuring here: this runs millions of times and must not allocate)
    const x0 = k.x - k.hw;
    const y0 = k.y - k.hh;
    const x1 = k.x + k.hw;
    const y1 = k.y + k.hh;
    if (!segmentHitsBox(a.x, a.y, b.x, b.y, x0 - 12, y0 - 12, x1 + 12, y1 + 12)) return 0;
    return segmentHitsBox(a.x, a.y, b.x, b.y, x0 - 4, y0 - 4, x1 + 4, y1 + 4)
      ? WEIGHTS.pass
      : WEIGHTS.clearance;
  };
  const own = (l: Line): number => {
    const { a, b } = l;
    let c = WEIGHTS.length * Math.hypot(b.x - a.x, b.y - a.y);
    for (const k of bodies) c += through(l, k);
    for (const o of p.obstacles)
      if (segmentHitsBox(a.x, a.y, b.x, b.y, o.x, o.y, o.x + o.w, o.y + o.h)) c += WEIGHTS.obstacle;
    return c;
  };
  const crosses = (l: Line, m: Line): number => {
    const { a, b } = l;
    const { a: c, b: d } = m;
    if (a === c || a === d || b === c || b === d) return 0;
    return segmentsCross(a.x, a.y, b.x, b.y, c.x, c.y, d.x, d.y) ? WEIGHTS.cross : 0;
  };

  const affected: Line[] = [];
  /** The cost terms that moving i (and j, swapped with it) can change. */
  const partial = (i: Body, j: Body | undefined): number => {
    affected.length = 0;
    for (const l of i.lines)
      if (!l.mark) {
        l.mark = true;
        affected.push(l);
      }
    if (j)
      for (const l of j.lines)
        if (!l.mark) {
          l.mark = true;
          affected.push(l);
        }
    let c = 0;
    for (const l of affected) {
      c += own(l);
      for (const m of lines) if (!m.mark || m.order > l.order) c += crosses(l, m);
    }
    for (const m of lines) {
      if (m.mark) continue;
      c += through(m, i);
      if (j) c += through(m, j);
    }
    for (const l of affected) l.mark = false;
    return c;
  };
  const total = (): number => {
    let c = 0;
    for (const l of lines) {
      c += own(l);
      for (const m of lines) if (m.order > l.order) c += crosses(l, m);
    }
    return c;
  };

  /** Moves i to slot k of its region (swapping with whoever is there, j); returns the undo. */
  const move = (i: Body, region: Region, k: number, j: Body | undefined): (() => void) => {
    const from = i.slot;
    const fx = i.x;
    const fy = i.y;
    const [kx, ky] = item(region.slots, k);
    i.slot = k;
    i.x = kx;
    i.y = ky;
    region.taken[k] = i;
    region.taken[from] = j;
    if (j) {
      j.slot = from;
      j.x = fx;
      j.y = fy;
    }
    return () => {
      i.slot = from;
      i.x = fx;
      i.y = fy;
      region.taken[from] = i;
      region.taken[k] = j;
      if (j) {
        j.slot = k;
        j.x = kx;
        j.y = ky;
      }
    };
  };

  const n = bodies.length;
  const L = lines.length;
  if (!movable.length || !L) return { slots: bodies.map((b) => b.slot), cost: 0 };
  const avgDegree = (2 * L) / Math.max(1, n);
  const perMove = 2 * avgDegree * (L + n) + 2 * L;
  const iterations = Math.max(
    200,
    Math.min(p.iterations ?? 1000, Math.floor((p.budget ?? 1.5e7) / perMove)),
  );
  let temperature = 12;
  const cooling = Math.pow(0.2 / temperature, 1 / iterations);

  for (let it = 0; it < iterations; it++, temperature *= cooling) {
    const { body: i, region } = item(movable, Math.floor(random() * movable.length));
    const k = Math.floor(random() * region.slots.length);
    if (k === i.slot) continue;
    const j = region.taken[k];
    const before = partial(i, j);
    const undo = move(i, region, k, j);
    const delta = partial(i, j) - before;
    if (delta > 0 && random() >= Math.exp(-delta / temperature)) undo();
  }
  // Polish: take any single move or swap that still helps, until none does (small graphs only).
  if (n * L < 20000) {
    for (let improved = true, sweeps = 0; improved && sweeps < 6; sweeps++) {
      improved = false;
      for (const { body: i, region } of movable) {
        for (let k = 0; k < region.slots.length; k++) {
          if (k === i.slot) continue;
          const j = region.taken[k];
          const before = partial(i, j);
          const undo = move(i, region, k, j);
          if (partial(i, j) - before < -1e-9) improved = true;
          else undo();
        }
      }
    }
  }
  return { slots: bodies.map((b) => b.slot), cost: total() };
}
