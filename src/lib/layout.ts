/**
 * The wide network (desktop and tablet): each camp (the `side` field) has a region of its own,
 * placed so that position alone says who is with whom: the government and its allies on the
 * start side, the opposition and the jihadists in the middle, the US, the SDF and the Islamic
 * State on the end side, monitors and outlets in a band below. Actors take slots in their region,
 * chosen by a seeded search (layout-search.ts) against crossings and pass-throughs; lines that
 * would still run through a third actor bend round it. Folded people then get the free place
 * nearest the organisation they lead that no line runs through. Deterministic: same graph, same
 * SVG.
 */
import type { Graph, GraphNode } from './graph';
import {
  badgeBox,
  diagramGeometry,
  pillRect,
  pillSize,
  prepare,
  type Diagram,
  type DiagramCamp,
  type DiagramNode,
  type Layer,
} from './diagram';
import {
  legibility,
  polylineHitsRect,
  polylineIntersections,
  rectsOverlap,
  segmentHitsRect,
  type Legibility,
  type Pt,
  type Rect,
} from './legibility';
import { keyed } from './keyed';
import { LARGE, searchSlots, type SearchNode } from './layout-search';
import { routeLines, TOP_LANE } from './route-lines';
import { en } from './strings';
import { textWidth } from './text-width';
import type { Side } from './vocabulary';

export { LARGE } from './layout-search';
export { placeBadge } from './route-lines';

/** Camp titles by side, in an edition's words. */
export type CampTitles = Readonly<Record<Side | 'media', string>>;

const WIDE = {
  font: 13,
  maxText: 118,
  gapX: 34,
  gapY: 40,
  title: 12,
  pad: 14,
  bandGap: 22,
  width: 1280,
};

/**
 * Arrangements of the camps, by column, top to bottom. All keep the government's camp on the
 * start side and the opposition above the jihadists in the middle; which reads best depends on
 * the relations, so the layout draws each and keeps the most legible (new relations can change
 * the choice, never the grouping).
 */
export const WIDE_ARRANGEMENTS: readonly [Side[][], ...Side[][][]] = [
  [
    ['pro-government', 'observer'],
    ['opposition', 'jihadist'],
    ['us-sdf', 'islamic-state'],
  ],
  [
    ['pro-government', 'us-sdf'],
    ['opposition', 'jihadist'],
    ['observer', 'islamic-state'],
  ],
  [['pro-government'], ['opposition', 'jihadist'], ['us-sdf', 'islamic-state', 'observer']],
  [['pro-government', 'us-sdf'], ['opposition'], ['jihadist', 'islamic-state', 'observer']],
];

export interface LayoutOptions {
  seed?: number | undefined;
  budget?: number | undefined;
  iterations?: number | undefined;
  /** One arrangement only, instead of the best of WIDE_ARRANGEMENTS. */
  columns?: Side[][] | undefined;
  restarts?: number | undefined;
  /** Camp titles in the edition's words (English by default): the layout keeps lines off them. */
  campTitles?: CampTitles | undefined;
}

export const TITLE_H = 16;
/** Spare slots per region, as a share of its actors: room for the search to open gaps. */
const SLACK = 0.3;

interface Region {
  side: Side;
  nodes: GraphNode[];
  people: GraphNode[];
  cols: number;
  rows: number;
  slotW: number;
  slotH: number;
  x: number;
  y: number;
  w: number;
  h: number;
}

export function layoutWide(graph: Graph, options: LayoutOptions = {}): Diagram {
  if (options.columns) return layoutWideIn(graph, options.columns, options).diagram;
  if (graph.edges.length > LARGE)
    return layoutWideIn(graph, WIDE_ARRANGEMENTS[0], { restarts: 1, ...options }).diagram;
  // The most legible arrangement; of equal ones, the first.
  let best: { diagram: Diagram; score: number } | undefined;
  for (const columns of WIDE_ARRANGEMENTS) {
    const drawn = layoutWideIn(graph, columns, { restarts: 2, ...options });
    // A drawing wider than the page's column is scaled down, and its labels with it.
    const score = drawn.score + Math.max(0, drawn.diagram.width - WIDE.width) / 10;
    if (!best || score < best.score) best = { diagram: drawn.diagram, score };
  }
  if (!best) throw new Error('no arrangement of the camps to choose from');
  return best.diagram;
}

