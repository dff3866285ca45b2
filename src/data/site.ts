/**
 * The one place that reads the content collections. It turns them into plain data, runs the
 * cross-collection checks and stops the build with every problem listed if any fails, and builds
 * one model per edition: English, and each translation laid over it (src/lib/translate.ts).
 */
import { getCollection, getEntry, type CollectionEntry, type CollectionKey } from 'astro:content';
import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { flattenRefs, type Dataset, type Entry, type Flat } from '../lib/dataset';
import { buildModel, type SiteModel } from '../lib/model';
import { formatProblems, validateDataset } from '../lib/validate';
import { withBase } from '../lib/paths';
import { buildGraph, oneHop, type Graph } from '../lib/graph';
import { layoutWide } from '../lib/layout';
import { layoutNarrow } from '../lib/layout-narrow';
import { scaleGraph, type ScaledGraph } from '../lib/graph-scale';
import { layoutOneHop } from '../lib/layout-one-hop';
import type { Diagram } from '../lib/diagram';
import { assertLegible } from '../lib/diagram-check';
import { DEFAULT_LOCALE, localeOf, localePrefix, type Locale } from '../lib/i18n';
import { strings, type Dictionary } from '../lib/strings';
import { translateDataset, type Translations } from '../lib/translate';
import { contentBody, type ContentBody } from '../lib/content-body';

/** A collection as plain entries: references as ids, the file and its text for messages. */
async function load<C extends CollectionKey>(
  name: C,
): Promise<Entry<Flat<CollectionEntry<C>['data']>>[]> {
  const entries: CollectionEntry<C>[] = await getCollection(name);
  return entries
    .map((e) => {
      const path = e.filePath ?? `src/content/${name}/${e.id}`;
      // TypeScript cannot follow a generic collection through getCollection's union: the one cast here
      const data = flattenRefs(e.data) as Flat<CollectionEntry<C>['data']>;
      return {
        id: e.id,
        file: relative(process.cwd(), resolve(path)),
        raw: readFileSync(path, 'utf8'),
        data,
      };
    })
    .sort((a, b) => a.id.localeCompare(b.id));
}

class ContentError extends Error {
  override name = 'ContentError';
}

let english: Promise<Dataset> | undefined;

/** The English dataset, validated: the data of every edition. */
function dataset(): Promise<Dataset> {
  english ??= (async () => {
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
      throw new ContentError(
        `${problems.length} content problem(s) stop the build:\n\n${formatProblems(problems)}\n`,
      );
    }
    return ds;
  })();
  return english;
}

const models = new Map<Locale, Promise<SiteModel>>();

/** The validated site model of an edition; built once per edition. */
export function site(locale: Locale = DEFAULT_LOCALE): Promise<SiteModel> {
  let m = models.get(locale);
  if (!m) {
    m = dataset().then(async (ds) => {
      if (locale === DEFAULT_LOCALE) return buildModel(ds);
      const translations: Translations = {
        actors: await load('actorsAr'),
        events: await load('eventsAr'),
        relations: await load('relationsAr'),
        sources: await load('sourcesAr'),
        article: await load('articleAr'),
        places: await load('placesAr'),
        corrections: await load('correctionsAr'),
      };
      const t = translateDataset(ds, translations);
      return buildModel(t.ds, { locale, untranslated: t.untranslated });
    });
    models.set(locale, m);
  }
  return m;
}

/** A route under the configured base path, in an edition (English at the root, others under /<lang>/). */
export function href(path: string, locale: Locale = DEFAULT_LOCALE): string {
  return withBase(import.meta.env.BASE_URL, `${localePrefix(locale)}${path.replace(/^\//, '')}`);
}

/** A route outside the editions (open data, feeds' assets, the download): the same in every language. */
export function sharedHref(path: string): string {
  return withBase(import.meta.env.BASE_URL, path);
}

/** The site's base path, ending in "/" ("/" or "/idlib/"). */
export const basePath = withBase(import.meta.env.BASE_URL, '');

/**
 * An absolute URL: of a route in an edition when a locale is given, of a shared path otherwise.
 * The one place absolute URLs are made (canonical, hreflang, feeds, JSON-LD, citations); without a
 * configured site (SITE_URL) they are made against http://localhost/, as Astro's preview serves.
 */
export function absoluteUrl(path: string, siteUrl: URL | undefined, locale?: Locale): string {
  return new URL(locale ? href(path, locale) : sharedHref(path), siteUrl ?? 'http://localhost/')
    .href;
}

