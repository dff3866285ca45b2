/**
 * What the network diagrams draw, as plain data: actors as labelled pills (the label is the node,
 * so no line or arrowhead can hide it; a small outline gives the kind), relations bundled per
 * ordered pair (one line with a count, never stacked curves), people folded into the organisation
 * they lead, monitors and outlets in a band of their own. The layouts (layout-*.ts) place it; the
 * Astro component only writes it out as SVG; legibility.ts scores it.
 */
import type { Graph, GraphEdge, GraphNode } from './graph';
import type { LegibilityInput, Pt, Rect } from './legibility';
import { rectPolygon } from './legibility';
import { textWidth, wrapLabel } from './text-width';
import type { ActorKind, RelationType, Side, Grade } from './vocabulary';

/** Relation types grouped for colour; the table and details always give the exact type. */
export const EDGE_GROUPS = {
  support: ['military-support', 'arms-supply', 'funding', 'political-backing'],
  alliance: ['coordination', 'affiliation'],
  structure: ['leadership', 'member-of', 'splinter-of', 'merged-into', 'successor-of'],
  hostility: ['armed-conflict', 'rivalry', 'designation'],
  unknown: ['unknown-link'],
} as const satisfies Record<string, readonly RelationType[]>;
export type EdgeGroup = keyof typeof EDGE_GROUPS;

function edgeGroup(type: RelationType): EdgeGroup {
  const among = (types: readonly RelationType[]) => types.includes(type);
  if (among(EDGE_GROUPS.support)) return 'support';
  if (among(EDGE_GROUPS.alliance)) return 'alliance';
  if (among(EDGE_GROUPS.structure)) return 'structure';
  if (among(EDGE_GROUPS.hostility)) return 'hostility';
  return 'unknown';
}

const polygon = (sides: number, r: number, rotate = 0) =>
  `M${Array.from({ length: sides }, (_, i) => {
    const a = rotate + (i * 2 * Math.PI) / sides;
    return `${fmt(r * Math.cos(a))},${fmt(r * Math.sin(a))}`;
  }).join('L')}Z`;

const circle = (r: number) =>
  `M${fmt(-r)},0a${fmt(r)},${fmt(r)} 0 1,0 ${fmt(2 * r)},0a${fmt(r)},${fmt(r)} 0 1,0 ${fmt(-2 * r)},0Z`;

/** One outline per kind, so kind never rests on colour alone. */
export function shapePath(kind: ActorKind, r: number): string {
  switch (kind) {
    case 'state':
      return polygon(4, r * 1.25, Math.PI / 4);
    case 'government':
      return polygon(5, r * 1.15, -Math.PI / 2);
    case 'armed-group':
      return circle(r);
    case 'coalition':
      return polygon(6, r * 1.12);
    case 'person':
      return polygon(4, r * 1.2);
    case 'monitor':
      return polygon(3, r * 1.35, -Math.PI / 2);
    case 'outlet':
      return polygon(3, r * 1.35, Math.PI / 2);
    case 'international-body':
      return polygon(8, r * 1.08, Math.PI / 8);
  }
}

export function fmt(v: number): string {
  return String(Math.round(v * 10) / 10);
}

// ---- what is drawn ---------------------------------------------------------------------------

export type Form = 'wide' | 'narrow' | 'one-hop';

/** Where a node is drawn: the belligerents, the folded people, the band of monitors and outlets. */
export type Layer = 'main' | 'people' | 'media';

export interface DiagramNode extends GraphNode {
  /** Centre of the pill. */
  x: number;
  y: number;
  w: number;
  h: number;
  lines: string[];
  layer: Layer;
  /** Names of the people folded into this organisation. */
  leaders: string[];
}

