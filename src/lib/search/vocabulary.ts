/**
 * The language-neutral ids of search: types of page and the facets (filters). URLs, Pagefind's
 * filters and the offline index carry these ids, never labels, so `?type=event&kind=armed-group`
 * means the same in every edition; each edition shows its own labels (strings/<lang>.ts `search`).
 */
export const PAGE_TYPES = ['report', 'actor', 'event', 'relation', 'source'] as const;
export type PageType = (typeof PAGE_TYPES)[number];

export const FACET_KEYS = ['type', 'kind', 'side', 'year', 'grade'] as const;
export type FacetKey = (typeof FACET_KEYS)[number];

/** Selected values (ids) per facet: within a facet any value, across facets every facet. */
export type FacetSelection = Partial<Record<FacetKey, string[]>>;
