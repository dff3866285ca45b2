/**
 * The offline search: matches a query against an edition's offline index (offline-index.ts builds
 * it; pages opened from disk load it as search-fallback.js). Every word of the query must occur,
 * as a word or the start of one, compared through normalise.ts (case, accents, Arabic spellings
 * and the article do not count); hits on a name or an alias rank first (ranking.ts). Pure; the
 * part of search the browser runs.
 */
import { textForms, tokens } from './normalise';
import { LEADER_BONUS, NAME_SCORES, SOURCE_NAME_CAP, TEXT_SCORES, TYPE_BONUS } from './ranking';
import {
  FACET_KEYS,
  PAGE_TYPES,
  type FacetKey,
  type FacetSelection,
  type PageType,
} from './vocabulary';

/** One searchable entry. Short keys: the index ships to the browser. Facet values are ids. */
export interface SearchEntry {
  /** Type of page. */
  t: PageType;
  /** Site path without a leading slash: "actors/hts/", "sources/#reuters-2019-07-10". */
  u: string;
  /** Name or title. */
  n: string;
  /** Other names: short name, aliases, former names. */
  a?: string[];
  /** Every name of its leaders, for a group found through them (ranking.ts LED_THROUGH_GROUP). */
  l?: string[];
  /** Summary or note. */
  s?: string;
  /** Kind of actor (id). */
  k?: string;
  /** Side in mid-2019 (id). */
  sd?: string;
  /** Date as text, in the edition's language. */
  d?: string;
  /** Year of an event. */
  y?: string;
  /** Grade (id). */
  g?: string;
}

export interface SearchIndex {
  v: 2;
  entries: SearchEntry[];
}

/** The global the offline index's script sets. */
export const FALLBACK_GLOBAL = '__IDLIB_SEARCH__';
/** The offline index's script, in each edition ("search-fallback.js", "ar/search-fallback.js"). */
export const FALLBACK_PATH = 'search-fallback.js';

export interface SearchHit {
  entry: SearchEntry;
  score: number;
  /** The other name that matched, when it was not the main name. */
  via?: string;
}

/** An entry's facet values (ids), as the filters of its page give them. */
export function entryFacets(e: SearchEntry): Partial<Record<FacetKey, string | undefined>> {
  return { type: e.t, kind: e.k, side: e.sd, year: e.y, grade: e.g };
}

/** True when, for every facet with a selection, the entry has one of the selected values. */
export function passes(e: SearchEntry, selection: FacetSelection = {}): boolean {
  const f = entryFacets(e);
  return FACET_KEYS.every((k) => {
    const wanted = selection[k];
    const v = f[k];
    return !wanted || wanted.length === 0 || (v !== undefined && wanted.includes(v));
  });
}

type Words = string[][];

const formsCache = new Map<string, Words>();
/** The forms of each word of a text, computed once per text (the index does not change). */
function formsOf(text: string): Words {
  let w = formsCache.get(text);
  if (!w) {
    w = textForms(text);
    formsCache.set(text, w);
  }
  return w;
}

const isWord = (forms: string[], q: string) => forms.includes(q);
const startsWord = (forms: string[], q: string) => forms.some((f) => f.startsWith(q));
const hasPrefix = (words: Words, q: string) => words.some((w) => startsWord(w, q));

/** Where the query's words run in order inside `words`, the last one as a prefix; -1 if nowhere. */
function phraseAt(words: Words, query: string[]): number {
  outer: for (let i = 0; i + query.length <= words.length; i++) {
    for (let j = 0; j < query.length; j++) {
      const w = words[i + j]!;
      const q = query[j]!;
      if (j === query.length - 1 ? !startsWord(w, q) : !isWord(w, q)) continue outer;
    }
    return i;
  }
  return -1;
}

/** How well one name matches the query's words; 0 when it does not. */
function nameScore(name: string, query: string[]): number {
  const words = formsOf(name);
  const at = phraseAt(words, query);
  if (at === 0 && words.length === query.length && query.every((q, i) => isWord(words[i]!, q)))
    return NAME_SCORES.exact;
  if (at >= 0) return NAME_SCORES.phrase;
  return query.every((q) => hasPrefix(words, q)) ? NAME_SCORES.allWords : 0;
}

/** How well one entry matches the query's words (normalised); undefined when a word is missing. */
function scoreEntry(e: SearchEntry, query: string[]): SearchHit | undefined {
  if (query.length === 0) return undefined;
  const names = [e.n, ...(e.a ?? [])];
  let best = 0;
  let via: string | undefined;
  names.forEach((name, i) => {
    const s = nameScore(name, query);
    if (s > best) {
      best = s;
      via = i > 0 ? name : undefined;
    }
  });
  for (const leader of e.l ?? []) {
    const s = nameScore(leader, query);
    if (s > 0 && s + LEADER_BONUS > best) {
      best = s + LEADER_BONUS;
      via = undefined;
    }
  }
  if (e.t === 'source') best = Math.min(best, SOURCE_NAME_CAP);
  if (best === 0) {
    const words = [...names, e.s ?? '', e.d ?? ''].flatMap(formsOf);
    if (!query.every((q) => hasPrefix(words, q))) return undefined;
    const inName = names.flatMap(formsOf);
    best =
      TEXT_SCORES.base +
      TEXT_SCORES.perWordInName * query.filter((q) => hasPrefix(inName, q)).length;
  }
  return { entry: e, score: best + TYPE_BONUS[e.t], ...(via ? { via } : {}) };
}

/**
 * Entries matching every word of the query and the selected facets, best first. With no words,
 * every entry that passes the facets (none without a facet), by type and name.
 */
export function searchIndex(
  index: SearchIndex,
  query: string,
  selection: FacetSelection = {},
): SearchHit[] {
  const words = tokens(query);
  const pool = index.entries.filter((e) => passes(e, selection));
  if (words.length === 0) {
    if (!FACET_KEYS.some((k) => selection[k]?.length)) return [];
    return pool
      .map((entry) => ({ entry, score: 0 }))
      .sort(
        (a, b) =>
          PAGE_TYPES.indexOf(a.entry.t) - PAGE_TYPES.indexOf(b.entry.t) ||
          a.entry.n.localeCompare(b.entry.n),
      );
  }
  const byName = (a: SearchHit, b: SearchHit) =>
    a.entry.n.length - b.entry.n.length || a.entry.n.localeCompare(b.entry.n);
  return pool
    .map((e) => scoreEntry(e, words))
    .filter((h): h is SearchHit => !!h)
    .sort((a, b) => b.score - a.score || byName(a, b));
}

/** How many entries have each facet value (the counts beside the search page's checkboxes). */
export function facetCounts(entries: SearchEntry[]): Record<FacetKey, Record<string, number>> {
  const out: Record<FacetKey, Record<string, number>> = {
    type: {},
    kind: {},
    side: {},
    year: {},
    grade: {},
  };
  for (const e of entries) {
    const f = entryFacets(e);
    for (const k of FACET_KEYS) {
      const v = f[k];
      if (v !== undefined) out[k][v] = (out[k][v] ?? 0) + 1;
    }
  }
  return out;
}
