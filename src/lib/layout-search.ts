/**
 * The search behind the wide layout: actors sit in slots of their camp's region, and a seeded
 * annealing run swaps and moves them to lower a cost built from the same quantities the
 * legibility measure counts (a line through a third actor, two lines crossing, a line across a
 * camp title) plus a little length. Only the terms a move touches are recomputed, so the search
 * stays fast on large graphs. Same input and seed, same result.
 */
import type { Pt, Rect } from './legibility';

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

/** Whether segment (ax,ay)-(bx,by) enters the open box [x0,x1]×[y0,y1] (no allocation: hot loop). */
const PS = new Float64Array(4);
const QS = new Float64Array(4);

function hitsBox(
  ax: number,
  ay: number,
  bx: number,
  by: number,
  x0: number,
  y0: number,
  x1: number,
  y1: number,
): boolean {
  if (
    Math.max(ax, bx) <= x0 ||
    Math.min(ax, bx) >= x1 ||
    Math.max(ay, by) <= y0 ||
    Math.min(ay, by) >= y1
  )
    return false;
  // Liang–Barsky, unrolled (no closure, no arrays: a hot loop).
  let t0 = 0;
  let t1 = 1;
  const dx = bx - ax;
  const dy = by - ay;
  PS[0] = -dx;
  PS[1] = dx;
  PS[2] = -dy;
  PS[3] = dy;
  QS[0] = ax - x0;
  QS[1] = x1 - ax;
  QS[2] = ay - y0;
  QS[3] = y1 - ay;
  for (let i = 0; i < 4; i++) {
    const p = PS[i]!;
    const q = QS[i]!;
    if (p === 0) {
      if (q <= 0) return false;
      continue;
    }
    const t = q / p;
    if (p < 0) {
      if (t > t1) return false;
      if (t > t0) t0 = t;
    } else {
      if (t < t0) return false;
      if (t < t1) t1 = t;
    }
  }
  return t1 - t0 > 1e-9;
}

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

