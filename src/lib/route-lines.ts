/**
 * Lines of the wide and one-hop drawings: each bundle of relations drawn straight where it is
 * clear, bowed apart from the line of the same pair drawn the other way, bent round actors in the
 * way or run over the lane above the camps; and where each line's count sits.
 */
import {
  badgeBox, cubicLine, diagramEdge, GAP, pillLine, type Bundle, type DiagramCamp, type DiagramEdge, type DiagramNode,
  type Layer, type Prepared,
} from './diagram';
import { boundsOf, polylineHitsRect, polylineIntersections, rectsOverlap, type Pt, type Rect } from './legibility';
import { LARGE } from './layout-search';

/** Room above the camps for lines between far-apart camps. */
export const TOP_LANE = 22;

/** Bends tried, in order, for a line that would pass through a third actor. */
const BENDS = [0, 24, -24, 48, -48, 72, -72, 100, -100, 130, -130, 165, -165];

interface Drawn { points: Pt[]; from: string; to: string; layer: Layer }

/** Whether a line leaves the drawing (it would be cut off). */
const outside = (points: Pt[], box: Rect) => points.some(([x, y]) => x < box.x + 2 || y < box.y + 2 || x > box.x + box.w - 2 || y > box.y + box.h - 2);

/**
 * A line between two actors far apart, up over the top of the drawing and down: it crosses only
 * what rises near its two ends, where a straight line would cut through every camp between.
 */
function overTheTop(a: DiagramNode, z: DiagramNode, box: Rect, shift: number): ReturnType<typeof pillLine> | undefined {
  if (Math.abs(a.x - z.x) < 2 * Math.max(a.w, z.w)) return undefined;
  const top = box.y + TOP_LANE / 2 + shift;
  const s: Pt = [a.x, a.y - a.h / 2 - GAP];
  const e: Pt = [z.x, z.y - z.h / 2 - GAP];
  // The curve's highest point is a quarter of the way from its ends' mean to the controls.
  const cy = (top - 0.25 * (s[1] + e[1]) / 2) / 0.75;
  const lean = Math.sign(z.x - a.x) * Math.min(60, Math.abs(z.x - a.x) / 6);
  return cubicLine(s, [a.x + lean, cy], [z.x - lean, cy], e, 32);
}

/**
 * Draws every bundle as a line: straight where it is clear, bowed apart from a line drawn the
 * other way, otherwise bent round whatever is in the way, or over the top. Lines are routed in id
 * order, each against those drawn before it (and `fixed`, drawn earlier); then each line that
 * still crosses something is routed again against all the others.
 */
