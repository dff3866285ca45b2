/**
 * Lines of the wide and one-hop drawings: each bundle of relations drawn straight where it is
 * clear, bowed apart from the line of the same pair drawn the other way, bent round actors in the
 * way or run over the lane above the camps; and where each line's count sits.
 */
import {
  badgeBox,
  cubicLine,
  diagramEdge,
  fmt,
  GAP,
  pillLine,
  quadPoint,
  type Bundle,
  type DiagramCamp,
  type DiagramEdge,
  type DiagramNode,
  type Layer,
  type Prepared,
} from './diagram';
import { boundsOf, polylineHitsRect, rectsOverlap, type Pt, type Rect } from './legibility';
import { keyed } from './keyed';
import { LARGE } from './layout-search';

/** Room above the camps for lines between far-apart camps. */
export const TOP_LANE = 22;

/** Bends tried, in order, for a line that would pass through a third actor. */
const BENDS = [0, 24, -24, 48, -48, 72, -72, 100, -100, 130, -130, 165, -165];

interface Drawn {
  points: Pt[];
  from: string;
  to: string;
  layer: Layer;
}

/** Whether a line leaves the drawing (it would be cut off). */
const outside = (points: Pt[], box: Rect) =>
  points.some(
    ([x, y]) => x < box.x + 2 || y < box.y + 2 || x > box.x + box.w - 2 || y > box.y + box.h - 2,
  );

/**
 * A line between two actors far apart, up over the top of the drawing and down: it crosses only
 * what rises near its two ends, where a straight line would cut through every camp between.
 */
function overTheTop(
  a: DiagramNode,
  z: DiagramNode,
  box: Rect,
  shift: number,
): ReturnType<typeof pillLine> | undefined {
  if (Math.abs(a.x - z.x) < 2 * Math.max(a.w, z.w)) return undefined;
  const top = box.y + TOP_LANE / 2 + shift;
  const s: Pt = [a.x, a.y - a.h / 2 - GAP];
  const e: Pt = [z.x, z.y - z.h / 2 - GAP];
  // The curve's highest point is a quarter of the way from its ends' mean to the controls.
  const cy = (top - (0.25 * (s[1] + e[1])) / 2) / 0.75;
  const lean = Math.sign(z.x - a.x) * Math.min(60, Math.abs(z.x - a.x) / 6);
  return cubicLine(s, [a.x + lean, cy], [z.x - lean, cy], e, 32);
}

type Side = 'up' | 'left' | 'right';

/** What a detour round the outside costs before its length: less than one crossing it saves. */
const LANE_COST = 4;

function pathLength(points: Pt[]): number {
  let k = 0;
  let prev: Pt | undefined;
  for (const p of points) {
    if (prev) k += Math.hypot(p[0] - prev[0], p[1] - prev[1]);
    prev = p;
  }
  return k;
}

/** Where a line leaves a pill towards a side of the drawing, and where it meets that side's lane. */
function exit(
  n: DiagramNode,
  side: Side,
  lane: { top: number; left: number; right: number },
): [Pt, Pt] {
  if (side === 'up')
    return [
      [n.x, n.y - n.h / 2 - GAP],
      [n.x, lane.top],
    ];
  if (side === 'left')
    return [
      [n.x - n.w / 2 - GAP, n.y],
      [lane.left, n.y],
    ];
  return [
    [n.x + n.w / 2 + GAP, n.y],
    [lane.right, n.y],
  ];
}

