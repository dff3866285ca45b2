/**
 * Every interface string in one place, so a second language (Arabic first) is one more table.
 */
import type { ActorKind, FramingKind, RelationType, Side, SourceKind, Status } from './vocabulary';

export const lang = 'en';
export const dir = 'ltr';

export const site = {
  name: 'The Idlib explainer',
  tagline: 'Who backs whom in the stalled 2019 offensive on Idlib, north-west Syria',
  skip: 'Skip to content',
  nav: 'Main',
  footer: 'An explainer of one news report. Content under CC BY 4.0, code under MIT.',
};

export const nav = [
  { path: '', label: 'Home' },
  { path: 'report/', label: 'The report' },
  { path: 'who-backs-whom/', label: 'Who backs whom' },
  { path: 'actors/', label: 'Actors' },
  { path: 'events/', label: 'Timeline' },
  { path: 'sources/', label: 'Sources' },
  { path: 'method/', label: 'Method' },
] as const;

export const kindLabel: Record<ActorKind, string> = {
  state: 'State',
  government: 'Government',
  'armed-group': 'Armed group',
  coalition: 'Coalition',
  person: 'Person',
  monitor: 'Monitor',
  outlet: 'News outlet',
  'international-body': 'International body',
};

export const kindPlural: Record<ActorKind, string> = {
  state: 'States',
  government: 'Governments',
  'armed-group': 'Armed groups',
  coalition: 'Coalitions',
  person: 'People',
  monitor: 'Monitors',
  outlet: 'News outlets',
  'international-body': 'International bodies',
};

export const sideLabel: Record<Side, string> = {
  'pro-government': 'Government and its allies',
  opposition: 'Opposition and its backers',
  jihadist: 'Jihadist groups',
  'islamic-state': 'Islamic State',
  'us-sdf': 'United States and the SDF',
  observer: 'Monitors, outlets and international bodies',
};

export const relationLabel: Record<RelationType, string> = {
  'military-support': 'military support',
  'arms-supply': 'arms supply',
  funding: 'funding',
  'political-backing': 'political backing',
  coordination: 'coordination',
  affiliation: 'affiliation',
  leadership: 'leads',
  'member-of': 'member of',
  'splinter-of': 'splinter of',
  'merged-into': 'merged into',
  'successor-of': 'successor of',
  rivalry: 'rivalry',
  'armed-conflict': 'armed conflict',
  designation: 'designates as terrorist',
  'unknown-link': 'unknown link',
};

/** How a relation reads as a sentence: "Russia gives military support to the Syrian government". */
export const relationVerb: Record<RelationType, string> = {
  'military-support': 'gives military support to',
  'arms-supply': 'supplies arms to',
  funding: 'funds',
  'political-backing': 'backs politically',
  coordination: 'coordinates with',
  affiliation: 'is affiliated with',
  leadership: 'leads',
  'member-of': 'is a member of',
  'splinter-of': 'split from',
  'merged-into': 'merged into',
  'successor-of': 'succeeds',
  rivalry: 'is a rival of',
  'armed-conflict': 'fights',
  designation: 'designates as terrorist',
  'unknown-link': 'has an unclear link to',
};

export const statusLabel: Record<Status, string> = {
  confirmed: 'Confirmed',
  reported: 'Reported',
  alleged: 'Alleged',
  disputed: 'Disputed',
  denied: 'Denied',
};

export const statusHelp: Record<Status, string> = {
  confirmed: 'On the record from the parties themselves, or from several independent reliable sources.',
  reported: 'Reported by a reliable outlet; not independently confirmed.',
  alleged: 'Claimed by a party or an unnamed source; unconfirmed.',
  disputed: 'Contested: the parties or reliable sources disagree.',
  denied: 'Denied by the party concerned.',
};

export const sourceKindLabel: Record<SourceKind, string> = {
  news: 'News report',
  analysis: 'Analysis',
  official: 'Official document or statement',
  monitor: 'Monitor\'s report',
  research: 'Research',
  reference: 'Reference',
};

export const framingLabel: Record<FramingKind, string> = {
  label: 'The outlet\'s label',
  error: 'Error',
  simplification: 'Simplification',
  unverified: 'Unverified',
  outdated: 'True only at the time',
};

export const periodEnd = { ongoing: 'ongoing', unknown: 'end unknown' } as const;

/** Two-letter codes for the matrix cells; the key is printed beside it. */
export const relationCode: Record<RelationType, string> = {
  'military-support': 'MS',
  'arms-supply': 'AR',
  funding: 'FU',
  'political-backing': 'PB',
  coordination: 'CO',
  affiliation: 'AF',
  leadership: 'LE',
  'member-of': 'ME',
  'splinter-of': 'SP',
  'merged-into': 'MI',
  'successor-of': 'SU',
  rivalry: 'RI',
  'armed-conflict': 'AC',
  designation: 'DE',
  'unknown-link': '??',
};

export const wbw = {
  title: 'Who backs whom',
  description: 'Every relation between the actors of the Idlib offensive as a network, a matrix and a table: who backs, arms, fights, leads and designates whom, each relation dated, graded and sourced.',
  views: { network: 'Network', matrix: 'Matrix', table: 'Table' },
};
