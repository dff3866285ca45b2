/**
 * Structured data (schema.org as JSON-LD) for the report, actors, events and the dataset. Pure
 * builders over the site model; src/components/JsonLd.astro puts the result into <head>. Every URL
 * is absolute (the canonical address), dates keep the precision the sources give.
 */
import { otherNames, type Actor, type Event, type Source } from './dataset';
import type { SiteModel } from './model';
import { paths } from './paths';
import type { ActorKind, SourceKind } from './vocabulary';
import { EXPORT_COLLECTIONS, FORMATS, downloadPath, type ExportCollection } from './exports';
import { earliest, latest, parseSpan } from './dates';
import type { Dictionary } from './strings';

export interface LdContext {
  /** The edition's absolute root URL, ending in "/": new URL(BASE_URL, site), then "ar/" in Arabic. */
  root: string;
  /** Where the files every edition shares (the downloads) live, when not at `root`. */
  shared?: string | undefined;
  siteName: string;
  /** The build date, YYYY-MM-DD. */
  date: string;
  /** The edition's words; its `lang` is the pages' inLanguage. */
  t: Dictionary;
}

export type JsonLd = Record<string, unknown>;

export const CC_BY = 'https://creativecommons.org/licenses/by/4.0/';
const CONTEXT = 'https://schema.org';

const url = (ctx: LdContext, path: string) => new URL(path, ctx.root).href;

/** schema.org type of each kind of actor. */
export const ACTOR_TYPE: Record<ActorKind, string> = {
  person: 'Person',
  state: 'GovernmentOrganization',
  government: 'GovernmentOrganization',
  'international-body': 'GovernmentOrganization',
  'armed-group': 'Organization',
  coalition: 'Organization',
  monitor: 'Organization',
  outlet: 'NewsMediaOrganization',
};

/** schema.org type of each kind of source. */
const SOURCE_TYPE: Record<SourceKind, string> = {
  news: 'NewsArticle',
  agency: 'NewsArticle',
  analysis: 'AnalysisNewsArticle',
  official: 'CreativeWork',
  monitor: 'Report',
  research: 'Report',
  reference: 'CreativeWork',
};

function publisherOf(ctx: LdContext): JsonLd {
  return { '@type': 'Organization', name: ctx.siteName, url: ctx.root };
}

/** A short reference to an actor: type, @id (its page), name. */
function actorRef(ctx: LdContext, id: string, a: Actor): JsonLd {
  const u = url(ctx, paths.actor(id));
  return { '@type': ACTOR_TYPE[a.kind], '@id': u, name: a.name, url: u };
}

function eventRef(ctx: LdContext, id: string, e: Event): JsonLd {
  const u = url(ctx, paths.event(id));
  return { '@type': 'Event', '@id': u, name: e.title, url: u, ...eventDates(e.date) };
}

function eventDates(date: string): { startDate: string; endDate?: string } {
  const s = parseSpan(date);
  if (typeof s === 'string') return { startDate: date };
  return s.end ? { startDate: s.start.text, endDate: s.end.text } : { startDate: s.start.text };
}

function sourceWork(s: Source): JsonLd {
  return {
    '@type': SOURCE_TYPE[s.kind],
    ...(s.kind === 'news' || s.kind === 'agency' || s.kind === 'analysis'
      ? { headline: s.title }
      : {}),
    name: s.title,
    datePublished: s.date,
    publisher: { '@type': 'Organization', name: s.publisher },
    ...(s.authors.length ? { author: s.authors.map((name) => ({ '@type': 'Person', name })) } : {}),
    ...(s.url ? { url: s.url } : {}),
    inLanguage: s.language,
  };
}

/** An actor's profile: Person, Organization, GovernmentOrganization or NewsMediaOrganization. */
export function actorJsonLd(model: SiteModel, id: string, ctx: LdContext): JsonLd {
  const entry = model.actors.get(id);
  if (!entry) throw new Error(`no actor "${id}"`);
  const a = entry.data;
  const u = url(ctx, paths.actor(id));
  const other = otherNames(a);
  const type = ACTOR_TYPE[a.kind];
  const ld: JsonLd = {
    '@context': CONTEXT,
    '@type': type,
    '@id': u,
    name: a.name,
    ...(other.length ? { alternateName: [...new Set(other)] } : {}),
    description: a.summary,
    url: u,
    mainEntityOfPage: u,
    inLanguage: ctx.t.lang,
  };
  if (type === 'Person') {
    if (a.country) ld['nationality'] = { '@type': 'Country', name: a.country };
  } else {
    if (a.founded) ld['foundingDate'] = a.founded;
    if (a.dissolved) ld['dissolutionDate'] = a.dissolved;
    if (a.country) ld['location'] = { '@type': 'Country', name: a.country };
  }
  return ld;
}

