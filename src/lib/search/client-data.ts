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

export function searchClientData(t: Dictionary) {
  const {
    loading,
    offline,
    failed,
    results,
    filtered,
    none,
    all,
    alias,
    sections,
    azLink,
    dialog,
    close,
    metaSeparator,
  } = t.search;
  return {
    lang: t.lang,
    text: {
      loading,
      offline,
      failed,
      results,
      filtered,
      none,
      all,
      alias,
      sections,
      azLink,
      dialog,
      close,
      metaSeparator,
    },
    labels: facetLabels(t),
    ranking: PAGEFIND_RANKING,
  };
}

export type SearchClientData = ReturnType<typeof searchClientData>;

/** The script that sets the data, placed before the interface's code in search-ui.js. */
export function clientDataScript(t: Dictionary): string {
  return globalScript(SEARCH_DATA_GLOBAL, searchClientData(t));
}
