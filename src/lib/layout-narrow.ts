/**
 * The phone form: one column of actors grouped by camp, read top to bottom, with each relation
 * drawn as an arc out to the left or right of the column and back. An arc leaves the column only
 * at its two ends, so it never runs through a third actor or across a label; arcs nested inside
 * one another bulge less than the arc round them, so only interleaved arcs on one side can cross.
 * A seeded search orders the actors within each camp and picks each arc's side to keep those
 * crossings few. Labels are 13 px in a 360 px wide drawing: at least 12 CSS px on a 375 px screen.
 */
import type { Graph } from './graph';
import {
  badgeBox,
  cubicLine,
  diagramEdge,
  diagramGeometry,
  GAP,
  pillRect,
  pillSize,
  prepare,
  type Bundle,
  type Diagram,
  type DiagramCamp,
  type DiagramEdge,
  type DiagramNode,
} from './diagram';
import { lcg } from './layout-search';
import { camp, LARGE, legibilityCost, placeBadge, TITLE_H, type CampTitles } from './layout';
import {
  boundsOf,
  legibility,
  polylineHitsRect,
  rectsOverlap,
  type Pt,
  type Rect,
} from './legibility';
import type { Side } from './vocabulary';

export const NARROW = {
  width: 360,
  font: 13,
  maxText: 150,
  gap: 8,
  campGap: 14,
  pad: 6,
  step: 9,
  reach: 12,
};

const NARROW_ORDER: (Side | 'media')[] = [
  'pro-government',
  'opposition',
  'jihadist',
  'islamic-state',
  'us-sdf',
  'observer',
  'media',
];

interface Arc {
  a: number;
  b: number;
  bundles: Bundle[];
}

/** The column, from a few seeded searches: the most legible drawing wins. */
export function layoutNarrow(
  graph: Graph,
  {
    seed = 2019,
    restarts = 8,
    campTitles,
  }: { seed?: number; restarts?: number; campTitles?: CampTitles | undefined } = {},
): Diagram {
  if (graph.edges.length > LARGE) return layoutNarrowOnce(graph, seed, campTitles);
  let best: { d: Diagram; score: number } | undefined;
  for (let r = 0; r < restarts; r++) {
    const d = layoutNarrowOnce(graph, seed + r * 7919, campTitles);
    const score = legibilityCost(legibility(diagramGeometry(d)));
    if (!best || score < best.score) best = { d, score };
  }
  return best!.d;
}