export interface DiagramEdge {
  /** "from>to": one line per ordered pair. */
  id: string;
  from: string;
  to: string;
  relations: string[];
  types: RelationType[];
  grades: Grade[];
  group: EdgeGroup | 'mixed';
  grade: Grade | 'mixed';
  /** Drawn only when people are shown (a folded person's relation). */
  layer: Layer;
  d: string;
  /** The path as a polyline, for measuring. */
  points: Pt[];
  /** The count of relations, on the line, when there are several. */
  badge?: { x: number; y: number; text: string } | undefined;
}

export interface DiagramCamp {
  side: Side | 'media';
  title: string;
  x: number;
  y: number;
  w: number;
  h: number;
  titleBox: Rect;
}

export interface Diagram {
  form: Form;
  width: number;
  height: number;
  fontSize: number;
  nodes: DiagramNode[];
  edges: DiagramEdge[];
  camps: DiagramCamp[];
}

// ---- pills -----------------------------------------------------------------------------------

/** The kind outline inside a pill: radius, and the room it takes before the text. */
export const ICON_R = 5;
export const PILL = { padX: 6, padY: 4, icon: 2 * ICON_R + 5, lineHeight: 1.25 };

export interface PillSize {
  w: number;
  h: number;
  lines: string[];
}

export function pillSize(label: string, fontSize: number, maxText: number, bold = false): PillSize {
  const lines = wrapLabel(label, fontSize, maxText, 2, bold ? 'bold' : 'regular');
  const text = Math.max(...lines.map((l) => textWidth(l, fontSize, bold ? 'bold' : 'regular')));
  return {
    w: Math.ceil(2 * PILL.padX + PILL.icon + text),
    h: Math.ceil(2 * PILL.padY + lines.length * fontSize * PILL.lineHeight),
    lines,
  };
}

export const pillRect = (n: { x: number; y: number; w: number; h: number }): Rect => ({
  x: n.x - n.w / 2,
  y: n.y - n.h / 2,
  w: n.w,
  h: n.h,
});

/** The box the label text takes inside its pill (start-aligned after the kind outline). */
function textBox(n: DiagramNode, fontSize: number, bold = false): Rect {
  const r = pillRect(n);
  const w = Math.max(...n.lines.map((l) => textWidth(l, fontSize, bold ? 'bold' : 'regular')));
  return {
    x: r.x + PILL.padX + PILL.icon,
    y: r.y + PILL.padY,
    w,
    h: n.lines.length * fontSize * PILL.lineHeight,
  };
}

// ---- folding and bundling ---------------------------------------------------------------------

export interface Prepared {
  /** Actors drawn by default, without the monitors and outlets. */
  main: GraphNode[];
  /** Monitors and outlets: they report, they do not take part. */
  media: GraphNode[];
  /** Folded people and the organisation each is folded into. */
  people: Map<string, string>;
  bundles: Bundle[];
}

export interface Bundle {
  id: string;
  from: string;
  to: string;
  edges: GraphEdge[];
  layer: Layer;
}

const isMedia = (kind: ActorKind) => kind === 'monitor' || kind === 'outlet';

/**
 * Sorts the graph into layers. A person is folded into an organisation they lead (or command in,
 * member-of) when that is all the graph says about them; a person with any other relation stays a node of their own, so
 * folding never hides who did what.
 */
