/**
 * The one place that reads the content collections. It turns them into plain data, runs the
 * cross-collection checks and stops the build with every problem listed if any fails.
 */
import { getCollection } from 'astro:content';
import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { flattenRefs, type Dataset, type Entry } from '../lib/dataset';
import { buildModel, type SiteModel } from '../lib/model';
import { formatProblems, validateDataset } from '../lib/validate';
import { withBase } from '../lib/paths';
import { buildGraph, oneHop, type Graph } from '../lib/graph';
import { layoutWide } from '../lib/layout';
import { layoutNarrow } from '../lib/layout-narrow';
import { layoutOneHop } from '../lib/layout-one-hop';
import type { Diagram } from '../lib/diagram';
import { assertLegible } from '../lib/diagram-check';

type Name = keyof Dataset;

async function load<T>(name: Name): Promise<Entry<T>[]> {
  const entries = await getCollection(name);
  return entries
    .map((e) => {
      const path = e.filePath ?? `src/content/${name}/${e.id}`;
      return { id: e.id, file: relative(process.cwd(), resolve(path)), raw: readFileSync(path, 'utf8'), data: flattenRefs(e.data) as T };
    })
    .sort((a, b) => a.id.localeCompare(b.id));
}

export class ContentError extends Error {
  override name = 'ContentError';
}

let cached: Promise<SiteModel> | undefined;

/** The validated site model; the first call loads and checks, later calls share the result. */
export function site(): Promise<SiteModel> {
  cached ??= (async () => {
    const ds: Dataset = {
      actors: await load('actors'),
      events: await load('events'),
      relations: await load('relations'),
      sources: await load('sources'),
      article: await load('article'),
      places: await load('places'),
      corrections: await load('corrections'),
    };
    // The content check (integrations/content-check.ts) has run before the build with every rule,
    // MDX bodies included; this repeats the checks across entries as a guard for the model.
    const problems = validateDataset(ds);
    if (problems.length) {
      throw new ContentError(`${problems.length} content problem(s) stop the build:\n\n${formatProblems(problems)}\n`);
    }
    return buildModel(ds);
  })();
  return cached;
}

/** A route under the configured base path. */
export function href(path: string): string {
  return withBase(import.meta.env.BASE_URL, path);
}

export interface SiteGraph {
  graph: Graph;
  /** The network for wide screens, and the column drawn for phones. */
  wide: Diagram;
  narrow: Diagram;
}

/** The build stops on an overlap or a line through a third actor (src/lib/diagram-check.ts). */
const checked = (d: Diagram, what: string, centre?: string) =>
  assertLegible(d, what, { centre, reportOnly: process.env['IDLIB_DIAGRAM_CHECK'] === 'report' });

let graphCache: Promise<SiteGraph> | undefined;

/** The whole who-backs-whom graph with its build-time layouts, checked for legibility. */
export function siteGraph(): Promise<SiteGraph> {
  graphCache ??= site().then((model) => {
    const graph = graphOf(model);
    return {
      graph,
      wide: checked(layoutWide(graph), 'who-backs-whom network'),
      narrow: checked(layoutNarrow(graph), 'who-backs-whom network for phones'),
    };
  });
  return graphCache;
}

/** One actor's one-hop neighbourhood, with the actor at the centre. */
export async function actorDiagram(id: string): Promise<Diagram> {
  const { graph } = await siteGraph();
  return checked(layoutOneHop(oneHop(graph, id), id), `one-hop diagram of "${id}"`, id);
}

function graphOf(model: SiteModel): Graph {
  const actors = [...model.actors.values()].map((a) => ({ id: a.id, ...a.data }));
  const relations = [...model.relations.values()].map((r) => ({
    id: r.id, from: r.data.from, to: r.data.to, type: r.data.type, status: r.data.status, periods: r.data.periods,
  }));
  return buildGraph(actors, relations);
}
