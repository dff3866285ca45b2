/**
 * Every interface string in one place, so a second language (Arabic first) is one more table.
 */
import type { ActorKind, FramingKind, RelationType, Side, SourceKind, Status } from './vocabulary';

export const lang = 'en';
export const dir = 'ltr';

/** "1 actor", "2 actors": a count with the noun in the right number. */
export function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** The text equivalent under an actor's one-hop diagram. */
export function oneHopDescription(actors: number, name: string, relations: number): string {
  return `${count(actors, 'actor', 'actors')} linked to ${name} by ${count(relations, 'relation', 'relations')}; the lists below give each one in text.`;
}

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
  { path: 'map/', label: 'Map' },
  { path: 'sources/', label: 'Sources' },
  { path: 'method/', label: 'Method' },
  { path: 'data/', label: 'Data' },
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
  confirmed: 'Supported by a source we have read that is primary (a party\'s own statement, an official listing), a news agency\'s report or a monitor\'s record.',
  reported: 'Reported by a reliable outlet, or resting on sources that cannot confirm it on their own (analyses, retellings, sources we have not read).',
  alleged: 'Claimed by a party or an unnamed source; unconfirmed.',
  disputed: 'Contested: the parties or reliable sources disagree.',
  denied: 'Denied by the party concerned.',
};

