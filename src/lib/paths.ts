/**
 * Routes of the site, relative to its base. Pages link through these so a route changes in one place.
 */
export const paths = {
  home: () => '',
  report: () => 'report/',
  actors: () => 'actors/',
  actor: (id: string) => `actors/${id}/`,
  events: () => 'events/',
  event: (id: string) => `events/${id}/`,
  relation: (id: string) => `relations/${id}/`,
  sources: () => 'sources/',
  source: (id: string) => `sources/#${id}`,
  method: () => 'method/',
  map: () => 'map/',
  /** A place's entry in the map page's list of places. */
  place: (id: string) => `map/#place-${id}`,
  corrections: () => 'corrections/',
  correction: (id: string) => `corrections/#correction-${id}`,
};

/** Joins the configured base (e.g. "/" or "/idlib/") and a route. */
export function withBase(base: string, path: string): string {
  const b = base.endsWith('/') ? base : `${base}/`;
  return `${b}${path.replace(/^\//, '')}`;
}
