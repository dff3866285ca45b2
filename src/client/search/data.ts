/**
 * What the build gives the search interface for this edition (src/lib/search/client-data.ts): its
 * sentences, the labels of facet value ids and Pagefind's ranking options. The edition's
 * search-ui.js sets it before this code runs.
 */
import type { SearchClientData } from '../../lib/search/client-data';
import { plural, fill, type Plural } from '../../lib/search/phrases';
import type { FacetKey } from '../../lib/search/vocabulary';

declare global {
  interface Window {
    __IDLIB_SEARCH_DATA__?: SearchClientData;
  }
}

const given = window.__IDLIB_SEARCH_DATA__;
if (!given) throw new Error('search-ui.js: no search data (window.__IDLIB_SEARCH_DATA__)');
export const data: SearchClientData = given;
export const text = data.text;

/** A sentence with a number and the words searched for, in the edition's language. */
export const say = (forms: Plural, n: number, q = '') => plural(data.lang, forms, n, q);
/** A sentence with the words searched for. */
export const sayQuery = (template: string, q: string) => fill(template, { q });

/** The edition's label of a facet value id ("armed-group" → "Armed group"). */
export const label = (facet: FacetKey, id: string) => data.labels[facet][id] ?? id;
