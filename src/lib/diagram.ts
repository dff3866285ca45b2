/**
 * Geometry of the network diagram: node shapes by kind, edge paths that leave room for arrowheads
 * and fan out when two actors share several relations. Pure data; the Astro component only
 * writes it out as SVG.
 */
import type { Graph, GraphEdge, GraphNode } from './graph';
import type { Layout } from './layout';
import type { ActorKind, RelationType } from './vocabulary';

/** Relation types grouped for colour; the table and details always give the exact type. */
export const EDGE_GROUPS = {
  support: ['military-support', 'arms-supply', 'funding', 'political-backing'],
  alliance: ['coordination', 'affiliation'],
  structure: ['leadership', 'member-of', 'splinter-of', 'merged-into', 'successor-of'],
  hostility: ['armed-conflict', 'rivalry', 'designation'],
  unknown: ['unknown-link'],
} as const satisfies Record<string, readonly RelationType[]>;
export type EdgeGroup = keyof typeof EDGE_GROUPS;

export function edgeGroup(type: RelationType): EdgeGroup {
  for (const [group, types] of Object.entries(EDGE_GROUPS)) {
    if ((types as readonly string[]).includes(type)) return group as EdgeGroup;
  }
  return 'unknown';
}

const polygon = (sides: number, r: number, rotate = 0) =>
  `M${Array.from({ length: sides }, (_, i) => {
    const a = rotate + (i * 2 * Math.PI) / sides;
    return `${fmt(r * Math.cos(a))},${fmt(r * Math.sin(a))}`;
  }).join('L')}Z`;

const circle = (r: number) => `M${fmt(-r)},0a${fmt(r)},${fmt(r)} 0 1,0 ${fmt(2 * r)},0a${fmt(r)},${fmt(r)} 0 1,0 ${fmt(-2 * r)},0Z`;

/** One outline per kind, so kind never rests on colour alone. */
export function shapePath(kind: ActorKind, r: number): string {
  switch (kind) {
    case 'state': return polygon(4, r * 1.25, Math.PI / 4);
    case 'government': return polygon(5, r * 1.15, -Math.PI / 2);
    case 'armed-group': return circle(r);
    case 'coalition': return polygon(6, r * 1.12);
    case 'person': return polygon(4, r * 1.2);
    case 'monitor': return polygon(3, r * 1.35, -Math.PI / 2);
    case 'outlet': return polygon(3, r * 1.35, Math.PI / 2);
    case 'international-body': return polygon(8, r * 1.08, Math.PI / 8);
  }
}

function fmt(v: number): string {
  return String(Math.round(v * 10) / 10);
}

export interface DiagramNode extends GraphNode { x: number; y: number; r: number; shape: string }
export interface DiagramEdge extends GraphEdge { d: string; group: EdgeGroup }
export interface Diagram { width: number; height: number; nodes: DiagramNode[]; edges: DiagramEdge[] }

export function nodeRadius(degree: number): number {
  return Math.min(20, 9 + 2 * Math.sqrt(degree));
}

export function diagram(graph: Graph, layout: Layout): Diagram {
  const nodes = graph.nodes.map((n) => {
    const p = layout.points.get(n.id);
    if (!p) throw new Error(`layout has no position for "${n.id}"`);
    const r = nodeRadius(n.degree);
    return { ...n, x: p.x, y: p.y, r, shape: shapePath(n.kind, r) };
  });
  const at = new Map(nodes.map((n) => [n.id, n]));
  // Relations between the same two actors (either way) fan out so none hides another.
  const pairs = new Map<string, GraphEdge[]>();
  for (const e of graph.edges) {
    const key = [e.from, e.to].sort().join('|');
    pairs.set(key, [...(pairs.get(key) ?? []), e]);
  }
  const edges = graph.edges.map((e) => {
    const siblings = pairs.get([e.from, e.to].sort().join('|'))!;
    const i = siblings.indexOf(e);
    const bend = siblings.length === 1 ? 0 : (i - (siblings.length - 1) / 2) * 26;
    return { ...e, group: edgeGroup(e.type), d: edgePath(at.get(e.from)!, at.get(e.to)!, bend) };
  });
  return { width: layout.width, height: layout.height, nodes, edges };
}

/** A straight or bent path from a's rim to b's rim, ending early for the arrowhead. */
export function edgePath(a: DiagramNode, b: DiagramNode, bend: number): string {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const len = Math.hypot(dx, dy) || 1;
  // Bend sideways relative to a canonical direction, so a->b and b->a bow apart.
  const flip = a.id < b.id ? 1 : -1;
  const cx = (a.x + b.x) / 2 + (-dy / len) * bend * flip;
  const cy = (a.y + b.y) / 2 + (dx / len) * bend * flip;
  const start = towards(a, cx, cy, a.r + 2);
  const end = towards(b, cx, cy, b.r + 6);
  if (bend === 0) return `M${fmt(start.x)},${fmt(start.y)}L${fmt(end.x)},${fmt(end.y)}`;
  return `M${fmt(start.x)},${fmt(start.y)}Q${fmt(cx)},${fmt(cy)} ${fmt(end.x)},${fmt(end.y)}`;
}

function towards(p: { x: number; y: number }, x: number, y: number, by: number) {
  const len = Math.hypot(x - p.x, y - p.y) || 1;
  return { x: p.x + ((x - p.x) / len) * by, y: p.y + ((y - p.y) / len) * by };
}