/** A polyline with its inner corners rounded, as a path and sampled points. */
function roundedPath(
  points: Pt[],
  radius = 10,
): { d: string; points: Pt[]; mid: (t: number) => Pt } {
  const first = points.at(0);
  const last = points.at(-1);
  if (!first || !last) throw new Error('roundedPath: a path needs at least one point');
  const out: Pt[] = [first];
  let d = `M${fmt(first[0])},${fmt(first[1])}`;
  // Each inner corner c, between the points p before it and q after it.
  for (let i = 1; i < points.length - 1; i++) {
    const [p, c, q] = [points[i - 1], points[i], points[i + 1]];
    if (!p || !c || !q) continue;
    const r = Math.min(
      radius,
      Math.hypot(c[0] - p[0], c[1] - p[1]) / 2,
      Math.hypot(q[0] - c[0], q[1] - c[1]) / 2,
    );
    const towards = (from: Pt, to: Pt, k: number): Pt => {
      const len = Math.hypot(to[0] - from[0], to[1] - from[1]) || 1;
      return [from[0] + ((to[0] - from[0]) / len) * k, from[1] + ((to[1] - from[1]) / len) * k];
    };
    const a = towards(c, p, r);
    const b = towards(c, q, r);
    d += `L${fmt(a[0])},${fmt(a[1])}Q${fmt(c[0])},${fmt(c[1])} ${fmt(b[0])},${fmt(b[1])}`;
    for (let k = 0; k <= 4; k++) out.push(quadPoint(a, c, b, k / 4));
  }
  d += `L${fmt(last[0])},${fmt(last[1])}`;
  out.push(last);
  // The sampled polyline as segments, each with its length.
  const segments: { from: Pt; to: Pt; length: number }[] = [];
  let prev: Pt | undefined;
  for (const to of out) {
    if (prev)
      segments.push({ from: prev, to, length: Math.hypot(to[0] - prev[0], to[1] - prev[1]) });
    prev = to;
  }
  const total = segments.reduce((x, s) => x + s.length, 0);
  const mid = (t: number): Pt => {
    let left = t * total;
    for (const [i, { from, to, length }] of segments.entries()) {
      if (left <= length || i === segments.length - 1) {
        const k = length ? Math.min(1, left / length) : 0;
        return [from[0] + (to[0] - from[0]) * k, from[1] + (to[1] - from[1]) * k];
      }
      left -= length;
    }
    return last;
  };
  return { d, points: out, mid };
}

/**
 * Lines round the outside of the drawing, for a pair whose straight line would cross others: out
 * of one actor to the lane above the camps or the lane down either side, along the lanes, and in
 * to the other; `track` moves the lanes inwards so that lines sharing a lane do not overlap.
 */
function laneRoutes(
  a: DiagramNode,
  z: DiagramNode,
  box: Rect,
  track: number,
): ReturnType<typeof roundedPath>[] {
  const lane = {
    top: box.y + 4 + track * 4,
    left: box.x + 3 + track * 3,
    right: box.x + box.w - 3 - track * 3,
  };
  const corner: { left: Pt; right: Pt } = {
    left: [lane.left, lane.top],
    right: [lane.right, lane.top],
  };
  const out: ReturnType<typeof roundedPath>[] = [];
  const sides: Side[] = ['up', 'left', 'right'];
  for (const sa of sides) {
    for (const sz of sides) {
      if (sa === 'up' && sz === 'up') continue; // over the top: overTheTop draws it as a curve
      const [s, la] = exit(a, sa, lane);
      const [e, lz] = exit(z, sz, lane);
      const via: Pt[] = [];
      if (sa !== sz) {
        if (sa === 'left' || sz === 'left') via.push(corner.left);
        if (sa === 'right' || sz === 'right') via.push(corner.right);
        if (sa === 'right' || sz === 'left') via.reverse();
      }
      out.push(roundedPath([s, la, ...via, lz, e]));
    }
  }
  return out;
}

/**
 * Draws every bundle as a line: straight where it is clear, bowed apart from a line drawn the
 * other way, otherwise bent round whatever is in the way, or over the top. Lines are routed in id
 * order, each against those drawn before it (and `fixed`, drawn earlier); then each line that
 * still crosses something is routed again against all the others. With `avoidPeople`, lines keep
 * clear of folded people too (placed already, shown on request).
 */