/** The shared image of a page ("social/actors/hts") in an edition: social/ar/actors/hts.png in Arabic. */
export function socialImagePath(image: string, locale: Locale): string {
  return `${image.replace(/^social\//, `social/${localePrefix(locale)}`)}.png`;
}

/** A page's path inside its edition ("actors/hts/"), the same in every language: for hreflang. */
export function editionPath(pathname: string, locale: Locale): string {
  const inSite = pathname.startsWith(basePath)
    ? pathname.slice(basePath.length)
    : pathname.replace(/^\//, '');
  const prefix = localePrefix(locale);
  return prefix && inSite.startsWith(prefix) ? inSite.slice(prefix.length) : inSite;
}

/** Everything a page or component needs for its edition: locale, interface text, links, model. */
export interface PageContext {
  locale: Locale;
  t: Dictionary;
  href: (path: string) => string;
  model: SiteModel;
}

/** The context of the page being rendered (from Astro.currentLocale). */
export async function pageContext(astro: {
  currentLocale?: string | undefined;
}): Promise<PageContext> {
  const locale = localeOf(astro.currentLocale);
  return { locale, t: strings(locale), href: (p) => href(p, locale), model: await site(locale) };
}

type Renderable = 'actors' | 'events' | 'article';

/** Bodies already parsed, by file and digest: an English body serves both editions. */
const bodies = new Map<string, ContentBody>();

/**
 * The body of an entry, for an edition: the translation's when there is one, the English one
 * otherwise (the page says so). Its parts go to ContentBody.astro; its headings to a table of contents.
 */
export async function readBody(collection: Renderable, id: string, locale: Locale) {
  const translated = locale !== DEFAULT_LOCALE ? await getEntry(`${collection}Ar`, id) : undefined;
  const entry = translated ?? (await getEntry(collection, id));
  if (!entry) throw new ContentError(`no ${collection} entry "${id}"`);
  const key = `${entry.filePath ?? `${collection}/${id}`}#${entry.digest ?? ''}`;
  let body = bodies.get(key);
  if (!body) {
    body = contentBody(entry.body ?? '');
    bodies.set(key, body);
  }
  return { ...body, translated: locale === DEFAULT_LOCALE || translated !== undefined };
}

export interface SiteGraph {
  graph: Graph;
  /** The network for wide screens, and the column drawn for phones. */
  wide: Diagram;
  narrow: Diagram;
  /** What the who-backs-whom page draws and lists: everything, or a large graph's core and split table. */
  scale: ScaledGraph;
}

/** The build stops on an overlap or a line through a third actor (src/lib/diagram-check.ts). */
const checked = (d: Diagram, what: string, centre?: string) =>
  assertLegible(d, what, { centre, reportOnly: process.env['IDLIB_DIAGRAM_CHECK'] === 'report' });

const graphs = new Map<Locale, Promise<SiteGraph>>();

/** The whole who-backs-whom graph of an edition (its labels are the edition's names), laid out and checked. */
export function siteGraph(locale: Locale = DEFAULT_LOCALE): Promise<SiteGraph> {
  let g = graphs.get(locale);
  if (!g) {
    g = site(locale).then((model) => {
      const graph = graphOf(model);
      const scale = scaleGraph(graph);
      const where = locale === DEFAULT_LOCALE ? '' : ` (${locale})`;
      return {
        graph,
        wide: checked(
          layoutWide(scale.shown, { campTitles: strings(locale).campTitle }),
          `who-backs-whom network${where}`,
        ),
        narrow: checked(
          layoutNarrow(scale.shown, { campTitles: strings(locale).campTitle }),
          `who-backs-whom network for phones${where}`,
        ),
        scale,
      };
    });
    graphs.set(locale, g);
  }
  return g;
}

/** One actor's one-hop neighbourhood, with the actor at the centre. */
export async function actorDiagram(id: string, locale: Locale = DEFAULT_LOCALE): Promise<Diagram> {
  const { graph } = await siteGraph(locale);
  return checked(
    layoutOneHop(oneHop(graph, id), id),
    `one-hop diagram of "${id}"${locale === DEFAULT_LOCALE ? '' : ` (${locale})`}`,
    id,
  );
}

function graphOf(model: SiteModel): Graph {
  const actors = [...model.actors.values()].map((a) => ({ id: a.id, ...a.data }));
  const relations = [...model.relations.values()].map((r) => ({
    id: r.id,
    from: r.data.from,
    to: r.data.to,
    type: r.data.type,
    grade: r.data.grade,
    periods: r.data.periods,
  }));
  return buildGraph(actors, relations);
}
