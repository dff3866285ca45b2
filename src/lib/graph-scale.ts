/**
 * What the who-backs-whom page shows when the graph outgrows one page. A newsroom that reuses the
 * site for a larger story may have a thousand actors: drawn whole, the network, the table and the
 * details the page carries reach megabytes of HTML that no phone opens. Above a threshold the page
 * draws the core of the graph instead (its most connected actors and their strongest ties),
 * and the full table is split into pages by the camp of the actor that acts, each page short
 * enough to open anywhere, so every relation stays reachable without JavaScript. At the real
 * data's size nothing changes: the page draws and lists everything.
 *
 * Pure: the page (src/components/WhoBacksWhom.astro) and the table pages render what this gives.
 */
import type { Graph, GraphEdge, GraphNode } from './graph';
import { keyed } from './keyed';
import { SIDES, type Side } from './vocabulary';

export interface ScaleLimits {
  /** Above this many linked actors, or this many relations, the graph counts as large. */
  largeActors: number;
  largeRelations: number;
  /** The core drawn on the page: at most this many actors and relations. */
  coreActors: number;
  coreRelations: number;
  /** Rows on one page of the split table. */
  perPage: number;
}

/**
 * The page stays under 300 KB of HTML (60 KB gzipped) at 1,500 actors and 2,250 relations
 * (`npm run bench -- --scale`), in both editions and at every size: each relation on the page
 * costs about 3.6 KB in the Arabic edition (its line, its row, its details, its matrix cell; Arabic
 * letters take two bytes), 3.3 KB in the English, and each actor about 1.5 KB more with its row and
 * column of the matrix, beside about 37 KB of styles and scripts. The actors bind first: 36 of them
 * brought 43 to 48 relations and an Arabic page of 276 to 300 KB; 32 keep it near 280 KB, a margin
 * for longer names. The real data (tens of actors) is far below the threshold.
 */
export const SCALE_LIMITS: ScaleLimits = {
  largeActors: 150,
  largeRelations: 300,
  coreActors: 32,
  coreRelations: 64,
  perPage: 150,
};

/** One page of the split table: the relations whose first actor is in `side`, part `part` of `parts`. */
export interface RelationPage {
  /** The page's address under who-backs-whom/relations/: the camp, then its part when it has several. */
  slug: string;
  side: Side;
  part: number;
  parts: number;
  edges: string[];
}

export interface ScaledGraph {
  large: boolean;
  /** The graph the page draws and lists: the whole graph, or its core. */
  shown: Graph;
  /** The split table, every relation on exactly one page; empty when the graph is not large. */
  pages: RelationPage[];
  /** Linked actors and relations in the whole graph. */
  actors: number;
  relations: number;
}

/** The relation pages' route, relative to the site's base. */
export const relationPagePath = (slug: string) => `who-backs-whom/relations/${slug}/`;

export function scaleGraph(graph: Graph, limits: ScaleLimits = SCALE_LIMITS): ScaledGraph {
  const actors = graph.nodes.filter((n) => n.degree > 0).length;
  const relations = graph.edges.length;
  const large = actors > limits.largeActors || relations > limits.largeRelations;
  if (!large) return { large, shown: graph, pages: [], actors, relations };
  return {
    large,
    shown: core(graph, limits),
    pages: split(graph, limits.perPage),
    actors,
    relations,
  };
}

/**
 * The backbone of the graph: relations ranked by how connected their two actors are (the sum of
 * their relations over the whole graph, ties by id), taken in that order while the actors they
 * bring stay within the limit, until the relations reach theirs. So the page shows the most
 * connected actors with their strongest ties, and the relations among them, rather than hubs that
 * in a sparse graph share no line. Degrees are then counted within the core (what the drawing shows).
 */
function core(graph: Graph, limits: ScaleLimits): Graph {
  const degreeOf = keyed(new Map(graph.nodes.map((n) => [n.id, n.degree])), 'degree');
  const weight = (e: GraphEdge) => degreeOf(e.from) + degreeOf(e.to);
  const ranked = [...graph.edges].sort((a, b) => weight(b) - weight(a) || a.id.localeCompare(b.id));
  const chosen = new Set<string>();
  const edges = new Set<string>();
  for (const e of ranked) {
    if (edges.size >= limits.coreRelations) break;
    const joining = [e.from, e.to].filter((id) => !chosen.has(id));
    if (chosen.size + joining.length > limits.coreActors) continue;
    joining.forEach((id) => chosen.add(id));
    edges.add(e.id);
  }
  const kept = graph.edges.filter((e) => edges.has(e.id));
  const degree = new Map<string, number>();
  for (const e of kept)
    for (const end of [e.from, e.to]) degree.set(end, (degree.get(end) ?? 0) + 1);
  const nodes: GraphNode[] = graph.nodes.flatMap((n) => {
    const d = degree.get(n.id);
    return d === undefined ? [] : [{ ...n, degree: d }];
  });
  return { nodes, edges: kept };
}

/** Every relation, by the camp of the actor that acts (in the order of SIDES), in parts of `perPage`. */
function split(graph: Graph, perPage: number): RelationPage[] {
  const side = new Map(graph.nodes.map((n) => [n.id, n.side]));
  const pages: RelationPage[] = [];
  for (const s of SIDES) {
    const ids = graph.edges.filter((e) => side.get(e.from) === s).map((e) => e.id);
    const parts = Math.ceil(ids.length / perPage);
    for (let i = 0; i < parts; i++) {
      pages.push({
        slug: parts > 1 ? `${s}-${i + 1}` : s,
        side: s,
        part: i + 1,
        parts,
        edges: ids.slice(i * perPage, (i + 1) * perPage),
      });
    }
  }
  return pages;
}
