/**
 * The one-hop diagram of an actor page: the actor at the centre, everyone one relation away on an
 * ellipse round it, grouped by camp in the same directions as the wide network (the government's
 * allies towards the start side, the opposition above, the US and the SDF towards the end side,
 * jihadists below). Every line runs from the centre outwards, so lines cannot cross one another;
 * the ellipse grows until no pill overlaps another and no line passes through one. People are
 * not folded here: on an actor's own page its leaders are part of its story.
 */
import type { Graph } from './graph';
import {
  diagramEdge,
  pillLine,
  pillRect,
  pillSize,
  prepare,
  type Diagram,
  type DiagramNode,
} from './diagram';
import { keyed } from './keyed';
import { polylineHitsRect, rectsOverlap } from './legibility';
import type { Side } from './vocabulary';

const ONE_HOP = { font: 13, maxText: 96, pad: 6, margin: 6 };

/** Preferred direction of each camp, in radians (0 = end side, clockwise on screen). */
const DIRECTION: Record<Side, number> = {
  'us-sdf': 0,
  'islamic-state': Math.PI / 4,
  jihadist: Math.PI / 2,
  observer: (3 * Math.PI) / 4,
  'pro-government': Math.PI,
  opposition: (3 * Math.PI) / 2,
};

export function layoutOneHop(graph: Graph, centre: string): Diagram {
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  const c = byId.get(centre);
  if (!c) throw new Error(`one-hop: no actor "${centre}"`);
  const others = [...graph.nodes]
    .filter((n) => n.id !== centre)
    .sort((a, b) => DIRECTION[a.side] - DIRECTION[b.side] || a.id.localeCompare(b.id));
  const sizeOf = keyed(
    new Map(
      graph.nodes.map((n) => [
        n.id,
        pillSize(n.label, ONE_HOP.font, ONE_HOP.maxText, n.id === centre),
      ]),
    ),
    'label size',
  );
  const k = others.length;
  // The first neighbour's camp's direction: where the ring of angles starts.
  const [first] = others;
  const start = first ? DIRECTION[first.side] : 0;
  // Evenly spaced angles, turned so that camps sit as near their direction as they can.
  let best = { turn: 0, cost: Infinity };
  for (let s = 0; s < 24; s++) {
    const turn = (s / 24) * ((2 * Math.PI) / Math.max(1, k));
    const cost = others.reduce((acc, n, i) => {
      const a = turn + (i * 2 * Math.PI) / k + start;
      const d = Math.abs(
        Math.atan2(Math.sin(a - DIRECTION[n.side]), Math.cos(a - DIRECTION[n.side])),
      );
      return acc + d;
    }, 0);
    if (cost < best.cost - 1e-9) best = { turn, cost };
  }
  const angle = (i: number) => best.turn + (i * 2 * Math.PI) / Math.max(1, k) + start;
  const cs = sizeOf(centre);
  const maxW = Math.max(0, ...others.map((n) => sizeOf(n.id).w));
  const maxH = Math.max(0, ...others.map((n) => sizeOf(n.id).h));
  let rx = cs.w / 2 + maxW / 2 + 20;
  let ry = cs.h / 2 + maxH / 2 + 26;
  const prep = prepare(graph);
  const ids = new Set(prep.bundles.map((b) => b.id));
  let nodes: DiagramNode[] = [];
  for (let attempt = 0; attempt < 60; attempt++) {
    const centreNode: DiagramNode = { ...c, ...cs, x: 0, y: 0, layer: 'main', leaders: [] };
    nodes = [
      centreNode,
      ...others.map((n, i) => ({
        ...n,
        ...sizeOf(n.id),
        x: Math.round(rx * Math.cos(angle(i))),
        y: Math.round(ry * Math.sin(angle(i))),
        layer: 'main' as const,
        leaders: [],
      })),
    ];
    if (clear(nodes)) break;
    // Grow the ellipse: mostly downwards and upwards, so the drawing stays narrow for phones.
    rx += 4;
    ry += 12;
  }
  // The actor stays at the very centre of the drawing, however lopsided its neighbours.
  const halfW = Math.ceil(Math.max(...nodes.map((n) => Math.abs(n.x) + n.w / 2)) + ONE_HOP.pad);
  const halfH = Math.ceil(Math.max(...nodes.map((n) => Math.abs(n.y) + n.h / 2)) + ONE_HOP.pad);
  for (const n of nodes) {
    n.x += halfW;
    n.y += halfH;
  }
  const [width, height] = [2 * halfW, 2 * halfH];
  const at = keyed(new Map(nodes.map((n) => [n.id, n])), 'placed actor');
  const edges = prep.bundles.map((b) => {
    const path = pillLine(at(b.from), at(b.to), ids.has(`${b.to}>${b.from}`) ? 12 : 0);
    return diagramEdge({ ...b, layer: 'main' }, path, path.mid(0.5));
  });
  nodes.sort((a, b) => a.id.localeCompare(b.id));
  return { form: 'one-hop', width, height, fontSize: ONE_HOP.font, nodes, edges, camps: [] };

  function clear(ns: DiagramNode[]): boolean {
    const m = ONE_HOP.margin;
    for (const [i, one] of ns.entries()) {
      const r = pillRect(one);
      for (const other of ns.slice(i + 1)) {
        if (
          rectsOverlap(
            { x: r.x - m, y: r.y - m, w: r.w + 2 * m, h: r.h + 2 * m },
            pillRect(other),
            0,
          )
        )
          return false;
      }
    }
    // No line from the centre may pass through a third pill (nor its count badge sit on one).
    for (const b of prep.bundles) {
      const a = ns.find((n) => n.id === b.from);
      const z = ns.find((n) => n.id === b.to);
      if (!a || !z) throw new Error(`one-hop: ${b.id} joins an actor not drawn`);
      const line = pillLine(a, z, ids.has(`${b.to}>${b.from}`) ? 12 : 0);
      for (const n of ns) {
        if (n.id === a.id || n.id === z.id) continue;
        const r = pillRect(n);
        if (polylineHitsRect(line.points, { x: r.x - 3, y: r.y - 3, w: r.w + 6, h: r.h + 6 }))
          return false;
      }
    }
    return true;
  }
}
