/**
 * What the pages show, derived from the dataset: parsed dates, relations in and out of each actor,
 * events per actor, the article's mentions, the timeline order. Pages render these; they do not
 * compute.
 */
import {
  bodyOffset,
  byId,
  type Actor,
  type Article,
  type Correction,
  type Dataset,
  type Entry,
  type Event,
  type Place,
  type Relation,
  type Source,
} from './dataset';
import { slug } from 'github-slugger';
import type { Locale } from './i18n';
import { compareSpans, parseSpan, type DateSpan } from './dates';
import { linkingComponents } from './content-policy';

/** A lookup of an id the content check has validated found nothing: a bug in the code, not the content. */
export class UnknownEntryError extends Error {
  override name = 'UnknownEntryError';
  constructor(collection: string, id: string) {
    super(
      `no entry "${id}" in ${collection}: every id reaching the pages is checked, so the code asked for an id the content does not have`,
    );
  }
}

/** Accessors for validated ids: an entry, or UnknownEntryError (never a silent undefined). */
export interface Lookups {
  actor(id: string): Entry<Actor>;
  event(id: string): Entry<Event>;
  relation(id: string): Entry<Relation>;
  source(id: string): Entry<Source>;
  place(id: string): Entry<Place>;
}

export interface SiteModel extends Lookups {
  /** The edition's language, and the entries shown in English for want of a translation. */
  locale: Locale;
  untranslated: Set<string>;
  actors: Map<string, Entry<Actor>>;
  events: Map<string, Entry<Event>>;
  relations: Map<string, Entry<Relation>>;
  sources: Map<string, Entry<Source>>;
  places: Map<string, Entry<Place>>;
  article: Entry<Article>;
  /** Events in date order, oldest first. */
  timeline: Entry<Event>[];
  eventDate: Map<string, DateSpan>;
  /** An event's date as a span; UnknownEntryError for an id that is not an event. */
  dateOf(id: string): DateSpan;
  relationsFrom: Map<string, Entry<Relation>[]>;
  relationsTo: Map<string, Entry<Relation>[]>;
  eventsOf: Map<string, Entry<Event>[]>;
  /** Events by the id of their place, in timeline order. */
  eventsAt: Map<string, Entry<Event>[]>;
  /** Report sections in which each actor or event is linked. */
  mentions: Map<string, ReportSection[]>;
  /** Where each source is cited: actor, event and relation ids, grouped. */
  citedBy: Map<
    string,
    { actors: string[]; events: string[]; relations: string[]; places: string[] }
  >;
  /** The corrections log, newest first (then by id). */
  corrections: Entry<Correction>[];
  /** The corrections of each entry, keyed "collection/id" (e.g. "actors/hts", "article/report"), newest first. */
  correctionsOf: Map<string, Entry<Correction>[]>;
}

function span(text: string): DateSpan {
  const s = parseSpan(text);
  if (typeof s === 'string') throw new Error(s);
  return s;
}

function group<T>(items: T[], key: (t: T) => string[]): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    for (const k of key(item)) {
      const list = out.get(k) ?? [];
      if (!list.includes(item)) list.push(item);
      out.set(k, list);
    }
  }
  return out;
}

/** A section of the report: its heading and anchor ('' for the opening, before any heading). */
export interface ReportSection {
  title: string;
  anchor: string;
}

/** Splits an MDX body into "## " sections and lists the ids each links through <Actor>/<Event>. */
const MENTION = new RegExp(
  `<(?:${[...linkingComponents('actors'), ...linkingComponents('events')].join('|')})\\s+id="([^"]+)"`,
  'g',
);

function sectionMentions(raw: string): Map<string, ReportSection[]> {
  const out = new Map<string, ReportSection[]>();
  let section: ReportSection = { title: 'Opening', anchor: '' };
  for (const line of raw.slice(bodyOffset(raw)).split('\n')) {
    const [, heading] = /^##\s+(.+)$/.exec(line) ?? [];
    if (heading !== undefined) {
      section = { title: heading.trim(), anchor: headingSlug(heading) };
      continue;
    }
    for (const [, id] of line.matchAll(MENTION)) {
      if (id === undefined) continue;
      const list = out.get(id) ?? [];
      if (!list.includes(section)) list.push(section);
      out.set(id, list);
    }
  }
  return out;
}

export function buildModel(
  ds: Dataset,
  edition: { locale: Locale; untranslated: Set<string> } = {
    locale: 'en',
    untranslated: new Set(),
  },
): SiteModel {
  const article = ds.article[0];
  if (!article) throw new Error('src/content/article/ holds no article: add report.mdx');
  const dated = ds.events.map((e) => ({ e, date: span(e.data.date) }));
  const eventDate = new Map(dated.map(({ e, date }) => [e.id, date]));
  const timeline = dated
    .sort((a, b) => compareSpans(a.date, b.date) || a.e.id.localeCompare(b.e.id))
    .map(({ e }) => e);
  const byName = (list: Entry<Relation>[]) => list.sort((a, b) => a.id.localeCompare(b.id));

  const citedBy = new Map<
    string,
    { actors: string[]; events: string[]; relations: string[]; places: string[] }
  >();
  const cite = (source: string, kind: 'actors' | 'events' | 'relations' | 'places', id: string) => {
    const c = citedBy.get(source) ?? { actors: [], events: [], relations: [], places: [] };
    if (!c[kind].includes(id)) c[kind].push(id);
    citedBy.set(source, c);
  };
  ds.actors.forEach((e) => e.data.sources.forEach((s) => cite(s, 'actors', e.id)));
  ds.events.forEach((e) => e.data.sources.forEach((s) => cite(s, 'events', e.id)));
  ds.relations.forEach((e) => e.data.sources.forEach((s) => cite(s, 'relations', e.id)));
  (ds.places ?? []).forEach((e) => {
    if (e.data.coordinates?.source) cite(e.data.coordinates.source, 'places', e.id);
  });

  const relationsFrom = group(ds.relations, (r) => [r.data.from]);
  const relationsTo = group(ds.relations, (r) => [r.data.to]);
  relationsFrom.forEach(byName);
  relationsTo.forEach(byName);

  const corrections = [...ds.corrections].sort(
    (a, b) => b.data.date.localeCompare(a.data.date) || a.id.localeCompare(b.id),
  );

  const actors = byId(ds.actors);
  const events = byId(ds.events);
  const relations = byId(ds.relations);
  const sources = byId(ds.sources);
  const places = byId(ds.places ?? []);
  const get =
    <T>(collection: string, map: Map<string, Entry<T>>) =>
    (id: string): Entry<T> => {
      const e = map.get(id);
      if (!e) throw new UnknownEntryError(collection, id);
      return e;
    };
  return {
    ...edition,
    actors,
    events,
    relations,
    sources,
    places,
    actor: get('actors', actors),
    event: get('events', events),
    relation: get('relations', relations),
    source: get('sources', sources),
    place: get('places', places),
    article,
    timeline,
    eventDate,
    dateOf(id) {
      const date = eventDate.get(id);
      if (!date) throw new UnknownEntryError('events', id);
      return date;
    },
    relationsFrom,
    relationsTo,
    eventsOf: group(timeline, (e) => e.data.participants.map((p) => p.actor)),
    eventsAt: group(timeline, (e) => (e.data.place ? [e.data.place] : [])),
    mentions: sectionMentions(article.raw),
    citedBy,
    corrections,
    correctionsOf: group(corrections, (c) => c.data.entries),
  };
}

/** Heading text to the id Astro's MDX gives it (the same slugger), for links into the report. */
export function headingSlug(text: string): string {
  return slug(text.trim());
}