function layoutNarrowOnce(graph: Graph, seed: number, campTitles: CampTitles | undefined): Diagram {
  const prep = prepare(graph);
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  const size = new Map(
    graph.nodes.map((n) => [n.id, pillSize(n.label, NARROW.font, NARROW.maxText)]),
  );
  const hostOf = prep.people;
  const groups = NARROW_ORDER.map((side) => {
    const main = side === 'media' ? prep.media : prep.main.filter((n) => n.side === side);
    // People stay folded in this form: a phone has no room beside the column, and a hidden
    // person would leave a hole in it. Their leaders show in the details and the table.
    return { side, main, people: [] as typeof main };
  }).filter((g) => g.main.length);

  // Arcs: one per unordered pair (a pair drawn both ways shares its arc's room, one beside the other).
  const pairs = new Map<string, Bundle[]>();
  for (const b of prep.bundles.filter((x) => x.layer !== 'people')) {
    const key = [b.from, b.to].sort().join('|');
    pairs.set(key, [...(pairs.get(key) ?? []), b]);
  }

  const order = searchOrder(
    groups.map((g) => g.main.map((n) => n.id)),
    [...pairs.values()].filter((bs) => bs[0]!.layer !== 'people'),
    seed,
    groups.at(-1)?.side === 'media',
  );
  const ordered = order.groups.map((i) => groups[i]!);

  // Positions down the column.
  const cx = NARROW.width / 2;
  const nodes: DiagramNode[] = [];
  const camps: DiagramCamp[] = [];
  let y = NARROW.pad;
  const leaders = (id: string) =>
    [...hostOf.entries()]
      .filter(([, h]) => h === id)
      .map(([p]) => byId.get(p)!.name)
      .sort();
  ordered.forEach((g, gi) => {
    const top = y;
    y += TITLE_H + 4;
    const ids = [...order.ids[gi]!, ...g.people.map((p) => p.id)];
    for (const id of ids) {
      const n = byId.get(id)!;
      const s = size.get(id)!;
      nodes.push({
        ...n,
        ...s,
        x: cx,
        y: y + s.h / 2,
        layer: hostOf.has(id) ? 'people' : g.side === 'media' ? 'media' : 'main',
        leaders: leaders(id),
      });
      y += s.h + NARROW.gap;
    }
    const c = camp(
      g.side,
      { x: NARROW.pad, y: top, w: NARROW.width - 2 * NARROW.pad, h: y - top - NARROW.gap + 4 },
      campTitles,
    );
    // The title sits centred on the column, where arcs never go.
    const tw = c.titleBox.w;
    camps.push({ ...c, titleBox: { ...c.titleBox, x: cx - tw / 2, y: top + 2 } });
    y += NARROW.campGap;
  });
  const height = Math.ceil(y - NARROW.campGap + NARROW.pad);
  const at = new Map(nodes.map((n) => [n.id, n]));
  const rank = new Map(nodes.map((n, i) => [n.id, i]));

  // Each arc's side: the search's for main arcs; people's arcs (leadership) go right, short.
  const arcs: (Arc & { side: number })[] = [...pairs.values()].map((bs) => {
    const [p, q] = [rank.get(bs[0]!.from)!, rank.get(bs[0]!.to)!];
    const key = [bs[0]!.from, bs[0]!.to].sort().join('|');
    return { a: Math.min(p, q), b: Math.max(p, q), bundles: bs, side: order.side.get(key) ?? 1 };
  });
  const depth = nesting(arcs);
  const ports = portOffsets(arcs, nodes);
  const edges: DiagramEdge[] = [];
  const drawn: { points: Pt[]; from: string; to: string }[] = [];
  const badges: Rect[] = [];
  const paths = new Map<string, ReturnType<typeof cubicLine>>();
  // An arc stays between its two ends' rows: only the actors and titles there can be in its way.
  const blocked = (points: Pt[], b: Bundle, between: DiagramNode[], titles: Rect[]) => {
    const box = boundsOf(points);
    const near = (r: Rect) => rectsOverlap(r, box, 0);
    return (
      between.some(
        (n) =>
          n.id !== b.from &&
          n.id !== b.to &&
          n.layer !== 'people' &&
          near(pillRect(n)) &&
          polylineHitsRect(points, pillRect(n)),
      ) || titles.some((t) => near(t) && polylineHitsRect(points, t))
    );
  };
  arcs.forEach((arc, k) => {
    const inRange = nodes.slice(arc.a, arc.b + 1);
    const titles = camps
      .filter((c) => c.titleBox.y > inRange[0]!.y && c.titleBox.y < inRange[inRange.length - 1]!.y)
      .map((c) => c.titleBox);
    const edgeX =
      arc.side < 0
        ? Math.min(...inRange.map((n) => n.x - n.w / 2), ...titles.map((t) => t.x)) - 4
        : Math.max(...inRange.map((n) => n.x + n.w / 2), ...titles.map((t) => t.x + t.w)) + 4;
    arc.bundles.forEach((b, j) => {
      // A pair drawn both ways: the second arc runs just outside the first.
      const e = NARROW.reach + depth[k]! * NARROW.step + j * 6;
      const from = at.get(b.from)!;
      const to = at.get(b.to)!;
      const sx = from.x + arc.side * (from.w / 2 + GAP);
      const ex = to.x + arc.side * (to.w / 2 + GAP);
      const sy = from.y + ports.get(`${k}:${b.from}`)!;
      const ey = to.y + ports.get(`${k}:${b.to}`)!;
      // Wider if it would still clip an actor or a title near its ends.
      let path = cubicLine(
        [sx, sy],
        [edgeX + arc.side * e * (4 / 3), sy],
        [edgeX + arc.side * e * (4 / 3), ey],
        [ex, ey],
      );
      const between = nodes.slice(Math.max(0, arc.a - 1), arc.b + 2);
      const nearTitles = camps
        .map((c) => c.titleBox)
        .filter(
          (t) =>
            t.y + t.h >= between[0]!.y - between[0]!.h &&
            t.y <= between[between.length - 1]!.y + between[between.length - 1]!.h,
        );
      for (let more = 6; more <= 60 && blocked(path.points, b, between, nearTitles); more += 6) {
        const bulge = edgeX + arc.side * (e + more) * (4 / 3);
        path = cubicLine([sx, sy], [bulge, sy], [bulge, ey], [ex, ey]);
      }
      paths.set(b.id, path);
      drawn.push({ points: path.points, from: b.from, to: b.to });
    });
  });
  for (const b of prep.bundles.filter((x) => x.layer !== 'people')) {
    const path = paths.get(b.id)!;
    const badge =
      b.edges.length > 1
        ? placeBadge(path.mid, b, nodes, camps, arcs.length > LARGE ? [] : drawn, badges)
        : undefined;
    if (badge) badges.push(badgeBox({ x: badge[0], y: badge[1] }));
    edges.push(diagramEdge(b, path, badge));
  }
  const sorted = [...nodes].sort((p, q) => p.id.localeCompare(q.id));
  return {
    form: 'narrow',
    width: NARROW.width,
    height,
    fontSize: NARROW.font,
    nodes: sorted,
    edges,
    camps,
  };
}