export const sourceKindLabel: Record<SourceKind, string> = {
  news: 'News report',
  agency: 'News agency report',
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

/** Titles of the camps in the network diagrams (short: they must fit a phone's width). */
export const campTitle: Record<Side | 'media', string> = {
  'pro-government': 'Government and allies',
  opposition: 'Opposition and backers',
  jihadist: 'Jihadist groups',
  'islamic-state': 'Islamic State',
  'us-sdf': 'US and SDF',
  observer: 'International bodies',
  media: 'Monitors and outlets',
};

export const wbw = {
  title: 'Who backs whom',
  description: 'Every relation between the actors of the Idlib offensive as a network, a matrix and a table: who backs, arms, fights, leads and designates whom, each relation dated, graded and sourced.',
  views: { network: 'Network', matrix: 'Matrix', table: 'Table' },
};

/** Search: the header field, the search page, the offline search and the A–Z index. */
export const search = {
  label: 'Search the site',
  placeholder: 'Name, place, event…',
  submit: 'Search',
  /** The header's search link on small screens; without JavaScript it opens the A–Z index. */
  open: 'Search',
  shortcut: 'Press / to search',
  dialog: 'Search the site',
  close: 'Close search',
  loading: 'Loading search…',
  offline: 'Offline search: this copy was opened from disk, so search covers names, aliases, titles and summaries only.',
  failed: 'Search could not load. The A–Z index lists every actor, event and source.',
  results: (n: number, q: string) => (n === 1 ? `1 result for “${q}”` : `${n} results for “${q}”`),
  filtered: (n: number) => (n === 1 ? '1 page matches the filters' : `${n} pages match the filters`),
  none: (q: string) => `No results for “${q}”. Try another spelling, or the A–Z index.`,
  all: (n: number) => `See all ${n} results`,
  alias: 'also called',
  sections: 'Matching sections',
  azLink: 'A–Z index',
  page: {
    title: 'Search',
    description: 'Search every actor, event, relation, source and section of the report, and narrow the results by type, kind of actor, side, year and grade.',
    lede: 'Search every actor, event, relation and source, and the sections of the report. Tick filters to narrow the results; with no words, the filters alone list the pages.',
    noScript: 'Search runs in your browser and needs JavaScript, which is off or blocked here. Every page can still be reached without it: the A–Z index lists every actor with its other names, every event and every source, and the timeline and the actors page list them in order.',
    filters: 'Filters',
    clear: 'Clear filters',
    more: 'Show more results',
  },
  facets: { type: 'Type of page', kind: 'Kind of actor', side: 'Side in mid-2019', year: 'Year of event', grade: 'Grade' },
  types: { report: 'Report', actor: 'Actor', event: 'Event', relation: 'Relation', source: 'Source' },
  az: {
    title: 'A–Z index',
    description: 'Every actor with its other names, every event and every source of the Idlib explainer, in alphabetical order.',
    lede: 'Every actor, with its other and former names, every event and every source, in alphabetical order. Other names point to the entry that uses the main name.',
    letters: 'Letters',
    see: 'see',
  },
};

/** Share and reuse: "Cite this", the open data page, the feed. */
export const cite = {
  heading: 'Cite this',
  summary: 'Plain text, BibTeX and CSL-JSON',
  stable: 'Stable URL:',
  edition: (date: string) => `Edition of ${date}, the date used as published and accessed below.`,
  text: 'Plain text',
  bibtex: 'BibTeX',
  csl: 'CSL-JSON (Zotero, Pandoc, citeproc)',
  copy: 'Copy',
  copied: 'Copied',
};

export const feed = {
  title: 'The Idlib explainer: timeline of events',
  subtitle: 'Every dated event behind the July 2019 report on the stalled Idlib offensive, oldest first.',
  head: 'Timeline of events (Atom)',
};

/** The maps: the map page, the locators on event pages and the home page. */
export const maps = {
  title: 'Where it happened',
  description: 'Maps of north-west Syria drawn from Natural Earth: Idlib, the 2019 front in southern Idlib and northern Hama, the border with Turkey, and where each event of the timeline took place, with the places listed in text.',
  lede: 'North-west Syria, where the 2019 offensive stalled: Idlib and the towns of the front between Hama and Khan Shaykhun, the coast at Latakia, Aleppo to the east and the border with Turkey to the north. Every marker links to its place in the list below, which gives its events and the source of its coordinates.',
  main: 'North-west Syria: the places of the timeline',
  mainDesc: (n: number) => `A map of north-west Syria from the Mediterranean coast at Latakia to Aleppo, with the border with Turkey to the north, the cities and ${n} places marked. The southern front, around Khan Shaykhun, is enlarged on the next map. The list of places below gives the same information in text.`,
  front: 'The front of 2019, enlarged: southern Idlib and northern Hama',
  frontDesc: 'The towns of the 2019 front between Hama and Khan Shaykhun: Kafr Nabuda, Latamneh, Morek and Khan Shaykhun, with the area the front ran through shaded.',
  syria: 'Syria in its region',
  syriaDesc: 'Syria between Turkey, Iraq, Jordan, Lebanon and the Mediterranean, with a frame around the north-west shown on the main map, and Damascus and Aleppo marked.',
  world: 'Further away: where agreements were signed',
  worldDesc: 'A map from Turkey to Kazakhstan showing Ankara, Tehran, Sochi, Moscow and Astana, where agreements on Idlib were signed or decided; New York, where the UN Security Council listed groups, lies off the map to the west.',
  asOf: 'Only events up to',
  anyMonth: 'any month',
  asOfHelp: 'Places whose events all come after the chosen month are faded; the list marks those events as later.',
  diagramLink: 'Who backed whom in that month',
  status: (shown: number, all: number, month: string) => `${shown} of ${all} events had happened by the end of ${month}.`,
  later: 'later',
  eventsHeading: 'Events by date',
  placesHeading: 'Places',
  areasNote: 'Areas (regions) are drawn as soft shading around the places our sources name in them; they are not surveyed boundaries.',
  noEvents: 'No event of the timeline took place here; it is shown for orientation.',
  coordinates: 'Coordinates',
  noCoordinates: 'No coordinates: our sources do not give its exact position.',
  spans: 'Drawn around',
  within: 'Lies within',
  otherNames: 'Also written',
  locator: 'Where it happened',
  openMap: 'Open the map',
  homeLocator: 'Where Idlib is: Syria in its region, with the north-west framed.',
  geometry: 'Borders and coastlines: Natural Earth (public domain), through the world-atlas package; drawn at build time, so no map service is contacted.',
  kind: {
    city: 'city', town: 'town', village: 'village', 'border-crossing': 'border crossing', 'military-post': 'military post', site: 'site', region: 'region',
  } as Record<string, string>,
  markerName: (name: string, kind: string, events: number) => `${name} (${kind}): ${events === 0 ? 'no event on the timeline' : events === 1 ? '1 event' : `${events} events`}`,
};

/** The corrections log, the notes on corrected pages and its feed. */
export const corrections = {
  title: 'Corrections',
  description: 'Every correction made to the Idlib explainer: what it said, what is right, which pages changed and on what sources.',
  lede: 'We correct errors of fact, of date and of grade in the open. Each correction below says what the site said, what is right now, which pages it changed and the sources for the corrected version; the corrected pages carry a note that links here.',
  count: (n: number) => (n === 1 ? '1 correction, newest first.' : `${n} corrections, newest first.`),
  none: 'Nothing has been corrected yet.',
  wrong: 'What the site said',
  right: 'What is right',
  touched: 'Pages corrected',
  sources: 'Sources',
  feed: 'Follow the corrections in a feed reader:',
  feedLink: 'Atom feed of corrections',
  note: 'Corrected on',
  andMore: (n: number) => (n === 1 ? 'and 1 other page' : `and ${n} other pages`),
  noteLink: (n: number) => (n === 1 ? 'See what was corrected' : `See the ${n} corrections`),
  feedTitle: 'The Idlib explainer: corrections',
  feedSubtitle: 'Every correction of a fact, a date or a grade on the Idlib explainer, newest first.',
  footer: 'Corrections',
};

/** Whether we read a source: shown with every source entry. */
export const sourceRead = {
  read: 'Read',
  unread: 'Not read',
  readHelp: 'We read this text; it supports what cites it.',
  unreadHelp: 'We have not read this text; what we know of it is below.',
  copy: 'Where to find it:',
};

export const notFound = {
  title: 'Page not found',
  description: 'This page does not exist on the Idlib explainer.',
  lede: 'There is no page at this address. It may have moved, or the link may be mistyped.',
  try: 'Try one of these:',
};