export function routeLines(
  prep: Prepared,
  nodes: DiagramNode[],
  camps: DiagramCamp[],
  box: Rect,
  fixed: DiagramEdge[] = [],
  passes = 1,
  avoidPeople = false,
): DiagramEdge[] {
  // A large graph gets one pass, and lines give way to actors only (not to one another).
  const large = prep.bundles.length + fixed.length > LARGE;
  if (large) passes = 0;
  const at = new Map(nodes.map((n) => [n.id, n]));
  const node = (id: string) => at.get(id);
  const placed = keyed(at, 'placed actor');
  const grid = nodeGrid(nodes);
  const ids = new Set([...prep.bundles.map((b) => b.id), ...fixed.map((e) => e.id)]);
  const bundles = [...prep.bundles].sort((a, b) => a.id.localeCompare(b.id));
  const before: Drawn[] = fixed.map((e) => ({
    points: e.points,
    from: e.from,
    to: e.to,
    layer: e.layer,
  }));
  const badges: Rect[] = fixed.flatMap((e) => (e.badge ? [badgeBox(e.badge)] : []));
  // Each bundle with its route so far (none before its first pass).
  const routes: { b: Bundle; path?: ReturnType<typeof pillLine>; drawn?: Drawn }[] = bundles.map(
    (b) => ({ b }),
  );
  const route = (entry: (typeof routes)[number], again: boolean) => {
    const { b } = entry;
    const a = placed(b.from);
    const z = placed(b.to);
    const twoWay = ids.has(`${b.to}>${b.from}`);
    const keep = (n: DiagramNode) =>
      n.id !== a.id &&
      n.id !== z.id &&
      (avoidPeople || b.layer === 'people' || n.layer !== 'people');
    const visible = (points: Pt[]) => grid(points).filter(keep);
    const others = [...(large ? [] : before)];
    if (!large) for (const r of routes) if (r !== entry && r.drawn) others.push(r.drawn);
    // On a second pass a line already clear of everything keeps its route.
    if (
      again &&
      entry.path &&
      routeCost(entry.path.points, b, visible, camps, others, badges, node) < 0.5
    )
      return;
    let best: { path: ReturnType<typeof pillLine>; cost: number } | undefined;
    // A pair drawn both ways bows apart: each line to its own left.
    const options = [
      ...BENDS.map((bend) => () => pillLine(a, z, twoWay ? bend + 12 : bend)),
      () => overTheTop(a, z, box, twoWay ? 8 : 0),
    ];
    for (const make of options) {
      const path = make();
      if (!path) continue;
      const extra = (outside(path.points, box) ? 1000 : 0) + (path.points.length > 20 ? 2 : 0);
      const cost =
        routeCost(
          path.points,
          b,
          visible,
          camps,
          others,
          badges,
          node,
          best ? best.cost - extra : Infinity,
        ) + extra;
      if (!best || cost < best.cost - 1e-9) best = { path, cost };
      if (cost < 0.5) break;
    }
    if (!best) throw new Error(`no route for ${b.id}`);
    // Still crossing something: round the outside, on the first free track.
    if (!large && best.cost >= 8) {
      for (let track = 0; track < 4; track++) {
        for (const path of laneRoutes(a, z, box, track)) {
          const extra =
            (outside(path.points, box) ? 1000 : 0) + LANE_COST + 0.002 * pathLength(path.points);
          if (extra >= best.cost) continue;
          const cost: number =
            routeCost(path.points, b, visible, camps, others, badges, node, best.cost - extra) +
            extra;
          if (cost < best.cost - 1e-9) best = { path, cost };
        }
      }
    }
    entry.path = best.path;
    entry.drawn = { points: best.path.points, from: b.from, to: b.to, layer: b.layer };
  };
  for (let pass = 0; pass <= passes; pass++) for (const entry of routes) route(entry, pass > 0);
  const all = [...before];
  for (const r of routes) if (r.drawn) all.push(r.drawn);
  return routes.map(({ b, path }) => {
    if (!path) throw new Error(`no route for ${b.id}`);
    const badge =
      b.edges.length > 1
        ? placeBadge(
            path.mid,
            b,
            nodes.filter((n) => avoidPeople || b.layer === 'people' || n.layer !== 'people'),
            camps,
            large ? [] : all,
            badges,
          )
        : undefined;
    if (badge) badges.push(badgeBox({ x: badge[0], y: badge[1] }));
    return diagramEdge(b, path, badge);
  });
}