function layoutWideIn(
  graph: Graph,
  columns: Side[][],
  options: LayoutOptions,
): { diagram: Diagram; score: number } {
  const prep = prepare(graph);
  const sizeOf = keyed(
    new Map(graph.nodes.map((n) => [n.id, pillSize(n.label, WIDE.font, WIDE.maxText)])),
    'label size',
  );
  const actor = keyed(new Map(graph.nodes.map((n) => [n.id, n])), 'actor');

  // Regions: each camp's actors, in a grid with room for its folded people and spare slots.
  const regions = new Map<Side, Region>();
  for (const side of columns.flat()) {
    const nodes = prep.main.filter((n) => n.side === side);
    const people = [...prep.people.entries()]
      .filter(([, host]) => nodes.some((m) => m.id === host))
      .map(([p]) => actor(p));
    if (!nodes.length) continue;
    const slots = nodes.length + people.length + Math.max(1, Math.ceil(nodes.length * SLACK));
    const cols = Math.max(1, Math.min(slots, Math.round(Math.sqrt(slots * 0.7))));
    const rows = Math.ceil(slots / cols);
    const all = [...nodes, ...people];
    const slotW = Math.max(...all.map((n) => sizeOf(n.id).w)) + WIDE.gapX;
    const slotH = Math.max(...all.map((n) => sizeOf(n.id).h)) + WIDE.gapY;
    const stagger = cols > 1 && rows > 1 ? 0.5 : 0;
    regions.set(side, {
      side,
      nodes,
      people,
      cols,
      rows,
      slotW,
      slotH,
      x: 0,
      y: 0,
      w: (cols + stagger) * slotW,
      h: rows * slotH + TITLE_H,
    });
  }
  const placed = new Set([...regions.values()].flatMap((r) => r.nodes.map((n) => n.id)));
  const strays = prep.main.filter((n) => !placed.has(n.id));
  if (strays.length) throw new Error(`no region for ${strays.map((n) => n.id).join(', ')}`);

  // Columns side by side; within a column, regions stacked; a lane above them all.
  let x = WIDE.pad;
  const columnHeights: number[] = [WIDE.pad + TOP_LANE];
  for (const column of columns) {
    const rs = column.map((s) => regions.get(s)).filter((r): r is Region => !!r);
    if (!rs.length) continue;
    const w = Math.max(...rs.map((r) => r.w));
    let y = WIDE.pad + TOP_LANE;
    for (const r of rs) {
      r.x = x + (w - r.w) / 2;
      r.y = y;
      y += r.h + WIDE.bandGap;
    }
    columnHeights.push(y - WIDE.bandGap);
    x += w + WIDE.bandGap;
  }
  const width = Math.ceil(Math.max(x - WIDE.bandGap + WIDE.pad, 320));
  let height = Math.max(...columnHeights);

  // The band of monitors and outlets, in rows across the whole width; people folded into a
  // monitor or outlet sit beside it.
  const mediaPeople = (id: string) =>
    [...prep.people.entries()].filter(([, h]) => h === id).map(([p]) => actor(p));
  const bandNodes = prep.media.flatMap((n) => [n, ...mediaPeople(n.id)]);
  const band = bandRow(
    bandNodes,
    sizeOf,
    WIDE.pad,
    height + WIDE.bandGap,
    width - 2 * WIDE.pad,
    options.campTitles,
  );
  if (band) height = band.camp.y + band.camp.h;
  height = Math.ceil(height + WIDE.pad);
  const box: Rect = { x: 0, y: 0, w: width, h: height };
  const placeInBand = (id: string): Pt => {
    if (!band) throw new Error(`no band of monitors and outlets for "${id}"`);
    return band.at(id);
  };

  // Search: slots per region; media fixed in the band.
  const order = [...regions.values()];
  const searchNodes: SearchNode[] = [];
  const index = new Map<string, number>();
  for (const [ri, r] of order.entries()) {
    for (const n of r.nodes) {
      index.set(n.id, searchNodes.length);
      searchNodes.push({ ...sizeOf(n.id), region: ri });
    }
  }
  for (const n of prep.media) {
    index.set(n.id, searchNodes.length);
    searchNodes.push({ ...sizeOf(n.id), region: 0, fixed: placeInBand(n.id) });
  }
  const searchIndex = keyed(index, 'search node');
  const regionSlots = order.map((r) => ({ r, slots: slotCentres(r) }));
  const slots = regionSlots.map((p) => p.slots);
  const pairKeys = new Set<string>();
  const lines: [number, number][] = [];
  for (const b of prep.bundles) {
    if (b.layer === 'people') continue;
    const key = [b.from, b.to].sort().join('|');
    if (pairKeys.has(key)) continue;
    pairKeys.add(key);
    lines.push([searchIndex(b.from), searchIndex(b.to)]);
  }
  const camps = order.map((r) => camp(r.side, r, options.campTitles));
  if (band) camps.push(band.camp);
  const candidates = order.length
    ? searchSlots({
        nodes: searchNodes,
        slots,
        lines,
        obstacles: camps.map((c) => c.titleBox),
        seed: options.seed ?? 2019,
        budget: options.budget,
        iterations: options.iterations,
        restarts: options.restarts,
      })
    : [[]];
  const leaders = (id: string) =>
    [...prep.people.entries()]
      .filter(([, h]) => h === id)
      .map(([p]) => actor(p).name)
      .sort();
  const make = (n: GraphNode, at: Pt, layer: Layer): DiagramNode => ({
    ...n,
    ...sizeOf(n.id),
    x: at[0],
    y: at[1],
    layer,
    leaders: leaders(n.id),
  });
  const mainPrep = { ...prep, bundles: prep.bundles.filter((b) => b.layer !== 'people') };
  const peoplePrep = { ...prep, bundles: prep.bundles.filter((b) => b.layer === 'people') };

  // Each candidate is drawn and measured; the most legible wins (ties: the search's order).
  let best: { diagram: Diagram; score: number } | undefined;
  for (const slotOf of candidates) {
    /** The slot the search gave an actor, and where that slot is among its region's. */
    const slotIndex = (id: string): number => {
      const k = slotOf[searchIndex(id)];
      if (k === undefined) throw new Error(`the search placed no slot for "${id}"`);
      return k;
    };
    const slotPoint = (here: Pt[], id: string): Pt => {
      const p = here[slotIndex(id)];
      if (!p) throw new Error(`the search gave "${id}" a slot its region does not have`);
      return p;
    };
    const nodes: DiagramNode[] = [];
    for (const { r, slots: here } of regionSlots)
      for (const n of r.nodes) nodes.push(make(n, slotPoint(here, n.id), 'main'));
    for (const n of bandNodes)
      nodes.push(make(n, placeInBand(n.id), prep.people.has(n.id) ? 'people' : 'media'));
    const mainEdges = routeLines(mainPrep, nodes, camps, box);
    const main: Diagram = {
      form: 'wide',
      width,
      height,
      fontSize: WIDE.font,
      nodes: [...nodes],
      edges: mainEdges,
      camps,
    };
    const large = graph.edges.length > LARGE;
    const plain = large ? 0 : legibilityCost(legibility(diagramGeometry(main)));
    // With people shown the drawing has every line of the default one and more: a candidate whose
    // default drawing already scores half the best's total cannot win.
    if (best && 2 * plain >= best.score) continue;
    // Folded people: near the host, where no line of the default drawing runs.
    const used = new Set(order.flatMap((r, ri) => r.nodes.map((n) => `${ri}:${slotIndex(n.id)}`)));
    const personLines: { from: string; to: string; points: Pt[]; badge?: undefined }[] = [];
    for (const [ri, { r, slots: here }] of regionSlots.entries()) {
      for (const person of r.people)
        nodes.push(make(person, placePerson(person, r, ri, here), 'people'));
    }
    nodes.sort((a, b) => a.id.localeCompare(b.id));
    let edges = [...mainEdges, ...routeLines(peoplePrep, nodes, camps, box, mainEdges)].sort(
      (a, b) => a.id.localeCompare(b.id),
    );
    // A person left where a line runs (nowhere near the host was clear): the lines again, round
    // the people too, if that reads better.
    const people = nodes.filter((n) => n.layer === 'people');
    if (
      !large &&
      mainEdges.some((e) =>
        people.some(
          (n) => n.id !== e.from && n.id !== e.to && polylineHitsRect(e.points, pillRect(n)),
        ),
      )
    ) {
      const round = routeLines(mainPrep, nodes, camps, box, [], 1, true);
      const again = [...round, ...routeLines(peoplePrep, nodes, camps, box, round)].sort((a, b) =>
        a.id.localeCompare(b.id),
      );
      const cost = (es: typeof edges) =>
        legibilityCost(legibility(diagramGeometry({ ...main, nodes, edges: es }))) +
        legibilityCost(
          legibility(diagramGeometry({ ...main, nodes, edges: es }, { people: true })),
        );
      if (cost(again) < cost(edges)) edges = again;
    }
    const diagram = { ...main, nodes, edges };
    const plainNow = large ? 0 : legibilityCost(legibility(diagramGeometry(diagram)));
    // Judged as readers may see it: people hidden, and shown.
    const score = large
      ? 0
      : plainNow + legibilityCost(legibility(diagramGeometry(diagram, { people: true })));
    if (!best || score < best.score) best = { diagram, score };

    function placePerson(person: GraphNode, r: Region, ri: number, here: Pt[]): Pt {
      const host = nodes.find((n) => n.id === prep.people.get(person.id));
      if (!host) throw new Error(`no organisation drawn for "${person.id}" to fold into`);
      const s = sizeOf(person.id);
      // Every place of the camp's region near the host, on a 12 px grid.
      const free: Pt[] = [];
      for (let y = r.y + TITLE_H + s.h / 2 + 2; y <= r.y + r.h - s.h / 2 - 2; y += 12) {
        for (let x = r.x + s.w / 2 + 2; x <= r.x + r.w - s.w / 2 - 2; x += 12) {
          if (Math.hypot(x - host.x, (y - host.y) * 1.5) <= 240)
            free.push([Math.round(x), Math.round(y)]);
        }
      }
      let pick: { p: Pt; cost: number } | undefined;
      for (const p of free) {
        const rect = { x: p[0] - s.w / 2, y: p[1] - s.h / 2, w: s.w, h: s.h };
        const near = { x: rect.x - 8, y: rect.y - 8, w: rect.w + 16, h: rect.h + 16 };
        if (nodes.some((n) => rectsOverlap(near, pillRect(n), 0))) continue;
        if (camps.some((c) => rectsOverlap(near, c.titleBox, 0))) continue;
        let cost = 0.05 * Math.hypot(p[0] - host.x, p[1] - host.y);
        const own: Pt[] = [p, [host.x, host.y]];
        for (const e of [...mainEdges, ...personLines]) {
          if (polylineHitsRect(e.points, near)) cost += 100;
          if (e.badge && rectsOverlap(near, badgeBox(e.badge), 0)) cost += 100;
          // Its line to the host should cross no other (the bar counts them with people shown).
          if (e.from !== host.id && e.to !== host.id && polylineIntersections(own, e.points).length)
            cost += 30;
        }
        // Its own line to the host should pass nothing.
        for (const n of nodes)
          if (n.id !== host.id && segmentHitsRect(p, [host.x, host.y], pillRect(n))) cost += 100;
        if (!pick || cost < pick.cost) pick = { p, cost };
      }
      if (pick)
        personLines.push({ from: person.id, to: host.id, points: [pick.p, [host.x, host.y]] });
      // Nowhere clear (a crowded synthetic graph): the region's nearest free slot, which no other
      // actor of the region can occupy.
      if (!pick) {
        const nearest = here
          .filter((_, k) => !used.has(`${ri}:${k}`))
          .sort(
            (a, b) =>
              Math.hypot(a[0] - host.x, a[1] - host.y) - Math.hypot(b[0] - host.x, b[1] - host.y),
          )
          .at(0);
        if (!nearest) throw new Error(`no room for ${person.id} beside ${host.id}`);
        pick = { p: nearest, cost: Infinity };
      }
      const k = here.findIndex((q) => q[0] === pick.p[0] && q[1] === pick.p[1]);
      if (k >= 0) used.add(`${ri}:${k}`);
      return pick.p;
    }
  }
  if (!best) throw new Error('no candidate layout to choose from');
  return best;
}

