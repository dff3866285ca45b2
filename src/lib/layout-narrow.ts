/**
 * The phone form: one column of actors grouped by camp, read top to bottom, with each relation
 * drawn as an arc out to the left or right of the column and back. An arc leaves the column only
 * at its two ends, so it never runs through a third actor or across a label; arcs nested inside
 * one another bulge less than the arc round them, so only interleaved arcs on one side can cross.
 * A seeded search orders the actors within each camp and picks each arc's side to keep those
 * crossings few. Labels are 13 px in a 360 px wide drawing: at least 12 CSS px on a 375 px screen.
 */
import type { Graph, GraphNode } from './graph';
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
import { keyed } from './keyed';
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

/** Relations between one unordered pair of actors: one arc, or two side by side. */
interface Pair {
  key: string;
  from: string;
  to: string;
  bundles: Bundle[];
}

/** An arc as drawn: its rows down the column (a above b), its side (-1 left, 1 right). */
interface Arc extends Pair {
  a: number;
  b: number;
  top: DiagramNode;
  bottom: DiagramNode;
  side: number;
  /** Arcs of its side strictly inside it: its bulge rank (set by `nesting`). */
  depth: number;
  /** Where it attaches on its top and bottom pills, from their centres (set by `portOffsets`). */
  topPort: number;
  bottomPort: number;
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
  if (!best) throw new Error(`layoutNarrow: restarts must be at least 1 (got ${restarts})`);
  return best.d;
}