/**
 * Actors by 120 px cells, so a line is tested only against the actors near it: those registered
 * in the cells it passes through (sampled every quarter cell, with each sample's neighbours).
 */
function nodeGrid(nodes: DiagramNode[]): (points: Pt[]) => DiagramNode[] {
  const CELL = 120;
  const cells = new Map<number, DiagramNode[]>();
  const key = (cx: number, cy: number) => cx * 100003 + cy;
  for (const n of nodes) {
    for (
      let cx = Math.floor((n.x - n.w / 2 - 4) / CELL);
      cx <= Math.floor((n.x + n.w / 2 + 4) / CELL);
      cx++
    ) {
      for (
        let cy = Math.floor((n.y - n.h / 2 - 4) / CELL);
        cy <= Math.floor((n.y + n.h / 2 + 4) / CELL);
        cy++
      ) {
        const list = cells.get(key(cx, cy));
        if (list) list.push(n);
        else cells.set(key(cx, cy), [n]);
      }
    }
  }
  return (points) => {
    const seen = new Set<number>();
    const out = new Set<DiagramNode>();
    let prev: Pt | undefined;
    for (const cur of points) {
      const from = prev;
      prev = cur;
      if (!from) continue;
      const [ax, ay] = from;
      const [bx, by] = cur;
      const steps = Math.max(1, Math.ceil(Math.hypot(bx - ax, by - ay) / (CELL / 4)));
      for (let s = 0; s <= steps; s++) {
        const cx = Math.floor((ax + ((bx - ax) * s) / steps) / CELL);
        const cy = Math.floor((ay + ((by - ay) * s) / steps) / CELL);
        for (let dx = -1; dx <= 1; dx++) {
          for (let dy = -1; dy <= 1; dy++) {
            const k = key(cx + dx, cy + dy);
            if (seen.has(k)) continue;
            seen.add(k);
            for (const n of cells.get(k) ?? []) out.add(n);
          }
        }
      }
    }
    return [...out];
  };
}

/**
 * Whether two polylines meet anywhere outside the given boxes (the actors two lines share: they
 * may meet there). Allocates nothing: routing runs it for every line against every other.
 */
function meetsOutside(a: readonly Pt[], b: readonly Pt[], skip: Rect[]): boolean {
  const bb = boundsOf(b);
  let prevA: Pt | undefined;
  for (const curA of a) {
    const fromA = prevA;
    prevA = curA;
    if (!fromA) continue;
    const [ax, ay] = fromA;
    const [bx, by] = curA;
    if (
      Math.max(ax, bx) < bb.x ||
      Math.min(ax, bx) > bb.x + bb.w ||
      Math.max(ay, by) < bb.y ||
      Math.min(ay, by) > bb.y + bb.h
    )
      continue;
    let prevB: Pt | undefined;
    for (const curB of b) {
      const fromB = prevB;
      prevB = curB;
      if (!fromB) continue;
      const [cx, cy] = fromB;
      const [dx, dy] = curB;
      if (
        Math.max(ax, bx) < Math.min(cx, dx) ||
        Math.max(cx, dx) < Math.min(ax, bx) ||
        Math.max(ay, by) < Math.min(cy, dy) ||
        Math.max(cy, dy) < Math.min(ay, by)
      )
        continue;
      const rx = bx - ax;
      const ry = by - ay;
      const sx = dx - cx;
      const sy = dy - cy;
      const den = rx * sy - ry * sx;
      let px: number;
      let py: number;
      if (Math.abs(den) < 1e-12) {
        // Parallel: they meet only if collinear and overlapping (then at c or a, whichever lies on both).
        if (Math.abs((cx - ax) * ry - (cy - ay) * rx) > 1e-9) continue;
        const onAB = (x: number, y: number) =>
          x >= Math.min(ax, bx) - 1e-9 &&
          x <= Math.max(ax, bx) + 1e-9 &&
          y >= Math.min(ay, by) - 1e-9 &&
          y <= Math.max(ay, by) + 1e-9;
        if (onAB(cx, cy)) {
          px = cx;
          py = cy;
        } else if (onAB(dx, dy)) {
          px = dx;
          py = dy;
        } else {
          px = ax;
          py = ay;
        }
      } else {
        const t = ((cx - ax) * sy - (cy - ay) * sx) / den;
        const u = ((cx - ax) * ry - (cy - ay) * rx) / den;
        if (t < 0 || t > 1 || u < 0 || u > 1) continue;
        px = ax + t * rx;
        py = ay + t * ry;
      }
      let inside = false;
      for (const r of skip)
        if (px >= r.x && px <= r.x + r.w && py >= r.y && py <= r.y + r.h) {
          inside = true;
          break;
        }
      if (!inside) return true;
    }
  }
  return false;
}