export function routeLines(prep: Prepared, nodes: DiagramNode[], camps: DiagramCamp[], box: Rect, fixed: DiagramEdge[] = [], passes = 1): DiagramEdge[] {
  // A large graph gets one pass, and lines give way to actors only (not to one another).
  const large = prep.bundles.length + fixed.length > LARGE;
  if (large) passes = 0;
  const at = new Map(nodes.map((n) => [n.id, n]));
  const grid = nodeGrid(nodes);
  const ids = new Set([...prep.bundles.map((b) => b.id), ...fixed.map((e) => e.id)]);
  const bundles = [...prep.bundles].sort((a, b) => a.id.localeCompare(b.id));
  const before: Drawn[] = fixed.map((e) => ({ points: e.points, from: e.from, to: e.to, layer: e.layer }));
  const badges: Rect[] = fixed.filter((e) => e.badge).map((e) => badgeBox(e.badge!));
  const drawn: (Drawn | undefined)[] = bundles.map(() => undefined);
  const paths: ReturnType<typeof pillLine>[] = [];
  const route = (i: number, again: boolean) => {
    const b = bundles[i]!;
    const a = at.get(b.from)!;
    const z = at.get(b.to)!;
    const twoWay = ids.has(`${b.to}>${b.from}`);
    const keep = (n: DiagramNode) => n.id !== a.id && n.id !== z.id && (b.layer === 'people' || n.layer !== 'people');
    const visible = (points: Pt[]) => grid(points).filter(keep);
    const others = large ? [] : [...before, ...drawn.filter((d, j): d is Drawn => !!d && j !== i)];
    // On a second pass a line already clear of everything keeps its route.
    if (again && routeCost(paths[i]!.points, b, visible, camps, others, badges) < 0.5) return;
    let best: { path: ReturnType<typeof pillLine>; cost: number } | undefined;
    // A pair drawn both ways bows apart: each line to its own left.
    const options = [...BENDS.map((bend) => () => pillLine(a, z, twoWay ? bend + 12 : bend)), () => overTheTop(a, z, box, twoWay ? 8 : 0)];
    for (const make of options) {
      const path = make();
      if (!path) continue;
      const cost = routeCost(path.points, b, visible, camps, others, badges) + (outside(path.points, box) ? 1000 : 0) + (path.points.length > 20 ? 2 : 0);
      if (!best || cost < best.cost - 1e-9) best = { path, cost };
      if (cost < 0.5) break;
    }
    paths[i] = best!.path;
    drawn[i] = { points: best!.path.points, from: b.from, to: b.to, layer: b.layer };
  };
  for (let pass = 0; pass <= passes; pass++) for (let i = 0; i < bundles.length; i++) route(i, pass > 0);
  const all = [...before, ...(drawn as Drawn[])];
  return bundles.map((b, i) => {
    const path = paths[i]!;
    const badge = b.edges.length > 1 ? placeBadge(path.mid, b, nodes.filter((n) => b.layer === 'people' || n.layer !== 'people'), camps, large ? [] : all, badges) : undefined;
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
    for (let cx = Math.floor((n.x - n.w / 2 - 4) / CELL); cx <= Math.floor((n.x + n.w / 2 + 4) / CELL); cx++) {
      for (let cy = Math.floor((n.y - n.h / 2 - 4) / CELL); cy <= Math.floor((n.y + n.h / 2 + 4) / CELL); cy++) {
        const list = cells.get(key(cx, cy));
        if (list) list.push(n); else cells.set(key(cx, cy), [n]);
      }
    }
  }
  return (points) => {
    const seen = new Set<number>();
    const out = new Set<DiagramNode>();
    for (let i = 1; i < points.length; i++) {
      const [ax, ay] = points[i - 1]!;
      const [bx, by] = points[i]!;
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

function routeCost(points: Pt[], b: Bundle, near: (points: Pt[]) => DiagramNode[], camps: DiagramCamp[], drawn: Drawn[], badges: Rect[]): number {
  let cost = 0;
  for (const n of near(points)) {
    if (polylineHitsRect(points, { x: n.x - n.w / 2 - 3, y: n.y - n.h / 2 - 3, w: n.w + 6, h: n.h + 6 })) cost += 100;
  }
  for (const c of camps) if (polylineHitsRect(points, c.titleBox)) cost += 10;
  for (const r of badges) if (polylineHitsRect(points, r)) cost += 10;
  for (const d of drawn) {
    if (b.layer !== 'people' && d.layer === 'people') continue;
    const shared = [d.from, d.to].some((id) => id === b.from || id === b.to);
    if (!shared && polylineIntersections(points, d.points).length) cost += 8;
    else if (shared && d.from === b.to && d.to === b.from && polylineIntersections(points, d.points).length > 2) cost += 8;
  }
  const box = boundsOf(points);
  return cost + (box.w + box.h) * 0.001 + (points.length > 2 ? 0.5 : 0);
}

/** The count sits on its line where it covers no actor, title, other line or other count. */
export function placeBadge(mid: (t: number) => Pt, b: Bundle, nodes: DiagramNode[], camps: DiagramCamp[], drawn: { points: Pt[]; from: string; to: string }[], badges: Rect[]): Pt {
  const ts = [0.5, 0.42, 0.58, 0.34, 0.66, 0.27, 0.73];
  let best: { p: Pt; cost: number } | undefined;
  for (const t of ts) {
    const p = mid(t);
    const box = badgeBox({ x: p[0], y: p[1] });
    let cost = 0;
    for (const n of nodes) {
      if (Math.abs(n.x - p[0]) > n.w / 2 + 14 || Math.abs(n.y - p[1]) > n.h / 2 + 14) continue;
      if (rectsOverlap(box, { x: n.x - n.w / 2 - 2, y: n.y - n.h / 2 - 2, w: n.w + 4, h: n.h + 4 })) cost += 100;
    }
    for (const c of camps) if (rectsOverlap(box, c.titleBox)) cost += 100;
    for (const r of badges) if (rectsOverlap(box, r)) cost += 100;
    for (const d of drawn) if (!(d.from === b.from && d.to === b.to) && polylineHitsRect(d.points, box)) cost += 10;
    if (!best || cost < best.cost) best = { p, cost };
    if (cost === 0) break;
  }
  return best!.p;
}
