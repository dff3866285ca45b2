/**
 * What the search interface gets from the build, per edition, as data: its sentences, the labels of
 * every facet value id, and Pagefind's ranking options. The edition's search-ui.js sets it as
 * `window.__IDLIB_SEARCH_DATA__` before the interface's code, so the code holds no language and
 * no weights of its own. Build side only; pure.
 */
import type { Dictionary } from '../strings';
import { facetLabels } from './facets';
import { globalScript } from './global-script';
import { PAGEFIND_RANKING } from './ranking';

/** The global the edition's search-ui.js sets. */
export const SEARCH_DATA_GLOBAL = '__IDLIB_SEARCH_DATA__';

/** The search sentences the interface uses, by key: named once, here. */
const CLIENT_TEXT = [
  'loading',
  'offline',
  'failed',
  'results',
  'filtered',
  'none',
  'all',
  'alias',
  'sections',
  'azLink',
  'dialog',
  'close',
  'metaSeparator',
] as const satisfies readonly (keyof Dictionary['search'])[];

function pick<T extends object, K extends keyof T>(from: T, keys: readonly K[]): Pick<T, K> {
  const out = {} as Pick<T, K>;
  for (const k of keys) out[k] = from[k];
  return out;
}

export function searchClientData(t: Dictionary) {
  return {
    lang: t.lang,
    text: pick(t.search, CLIENT_TEXT),
    labels: facetLabels(t),
    ranking: PAGEFIND_RANKING,
  };
}

export type SearchClientData = ReturnType<typeof searchClientData>;

/** The script that sets the data, placed before the interface's code in search-ui.js. */
export function clientDataScript(t: Dictionary): string {
  return globalScript(SEARCH_DATA_GLOBAL, searchClientData(t));
}
