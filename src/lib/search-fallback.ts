/**
 * Search facets and the offline search. Pure: no Astro imports, unit-tested.
 *
 * - Facets: what each page type gives Pagefind as filters (type of page, kind of actor, side, year,
 *   grade) and as metadata shown with results (type, kind, date, grade). The page templates spread
 *   `pagefindAttributes(...)` on their <h1>; the search page lists the same values as checkboxes.
 * - The offline index: Pagefind cannot load from file://, so the build also writes a compact index
 *   of names, aliases, titles and summaries as a classic script (search-fallback.js), and
 *   `searchIndex` matches a query against it: normalised, accent- and case-insensitive, prefix
 *   matching, hits on a name or an alias ranked first.
 * - The A–Z index: every actor (and each of its other names), event and source, sorted.
 */
import { bodyOffset, type Actor, type Event, type Relation, type Source } from './dataset';
import type { SiteModel } from './model';
import { headingSlug } from './model';
import { formatSpan, parsePartialDate, formatDate, type DateSpan } from './dates';
import { paths } from './paths';
import { en } from './strings';

const { kindLabel, relationVerb, search, sideLabel, sourceKindLabel, statusLabel } = en;
import { ACTOR_KINDS, SIDES, STATUSES } from './vocabulary';

export type PageType = keyof typeof search.types;
export const PAGE_TYPES = Object.keys(search.types) as PageType[];
export type FacetKey = keyof typeof search.facets;
export const FACET_KEYS = Object.keys(search.facets) as FacetKey[];

// ------------------------------------------------------------------------------------- facets

/** Filters (for the facets) and metadata (shown in results) of one page. Values are labels. */
export interface Facets {
  filters: Partial<Record<FacetKey, string>>;
  meta: Record<string, string>;
}

const dateOf = (text: string) => {
  const d = parsePartialDate(text);
  return typeof d === 'string' ? text : formatDate(d);
};

/** An actor's other names: short name, aliases, former names, without repeats. */
export function otherNames(a: Pick<Actor, 'name' | 'shortName' | 'aliases' | 'formerNames'>): string[] {
  return [...new Set([a.shortName, ...a.aliases, ...a.formerNames.map((f) => f.name)])].filter((x): x is string => !!x && x !== a.name);
}

/**
 * An actor's facets. Two metadata fields feed the ranking (metaWeights in src/client/search-ui.ts):
 * "names" (its names, aliases and former names) weighs most, "leaders" (who leads it) less.
 */
export function actorFacets(a: Pick<Actor, 'name' | 'shortName' | 'aliases' | 'formerNames' | 'kind' | 'side'>, leaders: string[] = []): Facets {
  const type = search.types.actor;
  return {
    filters: { type, kind: kindLabel[a.kind], side: sideLabel[a.side] },
    meta: { type, kind: kindLabel[a.kind], names: [a.name, ...otherNames(a)].join(' · '), ...(leaders.length ? { leaders: leaders.join(' · ') } : {}) },
  };
}

export function eventFacets(date: DateSpan): Facets {
  const type = search.types.event;
  return { filters: { type, year: String(date.start.year) }, meta: { type, date: formatSpan(date) } };
}

export function relationFacets(r: Pick<Relation, 'status'>): Facets {
  const type = search.types.relation;
  return { filters: { type, grade: statusLabel[r.status] }, meta: { type, grade: statusLabel[r.status] } };
}

export function reportFacets(published: string): Facets {
  const type = search.types.report;
  return { filters: { type }, meta: { type, date: dateOf(published) } };
}

export function sourcesFacets(): Facets {
  const type = search.types.source;
  return { filters: { type }, meta: { type } };
}

const attr = (v: string) => v.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * Empty elements that give Pagefind one filter or one metadata field each ("key:value"; one pair
 * per element, so values may hold commas). Pages place them right after their <h1>.
 */
export function pagefindTags(f: Facets): string {
  const tag = (what: 'filter' | 'meta', k: string, v: string | undefined) =>
    v ? `<span data-pagefind-${what}="${attr(`${k}:${v}`)}"></span>` : '';
  return [
    ...Object.entries(f.filters).map(([k, v]) => tag('filter', k, v)),
    ...Object.entries(f.meta).map(([k, v]) => tag('meta', k, v)),
  ].join('');
}

