/**
 * The content as plain data: what the Astro loader hands to the pure logic (validation, graph,
 * exports). No Astro imports here, so all of it runs in unit tests.
 */
import type { ActorKind, FramingKind, PlaceKind, PlaceMap, RelationType, Side, SourceKind, Status } from './vocabulary';

export interface Entry<T> {
  id: string;
  /** Path of the content file relative to the project root. */
  file: string;
  /** The whole file as written, for line numbers in error messages. */
  raw: string;
  data: T;
}

export interface FormerName { name: string; from?: string | undefined; until?: string | undefined }

export interface Actor {
  name: string;
  shortName?: string | undefined;
  aliases: string[];
  formerNames: FormerName[];
  kind: ActorKind;
  side: Side;
  summary: string;
  leaders: string[];
  founded?: string | undefined;
  dissolved?: string | undefined;
  country?: string | undefined;
  sources: string[];
}

export interface Participant { actor: string; role: string }

export interface Event {
  title: string;
  date: string;
  summary: string;
  /** The id of an entry in places. */
  place?: string | undefined;
  participants: Participant[];
  sources: string[];
}

export interface Period { from: string; to: string; startGiven?: boolean | undefined }

export interface Relation {
  from: string;
  to: string;
  type: RelationType;
  periods: Period[];
  status: Status;
  claimant?: string | undefined;
  claimantActor?: string | undefined;
  reportedBy?: string | undefined;
  note: string;
  sources: string[];
}

export interface Source {
  title: string;
  publisher: string;
  citeAs?: string | undefined;
  authors: string[];
  date: string;
  kind: SourceKind;
  url?: string | undefined;
  read: boolean;
  details?: string | undefined;
  reliability?: string | undefined;
  language: string;
  /** In a translated edition: the headline in that edition's language (the original stays in title). */
  titleTranslation?: string | undefined;
}

export interface Coordinates { lat: number; lon: number; source?: string | undefined }

export interface Place {
  name: string;
  shortName?: string | undefined;
  otherNames: string[];
  kind: PlaceKind;
  country: string;
  governorate?: string | undefined;
  map: PlaceMap;
  coordinates?: Coordinates | undefined;
  around?: string[] | undefined;
  within?: string | undefined;
  note?: string | undefined;
}

export interface Claim {
  id: string;
  text: string;
  status: Status;
  relations: string[];
  events: string[];
  sources: string[];
}

export interface Framing { wording: string; kind: FramingKind; note: string; sources: string[] }

export interface Article {
  title: string;
  originalTitle: string;
  /** In a translated edition: the outlet's headline in that edition's language. */
  originalTitleTranslation?: string | undefined;
  outlet: string;
  published: string;
  source: string;
  basedOn: string;
  summary: string;
  claims: Claim[];
  framing: Framing[];
}

export interface Correction {
  /** YYYY-MM-DD: the day the correction was made. */
  date: string;
  /** The entries it touches, as "collection/id" (e.g. "relations/x--type--y"). */
  entries: string[];
  wrong: string;
  right: string;
  sources: string[];
}

export interface Dataset {
  actors: Entry<Actor>[];
  events: Entry<Event>[];
  relations: Entry<Relation>[];
  sources: Entry<Source>[];
  article: Entry<Article>[];
  places: Entry<Place>[];
  corrections: Entry<Correction>[];
}

/** Astro hands references over as { collection, id }; the logic works with plain ids. */
export function refId(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object' && 'id' in value) return String((value as { id: unknown }).id);
  throw new Error(`not a reference: ${JSON.stringify(value)}`);
}

/** Replaces every { collection, id } reference inside plain data by its id, recursively. */
export function flattenRefs<T>(value: T): T {
  if (Array.isArray(value)) return value.map(flattenRefs) as T;
  if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    const keys = Object.keys(o);
    if (keys.length === 2 && 'id' in o && 'collection' in o) return o['id'] as T;
    return Object.fromEntries(keys.map((k) => [k, flattenRefs(o[k])])) as T;
  }
  return value;
}

export function byId<T>(entries: Entry<T>[]): Map<string, Entry<T>> {
  return new Map(entries.map((e) => [e.id, e]));
}

/** Where an MDX body starts: after the frontmatter block, as Astro finds it. */
export function bodyOffset(raw: string): number {
  const m = /^(?:\uFEFF)?(?:\s*\n)?---\r?\n[\s\S]*?\r?\n---[ \t]*(?:\r?\n|$)/.exec(raw);
  return m ? m[0].length : 0;
}