/** One number to compare drawings: overlaps and pass-throughs first, then crossings. */
export const legibilityCost = (l: Legibility) =>
  1000 * (l.labelLabel + l.labelShape + l.passThrough) +
  10 * (l.relationRelation + l.relationLabel);

function slotCentres(r: Region): Pt[] {
  const out: Pt[] = [];
  const stagger = r.cols > 1 && r.rows > 1 ? 0.5 : 0;
  for (let row = 0; row < r.rows; row++) {
    for (let col = 0; col < r.cols; col++) {
      // Odd rows shift by half a slot, so lines between rows find gaps.
      out.push([
        Math.round(r.x + (col + 0.5 + (row % 2) * stagger) * r.slotW),
        Math.round(r.y + TITLE_H + (row + 0.5) * r.slotH),
      ]);
    }
  }
  return out;
}

function campTitleBox(title: string, x: number, y: number): Rect {
  return { x, y, w: Math.ceil(textWidth(title, WIDE.title, 'bold')), h: TITLE_H - 2 };
}

export function camp(
  side: Side | 'media',
  r: { x: number; y: number; w: number; h: number },
  titles: CampTitles = en.campTitle,
): DiagramCamp {
  const title = titles[side];
  return {
    side,
    title,
    x: r.x,
    y: r.y,
    w: r.w,
    h: r.h,
    titleBox: campTitleBox(title, r.x + 4, r.y + 1),
  };
}

/** Monitors and outlets in rows, left to right, under a title. */
function bandRow(
  media: GraphNode[],
  sizeOf: (id: string) => { w: number; h: number },
  x0: number,
  y0: number,
  width: number,
  titles?: CampTitles,
) {
  if (!media.length) return undefined;
  const at = new Map<string, Pt>();
  let [x, y] = [x0, y0 + TITLE_H + 6];
  const rowH = Math.max(...media.map((n) => sizeOf(n.id).h)) + 14;
  for (const n of media) {
    const { w } = sizeOf(n.id);
    if (x + w > x0 + width && x > x0) {
      x = x0;
      y += rowH;
    }
    at.set(n.id, [Math.round(x + w / 2), Math.round(y + rowH / 2 - 7)]);
    x += w + WIDE.gapX;
  }
  return {
    at: keyed(at, 'place in the band'),
    camp: camp('media', { x: x0, y: y0, w: width, h: y + rowH - y0 }, titles),
  };
}