/** Every value each facet can take, in a reading order (vocabulary order, years ascending). */
export function facetValues(model: SiteModel): Record<FacetKey, string[]> {
  const actors = [...model.actors.values()].map((a) => a.data);
  const relations = [...model.relations.values()].map((r) => r.data);
  const years = [...new Set([...model.eventDate.values()].map((d) => d.start.year))].sort((a, b) => a - b);
  return {
    type: PAGE_TYPES.map((t) => search.types[t]),
    kind: ACTOR_KINDS.filter((k) => actors.some((a) => a.kind === k)).map((k) => kindLabel[k]),
    side: SIDES.filter((s) => actors.some((a) => a.side === s)).map((s) => sideLabel[s]),
    year: years.map(String),
    grade: STATUSES.filter((s) => relations.some((r) => r.status === s)).map((s) => statusLabel[s]),
  };
}

// ------------------------------------------------------------------------------- offline index

/** One searchable entry. Short keys: the index ships to the browser. */
export interface SearchEntry {
  /** Type of page. */
  t: PageType;
  /** Site path without a leading slash: "actors/hts/", "sources/#reuters-2019-07-10". */
  u: string;
  /** Name or title. */
  n: string;
  /** Other names: short name, aliases, former names. */
  a?: string[];
  /** Summary or note. */
  s?: string;
  /** Kind of actor (label). */
  k?: string;
  /** Side in mid-2019 (label). */
  sd?: string;
  /** Date as text. */
  d?: string;
  /** Year of an event. */
  y?: string;
  /** Grade (label). */
  g?: string;
}

export interface SearchIndex { v: 1; entries: SearchEntry[] }

/** The global the fallback script sets. */
export const FALLBACK_GLOBAL = '__IDLIB_SEARCH__';
/** The fallback script's site path. */
export const FALLBACK_PATH = 'search-fallback.js';

const clean = (o: SearchEntry): SearchEntry =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined && v !== '' && !(Array.isArray(v) && v.length === 0))) as unknown as SearchEntry;

/** Plain text of an MDX body: tags, expressions and Markdown marks removed. */
export function plainText(mdx: string): string {
  return mdx
    .replace(/<[^>]+\/>/g, ' ')
    .replace(/<\/?[A-Za-z][^>]*>/g, '')
    .replace(/\{[^}]*\}/g, ' ')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`>#]+/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Cuts text at a word boundary near `max` characters. */
export function clip(text: string, max = 200): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max * 0.6)).replace(/[\s,;:.]+$/, '')}…`;
}

function actorEntry(id: string, a: Actor): SearchEntry {
  return clean({ t: 'actor', u: paths.actor(id), n: a.name, a: otherNames(a), s: a.summary, k: kindLabel[a.kind], sd: sideLabel[a.side] });
}

function eventEntry(id: string, e: Event, date: DateSpan): SearchEntry {
  return clean({ t: 'event', u: paths.event(id), n: e.title, s: e.summary, d: formatSpan(date), y: String(date.start.year) });
}

function relationEntry(id: string, r: Relation, name: (id: string) => string): SearchEntry {
  return clean({ t: 'relation', u: paths.relation(id), n: `${name(r.from)} ${relationVerb[r.type]} ${name(r.to)}`, s: r.note, g: statusLabel[r.status] });
}

function sourceEntry(id: string, s: Source): SearchEntry {
  const by = [s.publisher, ...s.authors].join(', ');
  return clean({ t: 'source', u: paths.source(id), n: s.title, s: `${by}. ${sourceKindLabel[s.kind]}.`, d: dateOf(s.date) });
}