function layoutNarrowOnce(graph: Graph, seed: number, campTitles: CampTitles | undefined): Diagram {
  const prep = prepare(graph);
  const actor = keyed(new Map(graph.nodes.map((n) => [n.id, n])), 'actor');
  const sizeOf = keyed(
    new Map(graph.nodes.map((n) => [n.id, pillSize(n.label, NARROW.font, NARROW.maxText)])),
    'label size',
  );
  const hostOf = prep.people;
  const groups = NARROW_ORDER.map((side) => {
    const main = side === 'media' ? prep.media : prep.main.filter((n) => n.side === side);
    // People stay folded in this form: a phone has no room beside the column, and a hidden
    // person would leave a hole in it. Their leaders show in the details and the table.
    const people: GraphNode[] = [];
    return { side, main, people };
  }).filter((g) => g.main.length);

  // Arcs: one per unordered pair (a pair drawn both ways shares its arc's room, one beside the other).
  const pairs = new Map<string, Pair>();
  for (const b of prep.bundles.filter((x) => x.layer !== 'people')) {
    const key = [b.from, b.to].sort().join('|');
    const pair = pairs.get(key);
    if (pair) pair.bundles.push(b);
    else pairs.set(key, { key, from: b.from, to: b.to, bundles: [b] });
  }

  const order = searchOrder(
    groups.map((group) => ({ group, ids: group.main.map((n) => n.id) })),
    [...pairs.values()],
    seed,
    groups.at(-1)?.side === 'media',
  );

  // Positions down the column.
  const cx = NARROW.width / 2;
  const nodes: DiagramNode[] = [];
  const camps: DiagramCamp[] = [];
  let y = NARROW.pad;
  const leaders = (id: string) =>
    [...hostOf.entries()]
      .filter(([, h]) => h === id)
      .map(([p]) => actor(p).name)
      .sort();
  for (const { group: g, ids: mainIds } of order.columns) {
    const top = y;
    y += TITLE_H + 4;
    const ids = [...mainIds, ...g.people.map((p) => p.id)];
    for (const id of ids) {
      const s = sizeOf(id);
      nodes.push({
        ...actor(id),
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
  }
  const height = Math.ceil(y - NARROW.campGap + NARROW.pad);
  const at = keyed(new Map(nodes.map((n) => [n.id, n])), 'placed actor');
  const rank = keyed(new Map(nodes.map((n, i) => [n.id, i])), 'row');

  // Each arc's side: the search's for main arcs; people's arcs (leadership) go right, short.
  const arcs: Arc[] = [...pairs.values()].map((pair) => {
    const [p, q] = [rank(pair.from), rank(pair.to)];
    const [top, bottom] = p <= q ? [at(pair.from), at(pair.to)] : [at(pair.to), at(pair.from)];
    return {
      ...pair,
      a: Math.min(p, q),
      b: Math.max(p, q),
      top,
      bottom,
      side: order.side.get(pair.key) ?? 1,
      depth: 0,
      topPort: 0,
      bottomPort: 0,
    };
  });
  nesting(arcs);
  portOffsets(arcs, nodes);
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
  for (const arc of arcs) {
    const inRange = nodes.slice(arc.a, arc.b + 1);
    const titles = camps
      .filter((c) => c.titleBox.y > arc.top.y && c.titleBox.y < arc.bottom.y)
      .map((c) => c.titleBox);
    const edgeX =
      arc.side < 0
        ? Math.min(...inRange.map((n) => n.x - n.w / 2), ...titles.map((t) => t.x)) - 4
        : Math.max(...inRange.map((n) => n.x + n.w / 2), ...titles.map((t) => t.x + t.w)) + 4;
    // The rows round the arc's ends, one beyond each where there is one.
    const between = nodes.slice(Math.max(0, arc.a - 1), arc.b + 2);
    const [first = arc.top] = between;
    const last = between.at(-1) ?? arc.bottom;
    const nearTitles = camps
      .map((c) => c.titleBox)
      .filter((t) => t.y + t.h >= first.y - first.h && t.y <= last.y + last.h);
    const port = (id: string) => (id === arc.top.id ? arc.topPort : arc.bottomPort);
    arc.bundles.forEach((b, j) => {
      // A pair drawn both ways: the second arc runs just outside the first.
      const e = NARROW.reach + arc.depth * NARROW.step + j * 6;
      const from = at(b.from);
      const to = at(b.to);
      const sx = from.x + arc.side * (from.w / 2 + GAP);
      const ex = to.x + arc.side * (to.w / 2 + GAP);
      const sy = from.y + port(b.from);
      const ey = to.y + port(b.to);
      // Wider if it would still clip an actor or a title near its ends.
      let path = cubicLine(
        [sx, sy],
        [edgeX + arc.side * e * (4 / 3), sy],
        [edgeX + arc.side * e * (4 / 3), ey],
        [ex, ey],
      );
      for (let more = 6; more <= 60 && blocked(path.points, b, between, nearTitles); more += 6) {
        const bulge = edgeX + arc.side * (e + more) * (4 / 3);
        path = cubicLine([sx, sy], [bulge, sy], [bulge, ey], [ex, ey]);
      }
      paths.set(b.id, path);
      drawn.push({ points: path.points, from: b.from, to: b.to });
    });
  }
  const pathOf = keyed(paths, 'arc');
  for (const b of prep.bundles.filter((x) => x.layer !== 'people')) {
    const path = pathOf(b.id);
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

/** Sets each arc's depth: how many arcs of its side it has strictly inside it, plus one. */
function nesting(arcs: Arc[]): void {
  const order = [...arcs].sort((p, q) => p.b - p.a - (q.b - q.a));
  for (const outer of order) {
    let d = 0;
    for (const inner of order) {
      if (inner === outer || inner.side !== outer.side) continue;
      const inside =
        inner.a >= outer.a && inner.b <= outer.b && inner.b - inner.a < outer.b - outer.a;
      if (inside) d = Math.max(d, inner.depth + 1);
    }
    outer.depth = d;
  }
}

/**
 * Sets where on its pills' sides each arc attaches: arcs to actors above attach higher, arcs to
 * actors below lower, so arcs meeting at one actor fan out instead of piling up.
 */
function portOffsets(arcs: Arc[], nodes: DiagramNode[]): void {
  const incident = new Map<number, Arc[]>();
  const meet = (row: number, arc: Arc) => {
    const list = incident.get(row);
    if (list) list.push(arc);
    else incident.set(row, [arc]);
  };
  for (const arc of arcs) {
    meet(arc.a, arc);
    if (arc.b !== arc.a) meet(arc.b, arc);
  }
  nodes.forEach((n, i) => {
    for (const side of [-1, 1]) {
      const mine = (incident.get(i) ?? []).filter((arc) => arc.side === side);
      // Top to bottom: arcs to actors above, shortest first, then arcs to actors below, longest
      // first; so an arc that wraps another at a shared end attaches outside it.
      mine.sort((p, q) => {
        const op = p.a === i ? p.b : p.a;
        const oq = q.a === i ? q.b : q.a;
        const dp = op - i;
        const dq = oq - i;
        return Math.sign(dp) - Math.sign(dq) || dq - dp;
      });
      const room = Math.max(0, n.h / 2 - 3);
      mine.forEach((arc, j) => {
        const off = mine.length === 1 ? 0 : -room + (2 * room * j) / (mine.length - 1);
        const port = Math.round(off * 10) / 10;
        if (arc.a === i) arc.topPort = port;
        if (arc.b === i) arc.bottomPort = port;
      });
    }
  });
}

/** The element at an index the search computed in range (a seeded pick); throws if it is not. */
function item<T>(list: readonly T[], i: number): T {
  const value = list[i];
  if (value === undefined) throw new RangeError(`narrow search: no item ${i} of ${list.length}`);
  return value;
}

/** Swaps two elements of a list in place. */
function swap<T>(list: T[], i: number, j: number): void {
  const [p, q] = [item(list, i), item(list, j)];
  list[i] = q;
  list[j] = p;
}

/** An actor in the search: its row down the column and how many arcs leave it on each side. */
interface Spot {
  id: string;
  row: number;
  left: number;
  right: number;
}

/**
 * Orders the actors within each camp and gives each arc a side, by a seeded annealing search on
 * the number of arcs on one side that interleave (the only ones that cross), plus a little length.
 */
function searchOrder<G>(
  groups: { group: G; ids: string[] }[],
  pairs: Pair[],
  seed: number,
  lastFixed: boolean,
): { columns: { group: G; ids: string[] }[]; side: Map<string, number> } {
  const random = lcg(seed);
  const spots = new Map<string, Spot>();
  const columns = groups.map(({ group, ids }) => ({
    group,
    members: ids.map((id) => {
      const spot = { id, row: 0, left: 0, right: 0 };
      spots.set(id, spot);
      return spot;
    }),
  }));
  // The camps in their original order (moves within a camp pick from these) and as drawn.
  const camps = [...columns];
  const all = [...spots.values()];
  const swappable = groups.length - (lastFixed ? 1 : 0);
  const arcs = pairs.flatMap(({ key, from, to }) => {
    const u = spots.get(from);
    const v = spots.get(to);
    return u && v ? [{ key, u, v, side: 1, lo: 0, hi: 0 }] : [];
  });
  const A = arcs.length;
  const rerank = () => {
    let r = 0;
    for (const column of columns) for (const spot of column.members) spot.row = r++;
  };
  rerank();
  // Start: alternate sides by length so long arcs spread over both.
  [...arcs]
    .sort(
      (p, q) =>
        Math.abs(q.u.row - q.v.row) - Math.abs(p.u.row - p.v.row) || p.key.localeCompare(q.key),
    )
    .forEach((arc, i) => {
      arc.side = i % 2 ? -1 : 1;
    });
  const cost = (): number => {
    let c = 0;
    for (const spot of all) {
      spot.left = 0;
      spot.right = 0;
    }
    for (const arc of arcs) {
      const [p, q] = [arc.u.row, arc.v.row];
      arc.lo = Math.min(p, q);
      arc.hi = Math.max(p, q);
      c += 0.02 * (arc.hi - arc.lo);
      if (arc.side > 0) {
        arc.u.right++;
        arc.v.right++;
      } else {
        arc.u.left++;
        arc.v.left++;
      }
    }
    // Arcs crowding one side of one actor run close together at their ends.
    for (const { left, right } of all) {
      c += 0.15 * left * (left - 1);
      c += 0.15 * right * (right - 1);
    }
    for (let i = 0; i < A; i++) {
      const one = arcs[i];
      if (one === undefined) break;
      const { lo: a, hi: b } = one;
      for (let j = i + 1; j < A; j++) {
        const other = arcs[j];
        if (other === undefined) break;
        if (one.side !== other.side) continue;
        const { lo: x, hi: y } = other;
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
      const arc = item(arcs, Math.floor(random() * A));
      arc.side = -arc.side;
      undo = () => {
        arc.side = -arc.side;
      };
    } else if (pick < 0.55) {
      // Camps change places; each stays together under its title.
      const i = Math.floor(random() * swappable);
      const j = Math.floor(random() * swappable);
      if (i === j) continue;
      swap(columns, i, j);
      rerank();
      undo = () => {
        swap(columns, i, j);
        rerank();
      };
    } else {
      const g = item(camps, Math.floor(random() * camps.length)).members;
      if (g.length < 2) continue;
      const i = Math.floor(random() * g.length);
      const j = Math.floor(random() * g.length);
      if (i === j) continue;
      swap(g, i, j);
      rerank();
      undo = () => {
        swap(g, i, j);
        rerank();
      };
    }
    const next = cost();
    if (next <= current || random() < Math.exp((current - next) / temperature)) current = next;
    else undo();
  }
  return {
    columns: columns.map(({ group, members }) => ({ group, ids: members.map((s) => s.id) })),
    side: new Map(arcs.map((a) => [a.key, a.side])),
  };
}