export function prepare(input: Graph): Prepared {
  // Sorted by id, so the same graph in any order gives the same drawing.
  const graph = {
    nodes: [...input.nodes].sort((a, b) => a.id.localeCompare(b.id)),
    edges: [...input.edges].sort((a, b) => a.id.localeCompare(b.id)),
  };
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  const people = new Map<string, string>();
  for (const n of graph.nodes) {
    if (n.kind !== 'person') continue;
    const own = graph.edges.filter((e) => e.from === n.id || e.to === n.id);
    // leading an organisation, or commanding in it (member-of): what the organisation's label covers
    const led = own.filter(
      (e) =>
        (e.type === 'leadership' || e.type === 'member-of') &&
        e.from === n.id &&
        byId.get(e.to)?.kind !== 'person',
    );
    const host = [...led].sort((a, b) => a.to.localeCompare(b.to)).at(0);
    if (host && led.length === own.length) people.set(n.id, host.to);
  }
  const main = graph.nodes.filter((n) => !people.has(n.id) && !isMedia(n.kind));
  const media = graph.nodes.filter((n) => !people.has(n.id) && isMedia(n.kind));
  const pairs = new Map<string, { from: string; to: string; edges: GraphEdge[] }>();
  for (const e of graph.edges) {
    const key = `${e.from}>${e.to}`;
    const pair = pairs.get(key);
    if (pair) pair.edges.push(e);
    else pairs.set(key, { from: e.from, to: e.to, edges: [e] });
  }
  const bundles: Bundle[] = [...pairs.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([id, { from, to, edges }]) => ({
      id,
      from,
      to,
      edges,
      layer: people.has(from) || people.has(to) ? 'people' : 'main',
    }));
  return { main, media, people, bundles };
}

/** The line's colour group and grade: shared by all its relations, or "mixed". */
function bundleStyle(edges: GraphEdge[]): { group: EdgeGroup | 'mixed'; grade: Grade | 'mixed' } {
  const groups = new Set(edges.map((e) => edgeGroup(e.type)));
  const grades = new Set(edges.map((e) => e.grade));
  const [group] = groups;
  const [grade] = grades;
  return {
    group: groups.size === 1 && group !== undefined ? group : 'mixed',
    grade: grades.size === 1 && grade !== undefined ? grade : 'mixed',
  };
}

// ---- paths -----------------------------------------------------------------------------------

/** Room between a line's end and a pill. */
export const GAP = 2;

/** Where the ray from the pill's centre towards (tx, ty) leaves the pill, `pad` outside it. */
function rimPoint(
  n: { x: number; y: number; w: number; h: number },
  tx: number,
  ty: number,
  pad: number,
): Pt {
  const dx = tx - n.x;
  const dy = ty - n.y;
  if (dx === 0 && dy === 0) return [n.x, n.y];
  const hw = n.w / 2 + pad;
  const hh = n.h / 2 + pad;
  const t = Math.min(
    dx === 0 ? Infinity : hw / Math.abs(dx),
    dy === 0 ? Infinity : hh / Math.abs(dy),
  );
  return [n.x + dx * t, n.y + dy * t];
}

export function quadPoint(a: Pt, c: Pt, b: Pt, t: number): Pt {
  const u = 1 - t;
  return [
    u * u * a[0] + 2 * u * t * c[0] + t * t * b[0],
    u * u * a[1] + 2 * u * t * c[1] + t * t * b[1],
  ];
}

function cubicPoint(a: Pt, c1: Pt, c2: Pt, b: Pt, t: number): Pt {
  const u = 1 - t;
  const [k0, k1, k2, k3] = [u * u * u, 3 * u * u * t, 3 * u * t * t, t * t * t];
  return [
    k0 * a[0] + k1 * c1[0] + k2 * c2[0] + k3 * b[0],
    k0 * a[1] + k1 * c1[1] + k2 * c2[1] + k3 * b[1],
  ];
}

const SAMPLES = 16;

/**
 * A line from pill a to pill b, bowed sideways by `bend` (0: straight). The arrowhead is drawn by
 * the marker inside the last ARROW px, so the path stops GAP px short of b.
 */