/** The report's "## " sections: title, anchor and the first words of their text. */
export function reportSections(raw: string): { title: string; anchor: string; text: string }[] {
  const body = raw.slice(bodyOffset(raw));
  const out: { title: string; anchor: string; text: string }[] = [];
  for (const part of body.split(/^##\s+/m).slice(1)) {
    const [heading = '', ...rest] = part.split('\n');
    out.push({ title: heading.trim(), anchor: headingSlug(heading), text: plainText(rest.join('\n')) });
  }
  return out;
}

/** The offline index: every actor, event, relation and source, the report, its sections and claims. */
export function buildSearchIndex(model: SiteModel): SearchIndex {
  const name = (id: string) => model.actors.get(id)?.data.name ?? id;
  const art = model.article;
  const report = paths.report();
  const entries: SearchEntry[] = [
    clean({ t: 'report', u: report, n: art.data.title, a: [art.data.originalTitle], s: art.data.summary, d: dateOf(art.data.published) }),
    ...reportSections(art.raw).map((s) => clean({ t: 'report', u: `${report}#${s.anchor}`, n: s.title, s: clip(s.text) })),
    ...art.data.claims.map((c) => clean({ t: 'report', u: `${report}#claim-${c.id}`, n: c.text, g: statusLabel[c.status] })),
    ...[...model.actors.values()].map((a) => actorEntry(a.id, a.data)),
    ...model.timeline.map((e) => eventEntry(e.id, e.data, model.eventDate.get(e.id)!)),
    ...[...model.relations.values()].map((r) => relationEntry(r.id, r.data, name)),
    ...[...model.sources.values()].map((s) => sourceEntry(s.id, s.data)),
  ];
  return { v: 1, entries };
}

/** The classic script that carries the index: `window.__IDLIB_SEARCH__ = {...}`. */
export function fallbackScript(index: SearchIndex): string {
  const json = JSON.stringify(index).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
  return `window.${FALLBACK_GLOBAL}=${json};\n`;
}

// ------------------------------------------------------------------------------------ matcher

/** Lower case, accents and apostrophes dropped, anything but letters and digits a space. */
export function normalise(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’‘ʼʻ`´]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export function tokens(text: string): string[] {
  const n = normalise(text);
  return n ? n.split(' ') : [];
}

/** Where the query's words run in order inside `words`, the last one as a prefix; -1 if nowhere. */
function phraseAt(words: string[], query: string[]): number {
  outer: for (let i = 0; i + query.length <= words.length; i++) {
    for (let j = 0; j < query.length; j++) {
      const w = words[i + j]!;
      const q = query[j]!;
      if (j === query.length - 1 ? !w.startsWith(q) : w !== q) continue outer;
    }
    return i;
  }
  return -1;
}

const hasPrefix = (words: string[], q: string) => words.some((w) => w.startsWith(q));

/** Higher first among equal scores: a profile before an event before a relation. */
const TYPE_BONUS: Record<PageType, number> = { actor: 6, event: 4, report: 3, relation: 2, source: 1 };

export interface SearchHit {
  entry: SearchEntry;
  score: number;
  /** The other name that matched, when it was not the main name. */
  via?: string;
}

export type FacetSelection = Partial<Record<FacetKey, string[]>>;

/** An entry's facet values, as the filters of its page would give them. */
export function entryFacets(e: SearchEntry): Partial<Record<FacetKey, string | undefined>> {
  return { type: search.types[e.t], kind: e.k, side: e.sd, year: e.y, grade: e.g };
}

/** True when, for every facet with a selection, the entry has one of the selected values. */
export function passes(e: SearchEntry, selection: FacetSelection = {}): boolean {
  const f = entryFacets(e);
  return FACET_KEYS.every((k) => {
    const wanted = selection[k];
    return !wanted || wanted.length === 0 || (f[k] !== undefined && wanted.includes(f[k]!));
  });
}

/** How well one entry matches the query's words; undefined when a word is missing. */
export function scoreEntry(e: SearchEntry, query: string[]): SearchHit | undefined {
  if (query.length === 0) return undefined;
  const joined = query.join(' ');
  const names = [e.n, ...(e.a ?? [])];
  let best = 0;
  let via: string | undefined;
  names.forEach((name, i) => {
    const words = tokens(name);
    const at = phraseAt(words, query);
    const s = words.join(' ') === joined ? 100
      : at === 0 ? 85
      : at > 0 ? 75
      : query.every((q) => hasPrefix(words, q)) ? 60
      : 0;
    if (s > best) { best = s; via = i > 0 ? name : undefined; }
  });
  if (best === 0) {
    const words = tokens([...names, e.s ?? '', e.k ?? '', e.d ?? ''].join(' '));
    if (!query.every((q) => hasPrefix(words, q))) return undefined;
    const inName = tokens(names.join(' '));
    best = 20 + 5 * query.filter((q) => hasPrefix(inName, q)).length;
  }
  return { entry: e, score: best + TYPE_BONUS[e.t], ...(via ? { via } : {}) };
}

/**
 * Entries matching every word of the query (as word prefixes, ignoring case and accents) and the
 * selected facets, best first. With no words, every entry that passes the facets, by type and name.
 */
export function searchIndex(index: SearchIndex, query: string, selection: FacetSelection = {}): SearchHit[] {
  const words = tokens(query);
  const pool = index.entries.filter((e) => passes(e, selection));
  const byName = (a: SearchHit, b: SearchHit) => a.entry.n.length - b.entry.n.length || a.entry.n.localeCompare(b.entry.n);
  if (words.length === 0) {
    if (!FACET_KEYS.some((k) => selection[k]?.length)) return [];
    return pool.map((entry) => ({ entry, score: 0 }))
      .sort((a, b) => PAGE_TYPES.indexOf(a.entry.t) - PAGE_TYPES.indexOf(b.entry.t) || a.entry.n.localeCompare(b.entry.n));
  }
  return pool.map((e) => scoreEntry(e, words)).filter((h): h is SearchHit => !!h)
    .sort((a, b) => b.score - a.score || byName(a, b));
}

/** How many entries each facet value has among `hits` (for the counts beside the checkboxes). */
export function facetCounts(entries: SearchEntry[]): Record<FacetKey, Record<string, number>> {
  const out = Object.fromEntries(FACET_KEYS.map((k) => [k, {} as Record<string, number>])) as Record<FacetKey, Record<string, number>>;
  for (const e of entries) {
    const f = entryFacets(e);
    for (const k of FACET_KEYS) if (f[k] !== undefined) out[k][f[k]!] = (out[k][f[k]!] ?? 0) + 1;
  }
  return out;
}

// ------------------------------------------------------------------------------------ A–Z index

export interface AzEntry {
  /** The text sorted and shown. */
  label: string;
  type: PageType;
  path: string;
  /** For an other name: the main name it points to. */
  see?: string;
  /** A short note: kind of actor, date of event, publisher of source. */
  note?: string;
}

/** The sort key: accents and case ignored, a leading "the " or "al-" not counted. */
export function azKey(label: string): string {
  return normalise(label).replace(/^(the|al) /, '');
}

/** Every actor (and each other name), event and source, in A–Z order, grouped by first letter. */
export function azIndex(model: SiteModel): { letter: string; entries: AzEntry[] }[] {
  const list: AzEntry[] = [];
  for (const a of model.actors.values()) {
    const path = paths.actor(a.id);
    list.push({ label: a.data.name, type: 'actor', path, note: kindLabel[a.data.kind] });
    const other = new Set([a.data.shortName, ...a.data.aliases, ...a.data.formerNames.map((f) => f.name)]);
    for (const o of other) if (o && o !== a.data.name) list.push({ label: o, type: 'actor', path, see: a.data.name });
  }
  for (const e of model.timeline) list.push({ label: e.data.title, type: 'event', path: paths.event(e.id), note: formatSpan(model.eventDate.get(e.id)!) });
  for (const s of model.sources.values()) list.push({ label: s.data.title, type: 'source', path: paths.source(s.id), note: `${s.data.publisher}, ${dateOf(s.data.date)}` });
  list.sort((a, b) => azKey(a.label).localeCompare(azKey(b.label)) || a.label.localeCompare(b.label));
  const groups = new Map<string, AzEntry[]>();
  for (const e of list) {
    const first = azKey(e.label).charAt(0).toUpperCase();
    const letter = /[A-Z]/.test(first) ? first : '#';
    groups.set(letter, [...(groups.get(letter) ?? []), e]);
  }
  return [...groups].map(([letter, entries]) => ({ letter, entries }));
}