/** One event: name, dates as precise as given, place, the actors that took part. */
export function eventJsonLd(model: SiteModel, id: string, ctx: LdContext): JsonLd {
  const entry = model.events.get(id);
  if (!entry) throw new Error(`no event "${id}"`);
  const e = entry.data;
  const u = url(ctx, paths.event(id));
  const where = e.place ? model.places.get(e.place)?.data : undefined;
  const place = where && {
    '@type': 'Place',
    name:
      where.country && !where.name.includes(where.country)
        ? `${where.name}, ${where.country}`
        : where.name,
    ...(where.coordinates
      ? {
          geo: {
            '@type': 'GeoCoordinates',
            latitude: where.coordinates.lat,
            longitude: where.coordinates.lon,
          },
        }
      : {}),
  };
  return {
    '@context': CONTEXT,
    '@type': 'Event',
    '@id': u,
    name: e.title,
    description: e.summary,
    ...eventDates(e.date),
    ...(place ? { location: place } : {}),
    attendee: e.participants.map((p) => actorRef(ctx, p.actor, model.actor(p.actor).data)),
    url: u,
    mainEntityOfPage: u,
    inLanguage: ctx.t.lang,
  };
}

/**
 * The report page: our summary as a NewsArticle, based on the original report (its outlet as
 * publisher) and on the Reuters analysis that report retells, about the events it links.
 */
export function reportJsonLd(model: SiteModel, ctx: LdContext): JsonLd {
  const a = model.article.data;
  const u = url(ctx, paths.report());
  const source = model.source(a.source).data;
  const basedOn = model.source(a.basedOn).data;
  const outlet = model.actor(a.outlet);
  const original = {
    ...sourceWork(source),
    headline: a.originalTitle,
    datePublished: a.published,
    publisher: actorRef(ctx, outlet.id, outlet.data),
  };
  const eventIds = new Set([
    ...a.claims.flatMap((c) => c.events),
    ...[...model.mentions.keys()].filter((k) => model.events.has(k)),
  ]);
  const events = model.timeline.filter((e) => eventIds.has(e.id));
  const actors = [...model.mentions.keys()]
    .filter((k) => model.actors.has(k))
    .sort()
    .map((k) => actorRef(ctx, k, model.actor(k).data));
  return {
    '@context': CONTEXT,
    '@type': 'NewsArticle',
    '@id': u,
    headline: a.title,
    alternativeHeadline: a.originalTitle,
    description: a.summary,
    url: u,
    mainEntityOfPage: u,
    datePublished: ctx.date,
    dateModified: ctx.date,
    inLanguage: ctx.t.lang,
    author: publisherOf(ctx),
    publisher: publisherOf(ctx),
    license: CC_BY,
    isBasedOn: [original, sourceWork(basedOn)],
    about: events.map((e) => eventRef(ctx, e.id, e.data)),
    ...(actors.length ? { mentions: actors } : {}),
  };
}

/** The whole dataset (the Data page), with one DataDownload per JSON and CSV file. */
export function datasetJsonLd(model: SiteModel, ctx: LdContext, description: string): JsonLd {
  const u = url(ctx, 'data/');
  const counts: Record<ExportCollection, number> = {
    actors: model.actors.size,
    events: model.events.size,
    relations: model.relations.size,
    sources: model.sources.size,
    places: model.places.size,
    corrections: model.corrections.length,
  };
  const spans = model.timeline
    .map((e) => parseSpan(e.data.date))
    .filter((s) => typeof s !== 'string');
  const first = spans.map((s) => earliest(s.start)).sort()[0];
  const ends = spans.map((s) => latest(s.end ?? s.start)).sort();
  const last = ends[ends.length - 1];
  return {
    '@context': CONTEXT,
    '@type': 'Dataset',
    '@id': u,
    name: ctx.t.cite.datasetTitle,
    description,
    url: u,
    license: CC_BY,
    isAccessibleForFree: true,
    // the files themselves are English (src/lib/exports.ts), whichever edition describes them
    inLanguage: 'en',
    version: ctx.date,
    dateModified: ctx.date,
    creator: publisherOf(ctx),
    publisher: publisherOf(ctx),
    keywords: ctx.t.data.keywords,
    spatialCoverage: { '@type': 'Place', name: ctx.t.data.coverage },
    ...(first && last ? { temporalCoverage: `${first}/${last}` } : {}),
    distribution: EXPORT_COLLECTIONS.flatMap((c) =>
      (['json', 'csv'] as const).map((f) => ({
        '@type': 'DataDownload',
        name: `${ctx.t.data.names[c]} ${ctx.t.data.download(FORMATS[f].label, counts[c])}`,
        encodingFormat: FORMATS[f].type,
        contentUrl: new URL(downloadPath(c, f), ctx.shared ?? ctx.root).href,
      })),
    ),
  };
}