export function pillLine(
  a: DiagramNode,
  b: DiagramNode,
  bend: number,
): { d: string; points: Pt[]; mid: (t: number) => Pt } {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const len = Math.hypot(dx, dy) || 1;
  const c: Pt = [(a.x + b.x) / 2 + (-dy / len) * bend, (a.y + b.y) / 2 + (dx / len) * bend];
  const s = rimPoint(a, c[0], c[1], GAP);
  const e = rimPoint(b, c[0], c[1], GAP);
  if (bend === 0) {
    return {
      d: `M${fmt(s[0])},${fmt(s[1])}L${fmt(e[0])},${fmt(e[1])}`,
      points: [s, e],
      mid: (t) => [s[0] + (e[0] - s[0]) * t, s[1] + (e[1] - s[1]) * t],
    };
  }
  // The control point that makes the curve pass through c's bow from the rim points.
  const ctrl: Pt = [2 * c[0] - (s[0] + e[0]) / 2, 2 * c[1] - (s[1] + e[1]) / 2];
  const points = Array.from({ length: SAMPLES + 1 }, (_, i) => quadPoint(s, ctrl, e, i / SAMPLES));
  return {
    d: `M${fmt(s[0])},${fmt(s[1])}Q${fmt(ctrl[0])},${fmt(ctrl[1])} ${fmt(e[0])},${fmt(e[1])}`,
    points,
    mid: (t) => quadPoint(s, ctrl, e, t),
  };
}

export function cubicLine(
  s: Pt,
  c1: Pt,
  c2: Pt,
  e: Pt,
  samples = SAMPLES,
): { d: string; points: Pt[]; mid: (t: number) => Pt } {
  return {
    d: `M${fmt(s[0])},${fmt(s[1])}C${fmt(c1[0])},${fmt(c1[1])} ${fmt(c2[0])},${fmt(c2[1])} ${fmt(e[0])},${fmt(e[1])}`,
    points: Array.from({ length: samples + 1 }, (_, i) => cubicPoint(s, c1, c2, e, i / samples)),
    mid: (t) => cubicPoint(s, c1, c2, e, t),
  };
}

const BADGE = { r: 9, font: 12 };
export const badgeBox = (b: { x: number; y: number }): Rect => ({
  x: b.x - BADGE.r,
  y: b.y - BADGE.r,
  w: 2 * BADGE.r,
  h: 2 * BADGE.r,
});

/** Makes the diagram's edge from a bundle and its drawn path. */
export function diagramEdge(b: Bundle, path: { d: string; points: Pt[] }, badge?: Pt): DiagramEdge {
  const edges = [...b.edges].sort((x, y) => x.id.localeCompare(y.id));
  return {
    id: b.id,
    from: b.from,
    to: b.to,
    layer: b.layer,
    relations: edges.map((e) => e.id),
    types: edges.map((e) => e.type),
    grades: edges.map((e) => e.grade),
    ...bundleStyle(edges),
    d: path.d,
    points: path.points,
    badge:
      edges.length > 1 && badge
        ? {
            x: Math.round(badge[0] * 10) / 10,
            y: Math.round(badge[1] * 10) / 10,
            text: String(edges.length),
          }
        : undefined,
  };
}

// ---- measuring -------------------------------------------------------------------------------

/**
 * The diagram's geometry for legibility(): pills as shapes, their text and the camp titles and
 * count badges as labels, lines as polylines. `people` includes the folded people's layer.
 */
export function diagramGeometry(
  d: Diagram,
  { people = false, centre }: { people?: boolean; centre?: string | undefined } = {},
): LegibilityInput {
  const nodes = d.nodes.filter((n) => people || n.layer !== 'people');
  const edges = d.edges.filter((e) => people || e.layer !== 'people');
  return {
    shapes: nodes.map((n) => ({ id: n.id, polygon: rectPolygon(pillRect(n)) })),
    labels: [
      ...nodes.map((n) => ({
        id: n.id,
        owner: n.id,
        box: textBox(n, d.fontSize, n.id === centre),
      })),
      ...edges.flatMap((e) =>
        e.badge ? [{ id: `${e.id} (count)`, owner: e.id, box: badgeBox(e.badge) }] : [],
      ),
      ...d.camps.map((c) => ({ id: `camp ${c.title}`, owner: `camp:${c.side}`, box: c.titleBox })),
    ],
    lines: edges.map((e) => ({ id: e.id, from: e.from, to: e.to, points: e.points })),
  };
}