/** How many arcs of its side each arc has strictly inside it, plus one: its bulge rank. */
function nesting(arcs: { a: number; b: number; side: number }[]): number[] {
  const order = arcs
    .map((_, i) => i)
    .sort((i, j) => arcs[i]!.b - arcs[i]!.a - (arcs[j]!.b - arcs[j]!.a));
  const depth = new Array<number>(arcs.length).fill(0);
  for (const i of order) {
    let d = 0;
    for (const j of order) {
      if (j === i || arcs[j]!.side !== arcs[i]!.side) continue;
      const inside =
        arcs[j]!.a >= arcs[i]!.a &&
        arcs[j]!.b <= arcs[i]!.b &&
        arcs[j]!.b - arcs[j]!.a < arcs[i]!.b - arcs[i]!.a;
      if (inside) d = Math.max(d, depth[j]! + 1);
    }
    depth[i] = d;
  }
  return depth;
}

/**
 * Where on its pill's side each arc attaches: arcs to actors above attach higher, arcs to actors
 * below lower, so arcs meeting at one actor fan out instead of piling up.
 */
function portOffsets(
  arcs: { a: number; b: number; side: number; bundles: Bundle[] }[],
  nodes: DiagramNode[],
): Map<string, number> {
  const out = new Map<string, number>();
  const incident: { arc: (typeof arcs)[number]; k: number }[][] = nodes.map(() => []);
  arcs.forEach((arc, k) => {
    incident[arc.a]!.push({ arc, k });
    if (arc.b !== arc.a) incident[arc.b]!.push({ arc, k });
  });
  nodes.forEach((n, i) => {
    for (const side of [-1, 1]) {
      const mine = incident[i]!.filter(({ arc }) => arc.side === side);
      // Top to bottom: arcs to actors above, shortest first, then arcs to actors below, longest
      // first; so an arc that wraps another at a shared end attaches outside it.
      mine.sort((p, q) => {
        const op = p.arc.a === i ? p.arc.b : p.arc.a;
        const oq = q.arc.a === i ? q.arc.b : q.arc.a;
        const dp = op - i;
        const dq = oq - i;
        return Math.sign(dp) - Math.sign(dq) || dq - dp;
      });
      const room = Math.max(0, n.h / 2 - 3);
      mine.forEach(({ k }, j) => {
        const off = mine.length === 1 ? 0 : -room + (2 * room * j) / (mine.length - 1);
        out.set(`${k}:${n.id}`, Math.round(off * 10) / 10);
      });
    }
  });
  return out;
}

/**
 * Orders the actors within each camp and gives each arc a side, by a seeded annealing search on
 * the number of arcs on one side that interleave (the only ones that cross), plus a little length.
 */
