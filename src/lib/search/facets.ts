/**
 * What each page gives Pagefind besides its text: filters (ids: type of page, kind of actor, side,
 * year, grade), metadata shown with results (a date) or weighed in ranking (names, leaders), and
 * text indexed but not shown. Entry page templates write `pagefindTags(...)` right after their
 * <h1>; the search page lists `facetOptions(...)` as checkboxes. Build side only; pure.
 */
import { otherNames, type Actor, type Relation } from '../dataset';
import type { SiteModel } from '../model';
import type { DateSpan } from '../dates';
import { formatSpan } from '../dates';
import { dateText } from '../format';
import type { Dictionary } from '../strings';
import { en } from '../strings';
import { ACTOR_KINDS, SIDES, GRADES } from '../vocabulary';
import { searchForms } from './normalise';
import { TEXT_WEIGHTS, ranksForLeaders, type MetaField } from './ranking';
import { PAGE_TYPES, type FacetKey } from './vocabulary';
import { escapeAttr, escapeText } from '../escape';

/** One page's filters (ids), metadata and hidden weighted text. */
export interface Facets {
  filters: Partial<Record<FacetKey, string>>;
  /** `date` is shown with the result; the ranking fields are weighed (ranking.ts META_WEIGHTS). */
  meta: Partial<Record<Exclude<MetaField, 'title' | 'forms'> | 'date', string>>;
  /** Text indexed with a weight but not shown on the page. */
  hidden?: { text: string; weight: number };
}

/** Names for a ranking field: as written, then their normalised forms (so "جولاني" weighs like "الجولاني"). */
function rankingNames(names: string[]): string {
  return [...names, ...searchForms(names.join(' '))].join(' · ');
}

/**
 * Every name of the leaders of a group that readers know through them (ranking.ts
 * LED_THROUGH_GROUP); none for other actors.
 */
export function leaderNames(
  a: Pick<Actor, 'kind' | 'leaders'>,
  model: Pick<SiteModel, 'actors'>,
): string[] {
  if (!ranksForLeaders(a.kind)) return [];
  return a.leaders.flatMap((id) => {
    const l = model.actors.get(id)?.data;
    return l ? [l.name, ...otherNames(l)] : [];
  });
}

/** An actor's facets: its names, and its leaders' names where ranking.ts weighs them. */
export function actorFacets(id: string, model: Pick<SiteModel, 'actors'>): Facets {
  const a = model.actors.get(id)?.data;
  if (!a) throw new Error(`actorFacets: no actor "${id}"`);
  const leaders = leaderNames(a, model);
  return {
    filters: { type: 'actor', kind: a.kind, side: a.side },
    meta: {
      names: rankingNames([a.name, ...otherNames(a)]),
      ...(leaders.length ? { leaders: rankingNames(leaders) } : {}),
    },
  };
}

export function eventFacets(date: DateSpan, t: Dictionary = en): Facets {
  return {
    filters: { type: 'event', year: String(date.start.year) },
    meta: { date: formatSpan(date, t.dates) },
  };
}

/**
 * A relation's facets, with the report's claims that rest on it as hidden weighted text: search
 * finds the relation by the words of those claims.
 */
export function relationFacets(
  r: Pick<Relation, 'grade'>,
  id: string,
  model: Pick<SiteModel, 'article'>,
): Facets {
  const claims = model.article.data.claims
    .filter((c) => c.relations.includes(id))
    .map((c) => c.text);
  return {
    filters: { type: 'relation', grade: r.grade },
    meta: {},
    ...(claims.length ? { hidden: { text: claims.join(' '), weight: TEXT_WEIGHTS.claims } } : {}),
  };
}

export function reportFacets(published: string, t: Dictionary = en): Facets {
  return { filters: { type: 'report' }, meta: { date: dateText(published, t) } };
}

export function sourcesFacets(): Facets {
  return { filters: { type: 'source' }, meta: {} };
}

/**
 * The elements that give Pagefind a page's facets: one empty element per filter or metadata pair
 * ("key:value", one per element, so values may hold commas), and the hidden weighted text.
 */
export function pagefindTags(f: Facets): string {
  const tag = (what: 'filter' | 'meta', k: string, v: string | undefined) =>
    v ? `<span data-pagefind-${what}="${escapeAttr(`${k}:${v}`)}"></span>` : '';
  return [
    ...Object.entries(f.filters).map(([k, v]) => tag('filter', k, v)),
    ...Object.entries(f.meta).map(([k, v]) => tag('meta', k, v)),
    f.hidden
      ? `<p hidden data-pagefind-weight="${f.hidden.weight}">${escapeText(f.hidden.text)}</p>`
      : '',
  ].join('');
}

/** One checkbox of the search page: the id in the URL, the edition's label beside it. */
export interface FacetOption {
  value: string;
  label: string;
}

/** Every value each facet can take, in reading order (vocabulary order, years ascending), with labels. */
export function facetOptions(
  model: SiteModel,
  t: Dictionary = en,
): Record<FacetKey, FacetOption[]> {
  const actors = [...model.actors.values()].map((a) => a.data);
  const relations = [...model.relations.values()].map((r) => r.data);
  const years = [...new Set([...model.eventDate.values()].map((d) => d.start.year))].sort(
    (a, b) => a - b,
  );
  const labels = facetLabels(t);
  const options = (k: FacetKey, ids: readonly string[]) =>
    ids.map((value) => ({ value, label: labels[k][value] ?? value }));
  return {
    type: options('type', PAGE_TYPES),
    kind: options(
      'kind',
      ACTOR_KINDS.filter((k) => actors.some((a) => a.kind === k)),
    ),
    side: options(
      'side',
      SIDES.filter((s) => actors.some((a) => a.side === s)),
    ),
    year: options('year', years.map(String)),
    grade: options(
      'grade',
      GRADES.filter((s) => relations.some((r) => r.grade === s)),
    ),
  };
}

/** The edition's label of every facet value id (years read as they are). */
export function facetLabels(t: Dictionary = en): Record<FacetKey, Record<string, string>> {
  return {
    type: t.search.types,
    kind: t.kindLabel,
    side: t.sideLabel,
    year: {},
    grade: t.gradeLabel,
  };
}
