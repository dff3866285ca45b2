/**
 * The two ways the interface searches. Served over http(s) it imports Pagefind (one index per
 * language, chosen by the page's <html lang>) and sends it the query normalised as the build
 * normalised the pages' word forms. Opened from disk (file://), where Pagefind cannot load, it adds
 * the edition's offline index (search-fallback.js, a classic script) and runs the matcher.
 * Everything is resolved against the site root, never root-absolute.
 */
import { sharedUrl, siteUrl } from '../site-root';
import { matchRanges, pagefindQuery } from '../../lib/search/normalise';
import {
  entryFacets,
  facetCounts,
  FALLBACK_GLOBAL,
  FALLBACK_PATH,
  searchIndex,
  type SearchIndex,
} from '../../lib/search/matcher';
import { FACET_KEYS, type FacetKey, type FacetSelection } from '../../lib/search/vocabulary';
import { isObject } from '../../lib/typed';
import { data } from './data';
import { el } from '../dom';
import { d } from './dom';
import { escapeText } from '../../lib/escape';

export const HIGHLIGHT_PARAM = 'pagefind-highlight';

export interface Sub {
  url: string;
  title: string;
  excerpt: string;
}
export interface Hit {
  url: string;
  title: string;
  /** HTML: text and <mark> only (rebuilt as nodes before display). */
  excerpt: string;
  /** The page's facet value ids. */
  facets: Partial<Record<FacetKey, string>>;
  date?: string;
  /** The other name that matched, when it was not the main name. */
  via?: string;
  subs: Sub[];
}
export type Counts = Partial<Record<FacetKey, Record<string, number>>>;
/** Results, with counts per facet value: among these results, and for the words alone. */
export interface Found {
  hits: Hit[];
  total: number;
  counts: Counts;
  totals: Counts;
}
export interface Backend {
  offline: boolean;
  /** `counted`: count the results per facet value (the search page's filters). */
  search(
    query: string,
    selection: FacetSelection,
    limit: number,
    counted?: boolean,
  ): Promise<Found>;
}

/** A result's link, with the words searched for, for the result page to highlight. */
function resultUrl(path: string, query: string): string {
  // Pagefind's URLs start at the site root ("/ar/actors/hts/"); the offline index's at the edition's.
  const url = new URL(path.startsWith('/') ? sharedUrl(path) : siteUrl(path));
  if (query.trim()) url.searchParams.set(HIGHLIGHT_PARAM, query.trim());
  return url.href;
}

/** Plain text with the query's words marked, as HTML. */
function markText(text: string, query: string): string {
  let out = '';
  let at = 0;
  for (const [start, end] of matchRanges(text, query)) {
    out += `${escapeText(text.slice(at, start))}<mark>${escapeText(text.slice(start, end))}</mark>`;
    at = end;
  }
  return out + escapeText(text.slice(at));
}

let chosen: Promise<Backend> | undefined;

export function backend(): Promise<Backend> {
  chosen ??= location.protocol === 'file:' ? offlineBackend() : pagefindBackend();
  return chosen;
}

interface PagefindResult {
  data(): Promise<PagefindData>;
}
interface PagefindData {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
  filters?: Record<string, string[]>;
  sub_results?: { url: string; title: string; excerpt: string }[];
}
interface Pagefind {
  options(o: object): Promise<void>;
  init(): Promise<void>;
  search(
    q: string | null,
    o?: object,
  ): Promise<{ results: PagefindResult[]; filters: Counts; totalFilters: Counts }>;
}

/** Whether a loaded module is Pagefind's (the three functions this file calls). */
function isPagefind(module: unknown): module is Pagefind {
  return (
    isObject(module) &&
    ['options', 'init', 'search'].every((name) => typeof module[name] === 'function')
  );
}

async function pagefindBackend(): Promise<Backend> {
  const pf: unknown = await import(/* @vite-ignore */ sharedUrl('pagefind/pagefind.js'));
  if (!isPagefind(pf)) throw new Error('pagefind/pagefind.js is not the Pagefind module');
  // No worker: one small index, and one file fewer to fetch before the first result.
  await pf.options({ noWorker: true, excerptLength: 22, ranking: data.ranking });
  await pf.init();
  return {
    offline: false,
    async search(query, selection, limit, counted = false) {
      // On the search page every facet is named (an empty "any" selects all), so Pagefind loads
      // and counts each; the header's quick results need no filters, and load none.
      const filters = counted
        ? Object.fromEntries(FACET_KEYS.map((k) => [k, { any: selection[k] ?? [] }]))
        : {};
      const res = await pf.search(pagefindQuery(query) || null, { filters });
      const pages = await Promise.all(res.results.slice(0, limit).map((r) => r.data()));
      const hits = pages.map((p): Hit => {
        const facets = Object.fromEntries(
          FACET_KEYS.flatMap((k) => (p.filters?.[k]?.[0] ? [[k, p.filters[k][0]]] : [])),
        );
        return {
          url: resultUrl(p.url, query),
          title: p.meta['title'] ?? p.url,
          excerpt: p.excerpt,
          facets,
          ...(p.meta['date'] ? { date: p.meta['date'] } : {}),
          // Sections of the report that match (Pagefind makes them from headings with ids).
          subs:
            facets['type'] !== 'report'
              ? []
              : (p.sub_results ?? [])
                  .filter((s) => s.url.includes('#'))
                  .slice(0, 3)
                  .map((s) => ({
                    url: resultUrl(s.url, query),
                    title: s.title,
                    excerpt: s.excerpt,
                  })),
        };
      });
      return { hits, total: res.results.length, counts: res.filters, totals: res.totalFilters };
    },
  };
}

declare global {
  interface Window {
    __IDLIB_SEARCH__?: SearchIndex;
  }
}

function offlineBackend(): Promise<Backend> {
  const make = (index: SearchIndex): Backend => ({
    offline: true,
    // the offline index answers at once; the Backend interface is asynchronous for Pagefind
    search(query, selection, limit) {
      const hits = searchIndex(index, query, selection);
      const words = query.trim() ? searchIndex(index, query).map((h) => h.entry) : index.entries;
      return Promise.resolve({
        total: hits.length,
        counts: facetCounts(hits.map((h) => h.entry)),
        totals: facetCounts(words),
        hits: hits.slice(0, limit).map(({ entry: e, via }) => ({
          url: resultUrl(e.u, query),
          title: e.n,
          excerpt: markText(e.s ?? '', query),
          facets: Object.fromEntries(
            Object.entries(entryFacets(e)).filter(([, v]) => v !== undefined),
          ),
          ...(e.d ? { date: e.d } : {}),
          ...(via ? { via } : {}),
          subs: [],
        })),
      });
    },
  });
  const loaded = () => window[FALLBACK_GLOBAL];
  return new Promise((resolve, reject) => {
    const ready = loaded();
    if (ready) {
      resolve(make(ready));
      return;
    }
    const s = el('script', { src: siteUrl(FALLBACK_PATH) });
    s.onload = () => {
      const i = loaded();
      if (i) resolve(make(i));
      else reject(new Error('no index'));
    };
    s.onerror = () => reject(new Error(`could not load ${FALLBACK_PATH}`));
    d.head.appendChild(s);
  });
}