function searchOrder(
  groups: string[][],
  pairs: Bundle[][],
  seed: number,
  lastFixed: boolean,
): { ids: string[][]; groups: number[]; side: Map<string, number> } {
  const random = lcg(seed);
  const names = groups.flat();
  const index = new Map(names.map((id, i) => [id, i]));
  const ids = groups.map((g) => g.map((id) => index.get(id)!));
  const groupOrder = groups.map((_, i) => i);
  const swappable = groups.length - (lastFixed ? 1 : 0);
  const keyOf = (bs: Bundle[]) => [bs[0]!.from, bs[0]!.to].sort().join('|');
  const arcs = pairs
    .map((bs) => ({
      key: keyOf(bs),
      u: index.get(bs[0]!.from) ?? -1,
      v: index.get(bs[0]!.to) ?? -1,
    }))
    .filter((a) => a.u >= 0 && a.v >= 0);
  const A = arcs.length;
  const side = new Int8Array(A);
  const rank = new Int32Array(names.length);
  const rerank = () => {
    let r = 0;
    for (const g of groupOrder) for (const i of ids[g]!) rank[i] = r++;
  };
  rerank();
  // Start: alternate sides by length so long arcs spread over both.
  const byLength = arcs
    .map((_, i) => i)
    .sort(
      (p, q) =>
        Math.abs(rank[arcs[q]!.u]! - rank[arcs[q]!.v]!) -
          Math.abs(rank[arcs[p]!.u]! - rank[arcs[p]!.v]!) ||
        arcs[p]!.key.localeCompare(arcs[q]!.key),
    );
  byLength.forEach((a, i) => {
    side[a] = i % 2 ? -1 : 1;
  });
  const lo = new Int32Array(A);
  const hi = new Int32Array(A);
  const crowd = new Int32Array(names.length * 2);
  const cost = (): number => {
    let c = 0;
    crowd.fill(0);
    for (let i = 0; i < A; i++) {
      const [p, q] = [rank[arcs[i]!.u]!, rank[arcs[i]!.v]!];
      lo[i] = Math.min(p, q);
      hi[i] = Math.max(p, q);
      c += 0.02 * (hi[i]! - lo[i]!);
      const s = side[i]! > 0 ? 1 : 0;
      crowd[arcs[i]!.u * 2 + s]!++;
      crowd[arcs[i]!.v * 2 + s]!++;
    }
    // Arcs crowding one side of one actor run close together at their ends.
    for (const k of crowd) c += 0.15 * k * (k - 1);
    for (let i = 0; i < A; i++) {
      const a = lo[i]!;
      const b = hi[i]!;
      for (let j = i + 1; j < A; j++) {
        if (side[i] !== side[j]) continue;
        const x = lo[j]!;
        const y = hi[j]!;
        if (a === x || a === y || b === x || b === y) continue;
        if ((a < x && x < b && b < y) || (x < a && a < y && y < b)) c += 1;
      }
    }
    return c;
  };
  let current = cost();
  // Each move costs a pass over all pairs of arcs: large graphs get fewer moves.
  const iterations = Math.min(5000, 300 + 60 * A, Math.floor(1e8 / Math.max(1, A * A)));
  let temperature = 2;
  const cooling = Math.pow(0.02 / temperature, 1 / iterations);
  for (let it = 0; it < iterations; it++, temperature *= cooling) {
    let undo: () => void;
    const pick = random();
    if (pick < 0.45 && A) {
      const a = Math.floor(random() * A);
      side[a] = -side[a]!;
      undo = () => {
        side[a] = -side[a]!;
      };
    } else if (pick < 0.55) {
      // Camps change places; each stays together under its title.
      const i = Math.floor(random() * swappable);
      const j = Math.floor(random() * swappable);
      if (i === j) continue;
      [groupOrder[i], groupOrder[j]] = [groupOrder[j]!, groupOrder[i]!];
      rerank();
      undo = () => {
        [groupOrder[i], groupOrder[j]] = [groupOrder[j]!, groupOrder[i]!];
        rerank();
      };
    } else {
      const g = ids[Math.floor(random() * ids.length)]!;
      if (g.length < 2) continue;
      const i = Math.floor(random() * g.length);
      const j = Math.floor(random() * g.length);
      if (i === j) continue;
      [g[i], g[j]] = [g[j]!, g[i]!];
      rerank();
      undo = () => {
        [g[i], g[j]] = [g[j]!, g[i]!];
        rerank();
      };
    }
    const next = cost();
    if (next <= current || random() < Math.exp((current - next) / temperature)) current = next;
    else undo();
  }
  return {
    ids: groupOrder.map((g) => ids[g]!.map((i) => names[i]!)),
    groups: [...groupOrder],
    side: new Map(arcs.map((a, i) => [a.key, side[i]!])),
  };
}
