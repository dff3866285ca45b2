/**
 * A deterministic force layout, computed at build time. d3-force runs a fixed number of ticks with
 * a seeded random source on nodes sorted by id, so the same graph always gives the same SVG.
 * Sides pull towards their own region so that camps read as camps.
 */
import { forceCollide, forceLink, forceManyBody, forceSimulation, forceX, forceY, type SimulationNodeDatum } from 'd3-force';
import type { Graph } from './graph';
import type { Side } from './vocabulary';

export interface LayoutOptions {
  width?: number;
  height?: number;
  seed?: number;
  ticks?: number;
  /** Space kept clear round each node (radius plus label room). */
  nodeRadius?: number;
}

export interface Point { id: string; x: number; y: number }
export interface Layout { width: number; height: number; points: Map<string, Point> }

/** Where each side gathers, as fractions of width and height (logical: start = left in LTR). */
export const SIDE_ANCHORS: Record<Side, [number, number]> = {
  'pro-government': [0.18, 0.4],
  opposition: [0.5, 0.3],
  jihadist: [0.5, 0.72],
  'us-sdf': [0.84, 0.35],
  'islamic-state': [0.84, 0.8],
  observer: [0.16, 0.86],
};

/** Park-Miller LCG: a tiny seeded source for d3's jiggle, stable across platforms. */
export function lcg(seed: number): () => number {
  let s = (Math.abs(Math.floor(seed)) % 2147483646) + 1;
  return () => (s = (s * 16807) % 2147483647) / 2147483647;
}

interface SimNode extends SimulationNodeDatum { id: string; side: Side }

const round = (v: number) => Math.round(v * 10) / 10;

export function layoutGraph(graph: Graph, options: LayoutOptions = {}): Layout {
  const { width = 960, height = 640, seed = 2019, nodeRadius = 28 } = options;
  const n = graph.nodes.length;
  const ticks = options.ticks ?? (n > 400 ? 120 : 300);
  const random = lcg(seed);
  const nodes: SimNode[] = [...graph.nodes]
    .sort((a, b) => a.id.localeCompare(b.id))
    .map((node) => {
      const [ax, ay] = SIDE_ANCHORS[node.side];
      return { id: node.id, side: node.side, x: ax * width + (random() - 0.5) * 80, y: ay * height + (random() - 0.5) * 80 };
    });
  const links = [...graph.edges]
    .sort((a, b) => a.id.localeCompare(b.id))
    .map((e) => ({ source: e.from, target: e.to }));
  const sim = forceSimulation(nodes)
    .randomSource(random)
    .force('link', forceLink<SimNode, { source: string; target: string }>(links).id((d) => d.id).distance(130).strength(0.07))
    .force('charge', forceManyBody<SimNode>().strength(-340).distanceMax(400))
    .force('collide', forceCollide<SimNode>(nodeRadius * 1.8))
    .force('x', forceX<SimNode>((d) => SIDE_ANCHORS[d.side][0] * width).strength(0.22))
    .force('y', forceY<SimNode>((d) => SIDE_ANCHORS[d.side][1] * height).strength(0.22))
    .stop();
  for (let i = 0; i < ticks; i++) sim.tick();
  return fit(nodes, width, height, nodeRadius);
}

/** Scales the result into the box, keeping a margin for node labels. */
function fit(nodes: SimNode[], width: number, height: number, pad: number): Layout {
  const xs = nodes.map((d) => d.x ?? 0);
  const ys = nodes.map((d) => d.y ?? 0);
  const [x0, x1] = [Math.min(...xs), Math.max(...xs)];
  const [y0, y1] = [Math.min(...ys), Math.max(...ys)];
  // The margin never takes more than a quarter of the box, so the scale stays positive.
  const margin = Math.min(pad * 2, width / 4, height / 4);
  const sx = x1 > x0 ? (width - 2 * margin) / (x1 - x0) : 1;
  const sy = y1 > y0 ? (height - 2 * margin) / (y1 - y0) : 1;
  const s = Math.min(sx, sy, 1.5);
  const ox = (width - (x1 - x0) * s) / 2;
  const oy = (height - (y1 - y0) * s) / 2;
  const points = new Map<string, Point>();
  for (const d of nodes) {
    points.set(d.id, { id: d.id, x: round(ox + ((d.x ?? 0) - x0) * s), y: round(oy + ((d.y ?? 0) - y0) * s) });
  }
  return { width, height, points };
}
