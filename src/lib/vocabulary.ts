/**
 * The closed vocabularies of the dataset. Labels shown to readers live in strings.ts; these are ids.
 */

export const ACTOR_KINDS = [
  'state',
  'government',
  'armed-group',
  'coalition',
  'person',
  'monitor',
  'outlet',
  'international-body',
] as const;
export type ActorKind = (typeof ACTOR_KINDS)[number];

/** Alignment in mid-2019, the time of the report. */
export const SIDES = [
  'pro-government',
  'opposition',
  'jihadist',
  'islamic-state',
  'us-sdf',
  'observer',
] as const;
export type Side = (typeof SIDES)[number];

export const RELATION_TYPES = [
  'military-support',
  'arms-supply',
  'funding',
  'political-backing',
  'coordination',
  'affiliation',
  'leadership',
  'member-of',
  'splinter-of',
  'merged-into',
  'successor-of',
  'rivalry',
  'armed-conflict',
  'designation',
  'unknown-link',
] as const;
export type RelationType = (typeof RELATION_TYPES)[number];

/** Lineage types: a chain of these may never loop back on itself. */
export const LINEAGE_TYPES: readonly RelationType[] = [
  'splinter-of',
  'merged-into',
  'successor-of',
];

export const GRADES = ['confirmed', 'reported', 'alleged', 'disputed', 'denied'] as const;
export type Grade = (typeof GRADES)[number];

export const SOURCE_KINDS = [
  'news',
  'agency',
  'analysis',
  'official',
  'monitor',
  'research',
  'reference',
] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

/**
 * Kinds of source that can carry a relation to "confirmed" when read: primary statements and
 * listings (official), news agencies' own reporting (agency) and monitors' records (monitor).
 */
export const CONFIRMING_KINDS: readonly SourceKind[] = ['official', 'agency', 'monitor'];

/** The collections a correction may name, as "collection/id". */
export const CORRECTABLE = ['actors', 'events', 'relations', 'sources', 'article'] as const;

export const FRAMING_KINDS = [
  'label',
  'error',
  'simplification',
  'unverified',
  'outdated',
] as const;
export type FramingKind = (typeof FRAMING_KINDS)[number];

/** Kinds of place on the maps (src/content/places/). */
export const PLACE_KINDS = [
  'city',
  'town',
  'village',
  'border-crossing',
  'military-post',
  'site',
  'region',
] as const;
export type PlaceKind = (typeof PLACE_KINDS)[number];

/** The maps a place can be drawn on: the north-west of Syria, Syria in its region, the world. */
export const PLACE_MAPS = ['north-west', 'syria', 'world'] as const;
export type PlaceMap = (typeof PLACE_MAPS)[number];

/** Ids are language-neutral lower-case slugs, so URLs and references stay stable across editions. */
export const SLUG = /^[a-z0-9]+(?:--?[a-z0-9]+)*$/;