function searchOnce(p: SearchProblem, seed: number): { slots: number[]; cost: number } {
  const random = lcg(seed);
  const n = p.nodes.length;
  const L = p.lines.length;
  // Initial assignment: nodes in a seeded order fill their region's slots in order.
  const taken = p.slots.map((s) => new Array<number>(s.length).fill(-1));
  const slotOf = new Array<number>(n).fill(-1);
  const fill = new Array<number>(p.slots.length).fill(0);
  p.nodes.forEach((node, i) => {
    if (node.fixed) return;
    const free = p.slots[node.region]!.length - fill[node.region]!;
    if (free <= 0) throw new Error(`region ${node.region} has fewer slots than actors`);
    let k = Math.floor(random() * p.slots[node.region]!.length);
    while (taken[node.region]![k]! >= 0) k = (k + 1) % p.slots[node.region]!.length;
    fill[node.region]!++;
    slotOf[i] = k;
    taken[node.region]![k] = i;
  });
  const px = new Float64Array(n);
  const py = new Float64Array(n);
  const hw = p.nodes.map((d) => d.w / 2);
  const hh = p.nodes.map((d) => d.h / 2);
  const locate = (i: number) => {
    const at = p.nodes[i]!.fixed ?? p.slots[p.nodes[i]!.region]![slotOf[i]!]!;
    px[i] = at[0];
    py[i] = at[1];
  };
  for (let i = 0; i < n; i++) locate(i);
  const la = p.lines.map(([a]) => a);
  const lb = p.lines.map(([, b]) => b);
  const incident: number[][] = Array.from({ length: n }, () => []);
  p.lines.forEach(([a, b], l) => {
    incident[a]!.push(l);
    incident[b]!.push(l);
  });

  const through = (l: number, k: number): number => {
    const a = la[l]!;
    const b = lb[l]!;
    if (a === k || b === k) return 0;
    // (no destructuring here: this runs millions of times and must not allocate)
    const x0 = px[k]! - hw[k]!;
    const y0 = py[k]! - hh[k]!;
    const x1 = px[k]! + hw[k]!;
    const y1 = py[k]! + hh[k]!;
    if (!hitsBox(px[a]!, py[a]!, px[b]!, py[b]!, x0 - 12, y0 - 12, x1 + 12, y1 + 12)) return 0;
    return hitsBox(px[a]!, py[a]!, px[b]!, py[b]!, x0 - 4, y0 - 4, x1 + 4, y1 + 4)
      ? WEIGHTS.pass
      : WEIGHTS.clearance;
  };
  const own = (l: number): number => {
    const a = la[l]!;
    const b = lb[l]!;
    let c = WEIGHTS.length * Math.hypot(px[b]! - px[a]!, py[b]! - py[a]!);
    for (let k = 0; k < n; k++) c += through(l, k);
    for (const o of p.obstacles)
      if (hitsBox(px[a]!, py[a]!, px[b]!, py[b]!, o.x, o.y, o.x + o.w, o.y + o.h))
        c += WEIGHTS.obstacle;
    return c;
  };
  const crosses = (l: number, m: number): number => {
    const a = la[l]!;
    const b = lb[l]!;
    const c = la[m]!;
    const d = lb[m]!;
    if (a === c || a === d || b === c || b === d) return 0;
    return segmentsCross(px[a]!, py[a]!, px[b]!, py[b]!, px[c]!, py[c]!, px[d]!, py[d]!)
      ? WEIGHTS.cross
      : 0;
  };

  const mark = new Uint8Array(L);
  const affected: number[] = [];
  const partial = (i: number, j: number): number => {
    affected.length = 0;
    for (const l of incident[i]!)
      if (!mark[l]) {
        mark[l] = 1;
        affected.push(l);
      }
    if (j >= 0)
      for (const l of incident[j]!)
        if (!mark[l]) {
          mark[l] = 1;
          affected.push(l);
        }
    let c = 0;
    for (const l of affected) {
      c += own(l);
      for (let m = 0; m < L; m++) if (!mark[m] || m > l) c += crosses(l, m);
    }
    for (let m = 0; m < L; m++) {
      if (mark[m]) continue;
      c += through(m, i);
      if (j >= 0) c += through(m, j);
    }
    for (const l of affected) mark[l] = 0;
    return c;
  };
  const total = (): number => {
    let c = 0;
    for (let l = 0; l < L; l++) {
      c += own(l);
      for (let m = l + 1; m < L; m++) c += crosses(l, m);
    }
    return c;
  };

  /** Moves node i to slot k of its region (swapping with whoever is there); returns the undo. */
  const move = (i: number, k: number): (() => void) => {
    const region = p.nodes[i]!.region;
    const from = slotOf[i]!;
    const j = taken[region]![k]!;
    slotOf[i] = k;
    taken[region]![k] = i;
    if (j >= 0) {
      slotOf[j] = from;
      taken[region]![from] = j;
      locate(j);
    } else taken[region]![from] = -1;
    locate(i);
    return () => {
      slotOf[i] = from;
      taken[region]![from] = i;
      if (j >= 0) {
        slotOf[j] = k;
        taken[region]![k] = j;
        locate(j);
      } else taken[region]![k] = -1;
      locate(i);
    };
  };

  const movable = p.nodes.map((node, i) => (node.fixed ? -1 : i)).filter((i) => i >= 0);
  if (!movable.length || !L) return { slots: slotOf, cost: 0 };
  const avgDegree = (2 * L) / Math.max(1, n);
  const perMove = 2 * avgDegree * (L + n) + 2 * L;
  const iterations = Math.max(
    200,
    Math.min(p.iterations ?? 1000, Math.floor((p.budget ?? 1.5e7) / perMove)),
  );
  let temperature = 12;
  const cooling = Math.pow(0.2 / temperature, 1 / iterations);

  for (let it = 0; it < iterations; it++, temperature *= cooling) {
    const i = movable[Math.floor(random() * movable.length)]!;
    const region = p.nodes[i]!.region;
    const k = Math.floor(random() * p.slots[region]!.length);
    if (k === slotOf[i]) continue;
    const j = taken[region]![k]!;
    const before = partial(i, j);
    const undo = move(i, k);
    const delta = partial(i, j) - before;
    if (delta > 0 && random() >= Math.exp(-delta / temperature)) undo();
  }
  // Polish: take any single move or swap that still helps, until none does (small graphs only).
  if (n * L < 20000) {
    for (let improved = true, sweeps = 0; improved && sweeps < 6; sweeps++) {
      improved = false;
      for (const i of movable) {
        const region = p.nodes[i]!.region;
        for (let k = 0; k < p.slots[region]!.length; k++) {
          if (k === slotOf[i]) continue;
          const j = taken[region]![k]!;
          const before = partial(i, j);
          const undo = move(i, k);
          if (partial(i, j) - before < -1e-9) improved = true;
          else undo();
        }
      }
    }
  }
  return { slots: slotOf, cost: total() };
}
