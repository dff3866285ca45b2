/**
 * The who-backs-whom graph: actors as nodes, relations as directed, typed, graded edges. The same
 * functions filter it at build time and in the browser, so the static SVG, the matrix, the table
 * and the interactive views always agree.
 */
import { earliest, latest, parsePartialDate, type PartialDate } from './dates';
import type { ActorKind, RelationType, Side, Grade } from './vocabulary';

export interface GraphNode {
  id: string;
  name: string;
  label: string;
  kind: ActorKind;
  side: Side;
  /** Relations in and out, over the whole graph. */
  degree: number;
}

export interface GraphPeriod {
  from: string;
  to: string;
}

export interface GraphEdge {
  id: string;
  from: string;
  to: string;
  type: RelationType;
  grade: Grade;
  periods: GraphPeriod[];
}

export interface Graph {
  nodes: GraphNode[];
  edges: GraphEdge[];
}

export class GraphError extends Error {
  override name = 'GraphError';
}

export interface ActorInput {
  id: string;
  name: string;
  shortName?: string | undefined;
  kind: ActorKind;
  side: Side;
}

/** Builds the graph, refusing edges that cannot be drawn honestly. Nodes and edges are sorted by id. */
export function buildGraph(actors: ActorInput[], relations: GraphEdge[]): Graph {
  const ids = new Set(actors.map((a) => a.id));
  const degree = new Map<string, number>();
  for (const r of relations) {
    for (const end of ['from', 'to'] as const) {
      if (!ids.has(r[end])) {
        throw new GraphError(
          `relation "${r.id}": ${end} "${r[end]}" is not a known actor; add the actor or correct the id`,
        );
      }
    }
    if (r.from === r.to)
      throw new GraphError(
        `relation "${r.id}" goes from "${r.from}" to itself; a relation needs two actors`,
      );
    for (const p of r.periods) {
      date(p.from, r.id);
      if (
        p.to !== 'ongoing' &&
        p.to !== 'unknown' &&
        latest(date(p.to, r.id)) < earliest(date(p.from, r.id))
      ) {
        throw new GraphError(
          `relation "${r.id}": period ends (${p.to}) before it starts (${p.from}); swap or correct the dates`,
        );
      }
    }
    degree.set(r.from, (degree.get(r.from) ?? 0) + 1);
    degree.set(r.to, (degree.get(r.to) ?? 0) + 1);
  }
  return {
    nodes: actors
      .map((a) => ({
        id: a.id,
        name: a.name,
        label: a.shortName ?? a.name,
        kind: a.kind,
        side: a.side,
        degree: degree.get(a.id) ?? 0,
      }))
      .sort((a, b) => a.id.localeCompare(b.id)),
    edges: [...relations].sort((a, b) => a.id.localeCompare(b.id)),
  };
}

function date(text: string, id: string): PartialDate {
  const d = parsePartialDate(text);
  if (typeof d === 'string') throw new GraphError(`relation "${id}": ${d}`);
  return d;
}

/**
 * Whether a relation was in force at some time within `asOf` (a partial date: "2016" means at
 * some point in 2016). An open end ("ongoing" or "unknown") counts as still in force.
 */
export function inForce(edge: GraphEdge, asOf: string): boolean {
  const when = parsePartialDate(asOf);
  if (typeof when === 'string') return true;
  const [lo, hi] = [earliest(when), latest(when)];
  return edge.periods.some((p) => {
    const start = parsePartialDate(p.from);
    if (typeof start === 'string' || earliest(start) > hi) return false;
    if (p.to === 'ongoing' || p.to === 'unknown') return true;
    const end = parsePartialDate(p.to);
    return typeof end === 'string' || latest(end) >= lo;
  });
}

/** A choice the reader unticked entirely: nothing of that kind is shown. */
export const NONE = 'none';
/** Values to show: empty or absent shows all, NONE shows none. */
export type Choice<T> = readonly T[] | typeof NONE | undefined;

export interface GraphFilter {
  /** Relation types to show. */
  types?: Choice<RelationType>;
  /** Grades to show. */
  grades?: Choice<Grade>;
  /** Show only this actor and its direct neighbours. */
  focus?: string | undefined;
  /** Show only relations in force at this partial date. */
  asOf?: string | undefined;
}

export interface Visible {
  nodes: Set<string>;
  edges: Set<string>;
}

/** Whether a choice lets this value through. */
export function chosen<T>(choice: Choice<T>, value: T): boolean {
  if (choice === NONE) return false;
  return !choice?.length || choice.includes(value);
}

/**
 * What a filter leaves visible. Without a focus every node stays (an actor with no visible
 * relation is still an actor); with a focus, the focused node and the ends of its visible edges.
 */
export function filterGraph(graph: Graph, filter: GraphFilter): Visible {
  const edges = graph.edges.filter(
    (e) =>
      chosen(filter.types, e.type) &&
      chosen(filter.grades, e.grade) &&
      (!filter.asOf || inForce(e, filter.asOf)) &&
      (!filter.focus || e.from === filter.focus || e.to === filter.focus),
  );
  let nodes: Set<string>;
  if (filter.focus && graph.nodes.some((n) => n.id === filter.focus)) {
    nodes = new Set([filter.focus, ...edges.flatMap((e) => [e.from, e.to])]);
  } else {
    nodes = new Set(graph.nodes.map((n) => n.id));
  }
  return { nodes, edges: new Set(edges.map((e) => e.id)) };
}

/** The actor and everything one relation away, with the relations between them and it. */
export function oneHop(graph: Graph, id: string): Graph {
  const edges = graph.edges.filter((e) => e.from === id || e.to === id);
  const keep = new Set([id, ...edges.flatMap((e) => [e.from, e.to])]);
  return { nodes: graph.nodes.filter((n) => keep.has(n.id)), edges };
}

/** Edges grouped by ordered pair "from|to", for the matrix. */
export function edgesByPair(graph: Graph): Map<string, GraphEdge[]> {
  const out = new Map<string, GraphEdge[]>();
  for (const e of graph.edges) {
    const key = `${e.from}|${e.to}`;
    out.set(key, [...(out.get(key) ?? []), e]);
  }
  return out;
}