/** What a route costs (`limit` and above: it stops counting, the route will not be taken). */
function routeCost(
  points: Pt[],
  b: Bundle,
  near: (points: Pt[]) => DiagramNode[],
  camps: DiagramCamp[],
  drawn: Drawn[],
  badges: Rect[],
  node: (id: string) => DiagramNode | undefined,
  limit = Infinity,
): number {
  let cost = 0;
  for (const n of near(points)) {
    if (
      polylineHitsRect(points, {
        x: n.x - n.w / 2 - 3,
        y: n.y - n.h / 2 - 3,
        w: n.w + 6,
        h: n.h + 6,
      })
    )
      cost += 100;
  }
  if (cost >= limit) return cost;
  for (const c of camps) if (polylineHitsRect(points, c.titleBox)) cost += 10;
  for (const r of badges) if (polylineHitsRect(points, r)) cost += 10;
  for (const d of drawn) {
    if (b.layer !== 'people' && d.layer === 'people') continue;
    // Lines that share an actor may meet at it, not away from it (the measure counts that too).
    const skip: Rect[] = [];
    for (const id of [d.from, d.to]) {
      const n = (id === b.from || id === b.to) && node(id);
      if (n) skip.push({ x: n.x - n.w / 2 - 6, y: n.y - n.h / 2 - 6, w: n.w + 12, h: n.h + 12 });
    }
    if (meetsOutside(points, d.points, skip)) cost += 8;
    if (cost >= limit) return cost;
  }
  const box = boundsOf(points);
  return cost + (box.w + box.h) * 0.001 + (points.length > 2 ? 0.5 : 0);
}

/** The count sits on its line where it covers no actor, title, other line or other count. */
export function placeBadge(
  mid: (t: number) => Pt,
  b: Bundle,
  nodes: DiagramNode[],
  camps: DiagramCamp[],
  drawn: { points: Pt[]; from: string; to: string }[],
  badges: Rect[],
): Pt {
  const ts = [0.5, 0.42, 0.58, 0.34, 0.66, 0.27, 0.73];
  let best: { p: Pt; cost: number } | undefined;
  for (const t of ts) {
    const p = mid(t);
    const box = badgeBox({ x: p[0], y: p[1] });
    let cost = 0;
    for (const n of nodes) {
      if (Math.abs(n.x - p[0]) > n.w / 2 + 14 || Math.abs(n.y - p[1]) > n.h / 2 + 14) continue;
      if (rectsOverlap(box, { x: n.x - n.w / 2 - 2, y: n.y - n.h / 2 - 2, w: n.w + 4, h: n.h + 4 }))
        cost += 100;
    }
    for (const c of camps) if (rectsOverlap(box, c.titleBox)) cost += 100;
    for (const r of badges) if (rectsOverlap(box, r)) cost += 100;
    for (const d of drawn)
      if (!(d.from === b.from && d.to === b.to) && polylineHitsRect(d.points, box)) cost += 10;
    if (!best || cost < best.cost) best = { p, cost };
    if (cost === 0) break;
  }
  if (!best) throw new Error(`no place for the count of ${b.id}`);
  return best.p;
}
