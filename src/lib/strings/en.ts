/**
 * The English interface text. Every string a reader sees, in one table; a second language is a
 * second table of the same shape (ar.ts). Functions build sentences that hold numbers or names.
 *
 * Conventions a translator needs:
 * - Counts go through `count(n, nouns.x)`: each noun lists its plural forms (src/lib/plural.ts);
 *   "{n}" is where the number goes. Templates name their slots: "{shown} of {total}".
 * - Sentences with links or emphasis are written whole with a little markup (src/lib/rich-text.ts):
 *   "[link text]" (the page supplies the targets, in order), "*emphasis*", "**strong**",
 *   "`code`", and "{from}"-style slots the page fills with an element.
 */
import type { ActorKind, FramingKind, Grade, RelationType, Side, SourceKind } from '../vocabulary';
import { ENGLISH_DATES } from '../dates';
import { typed } from '../typed';
import { plural, type PluralForms } from '../plural';
import type { ExportCollection } from '../exports';
import type { Plural } from '../search/phrases';
import type { FacetKey, PageType } from '../search/vocabulary';

export const en = {
  lang: 'en',
  dir: typed<'ltr' | 'rtl'>('ltr'),
  /** "1 actor", "2 actors": a count with the noun in the right number (src/lib/plural.ts). */
  count(n: number, forms: PluralForms): string {
    return plural('en', n, forms);
  },
  /** Nouns that are counted, with their plural forms. */
  nouns: typed<
    Record<
      | 'actor'
      | 'relation'
      | 'event'
      | 'source'
      | 'place'
      | 'entry'
      | 'record'
      | 'correction'
      | 'result',
      PluralForms
    >
  >({
    actor: { one: '{n} actor', other: '{n} actors' },
    relation: { one: '{n} relation', other: '{n} relations' },
    event: { one: '{n} event', other: '{n} events' },
    source: { one: '{n} source', other: '{n} sources' },
    place: { one: '{n} place', other: '{n} places' },
    entry: { one: '{n} entry', other: '{n} entries' },
    record: { one: '{n} record', other: '{n} records' },
    correction: { one: '{n} correction', other: '{n} corrections' },
    result: { one: '{n} result', other: '{n} results' },
  }),
  /** A list in running text: "a, b and c". */
  list: (items: readonly string[]) =>
    items.length < 2
      ? items.join('')
      : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`,
  /** Items joined with commas only (names, roles). */
  comma: ', ',
  semicolon: '; ',
  /** Quoted words: “...”. */
  quoted: (text: string) => `\u201c${text}\u201d`,
  /** A headline in another language followed by its translation, when there is one. */
  translated: (original: string, translation: string | undefined) =>
    translation ? `${original} (${translation})` : original,
  /** The text equivalent under an actor's one-hop diagram. */
  oneHopDescription(actors: number, name: string, relations: number): string {
    return `${en.count(actors, en.nouns.actor)} linked to ${name} by ${en.count(relations, en.nouns.relation)}; the lists below give each one in text.`;
  },
  /** Month names and ranges (src/lib/dates.ts). */
  dates: ENGLISH_DATES,
  /** A relation's period: "30 September 2015 – ongoing", "by 2019 – ongoing". */
  period: {
    /** Before a start the sources do not give, only the date they first attest it. */
    by: 'by ',
    ongoing: 'ongoing',
    unknown: 'end unknown',
    /** [before the start, between start and end], by whether the start is "by" and what the end is. */
    frame: (_by: boolean, _end: 'date' | 'ongoing' | 'unknown'): readonly [string, string] => [
      '',
      ' \u2013 ',
    ],
    /** Between two periods of one relation. */
    separator: '; ',
  },
  /** The page shell: header, footer, the other edition, notices. */
  chrome: {
    openFull: 'Open the full page',
    method: 'How this site grades its claims',
    download: 'Download the whole site',
    offline: (date: string) => `to read offline (${date}).`,
    /** The link to the same page in the other edition, written in that edition's language. */
    other: { locale: 'ar', label: 'العربية', title: 'هذه الصفحة بالعربية' },
    /** Hidden after a link to another site, for screen readers (the page pass adds it). */
    external: ' (external site)',
    /** Shown on an entry with no translation yet (never in English: the English edition is the original). */
    untranslated: '',
  },
  /** The line above the title in the images shared with a link (src/pages/social/). */
  social: {
    home: 'Explainer',
    report: 'The report, explained',
    relations: (n: number) => `${n} relations, graded and sourced`,
  },
  site: {
    name: 'The Idlib explainer',
    tagline: 'Who backs whom in the stalled 2019 offensive on Idlib, north-west Syria',
    skip: 'Skip to content',
    nav: 'Main',
    footer: 'An explainer of one news report. Content under CC BY 4.0, code under MIT.',
    /** The licence line of the feeds. */
    rights: 'Content and data under CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/)',
  },
  nav: [
    { path: '', label: 'Home' },
    { path: 'report/', label: 'The report' },
    { path: 'who-backs-whom/', label: 'Who backs whom' },
    { path: 'actors/', label: 'Actors' },
    { path: 'events/', label: 'Timeline' },
    { path: 'map/', label: 'Map' },
    { path: 'sources/', label: 'Sources' },
    { path: 'method/', label: 'Method' },
    { path: 'data/', label: 'Data' },
  ],
  kindLabel: typed<Record<ActorKind, string>>({
    state: 'State',
    government: 'Government',
    'armed-group': 'Armed group',
    coalition: 'Coalition',
    person: 'Person',
    monitor: 'Monitor',
    outlet: 'News outlet',
    'international-body': 'International body',
  }),
  kindPlural: typed<Record<ActorKind, string>>({
    state: 'States',
    government: 'Governments',
    'armed-group': 'Armed groups',
    coalition: 'Coalitions',
    person: 'People',
    monitor: 'Monitors',
    outlet: 'News outlets',
    'international-body': 'International bodies',
  }),
  sideLabel: typed<Record<Side, string>>({
    'pro-government': 'Government and its allies',
    opposition: 'Opposition and its backers',
    jihadist: 'Jihadist groups',
    'islamic-state': 'Islamic State',
    'us-sdf': 'United States and the SDF',
    observer: 'Monitors, outlets and international bodies',
  }),
  relationLabel: typed<Record<RelationType, string>>({
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
  }),
  /** The verb between two names ("Russia gives military support to ..."); sentences use relationPattern. */
  relationVerb: typed<Record<RelationType, string>>({
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
  }),
  /**
   * A relation as a sentence, with the two actors as slots: the order of words is the language's.
   * "[...]" marks the words that link to the relation's page where the sentence is a list item.
   */
  relationPattern: typed<Record<RelationType, string>>({
    'military-support': '{from} [gives military support to] {to}',
    'arms-supply': '{from} [supplies arms to] {to}',
    funding: '{from} [funds] {to}',
    'political-backing': '{from} [backs] {to} [politically]',
    coordination: '{from} [coordinates with] {to}',
    affiliation: '{from} [is affiliated with] {to}',
    leadership: '{from} [leads] {to}',
    'member-of': '{from} [is a member of] {to}',
    'splinter-of': '{from} [split from] {to}',
    'merged-into': '{from} [merged into] {to}',
    'successor-of': '{from} [succeeds] {to}',
    rivalry: '{from} [is a rival of] {to}',
    'armed-conflict': '{from} [fights] {to}',
    designation: '{from} [designates] {to} [as terrorist]',
    'unknown-link': '{from} [has an unclear link to] {to}',
  }),
  gradeLabel: typed<Record<Grade, string>>({
    confirmed: 'Confirmed',
    reported: 'Reported',
    alleged: 'Alleged',
    disputed: 'Disputed',
    denied: 'Denied',
  }),
  gradeHelp: typed<Record<Grade, string>>({
    confirmed:
      "Supported by a source we have read that is primary (a party's own statement, an official listing), a news agency's report or a monitor's record.",
    reported:
      'Reported by a reliable outlet, or resting on sources that cannot confirm it on their own (analyses, retellings, sources we have not read).',
    alleged: 'Claimed by a party or an unnamed source; unconfirmed.',
    disputed: 'Contested: the parties or reliable sources disagree.',
    denied: 'Denied by the party concerned.',
  }),
  sourceKindLabel: typed<Record<SourceKind, string>>({
    news: 'News report',
    agency: 'News agency report',
    analysis: 'Analysis',
    official: 'Official document or statement',
    monitor: "Monitor's report",
    research: 'Research',
    reference: 'Reference',
  }),
  framingLabel: typed<Record<FramingKind, string>>({
    label: "The outlet's label",
    error: 'Error',
    simplification: 'Simplification',
    unverified: 'Unverified',
    outdated: 'True only at the time',
  }),
  /** Two-letter codes for the matrix cells; the key is printed beside it. */
  relationCode: typed<Record<RelationType, string>>({
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
  }),
  /** Titles of the camps in the network diagrams (short: they must fit a phone's width). */
  campTitle: typed<Record<Side | 'media', string>>({
    'pro-government': 'Government and allies',
    opposition: 'Opposition and backers',
    jihadist: 'Jihadist groups',
    'islamic-state': 'Islamic State',
    'us-sdf': 'US and SDF',
    observer: 'International bodies',
    media: 'Monitors and outlets',
  }),
  /**
   * Names of countries and governorates as the data gives them (place and actor fields), in this
   * edition's language; English shows them as given.
   */
  geoNames: typed<Record<string, string>>({}),
  /** The home page. */
  home: {
    links: typed<readonly [string, string, string]>([
      'Read the report, explained',
      'See who is who',
      'See where it happened',
    ]),
    miniatureAlt:
      'The who-backs-whom network in miniature: actors grouped by side, joined by arrows for support, alliance, leadership and conflict. Open the full diagram, matrix and table.',
    miniatureCaption:
      'The who-backs-whom network in miniature. [Open it] to filter by kind, grade, actor and date, or read every relation as a table.',
    claims: 'What the report claims, and how it holds up',
    inReport: 'In the report',
    year: (year: number) => `${year} at a glance`,
    start: 'Start here',
    cards: {
      wbw: {
        title: 'Who backs whom',
        text: (n: number) =>
          `${n} relations as a network, a matrix and a table, filtered by kind, grade, actor and date.`,
      },
      report: {
        title: 'The report, explained',
        text: 'Our summary of the July 2019 report, each claim graded and sourced, and what the outlet got wrong.',
      },
      actors: {
        title: (n: number) => `${n} actors`,
        text: 'States, armed groups, people, monitors and outlets: who they are and whom they back or fight.',
      },
      events: {
        title: (n: number) => `${n} dated events`,
        text: 'From the 2013 UN listing of the Nusra Front to the 2020 ceasefire, with dates as precise as the sources.',
      },
      sources: {
        title: (n: number) => `${n} sources`,
        text: 'Every report and statement the site cites, with notes on how far to trust monitors.',
      },
      method: {
        title: 'How we grade',
        text: 'Confirmed, reported, alleged, disputed, denied: what each grade means and what the data leaves out.',
      },
    },
  },
  /** The report page. */
  report: {
    /** The report's text before its first heading, where a page lists the sections naming an entry. */
    opening: 'Opening',
    originalHeadline: 'Original headline',
    publishedBy: 'Published by',
    retellingOf: 'Retelling of',
    sections: 'Sections',
    claims: 'The claims, graded',
    framing: 'Wording to read with care',
    claimsCaption: 'Each claim the report makes, in our words, with our grade and sources',
    columns: { claim: 'Claim', grade: 'Grade', sources: 'Sources', related: 'Related' },
    framingIntro:
      'Labels, simplifications and errors in the original report, and how to read them.',
    /** One framing item: the outlet's wording, then our note. */
    framingItem: (wording: string) => `The report: \u201c${wording}\u201d.`,
    /** After a claim in the text: the link to its relations. */
    seeRelation: (n: number): string => (n === 1 ? 'see the relation' : 'see the relations'),
  },
  /** The Method page (prose in rich text: see the conventions above). */
  method: {
    title: 'Method',
    description:
      'How the Idlib explainer grades claims, dates events and chooses sources, and what its data leaves out.',
    lede: 'This site explains one news report: an article that Breitbart News published on 12 July 2019, retelling a Reuters analysis of the stalled government offensive on Idlib. Everything here is built from four kinds of record (actors, events, relations and sources), and every relation, date and claim cites at least one source that a reader can open or look up.',
    counts: 'In figures',
    countsIntro: 'Counted from the content when this edition was built:',
    sourcesCount: (total: number, read: number, unread: number) =>
      `${total} sources: ${read} read by us, ${unread} not read (each unread source says what is known of it).`,
    /** "53 relations: 20 confirmed, 25 reported, ..." with each grade as [label, count]. */
    relationsCount: (total: number, grades: readonly (readonly [string, number])[]) =>
      `${total} relations: ${grades.map(([label, n]) => `${n} ${label.toLowerCase()}`).join(', ')}.`,
    noUnreadOnly: 'No relation rests only on sources we have not read.',
    unreadOnly: (n: number, confirmed: number) =>
      `${n} relation${n === 1 ? ' rests' : 's rest'} only on sources we have not read, ${confirmed} of them graded confirmed:`,
    grades: 'How claims and relations are graded',
    gradesIntro:
      'Each relation between two actors, and each claim the report makes, carries one of five grades. The grade describes the evidence we cite, not how plausible a claim seems.',
    gradeCount: (n: number) => `(${n} relation${n === 1 ? '' : 's'})`,
    gradesRule:
      "**Grades follow the sources, and the build enforces it.** A relation is graded *confirmed* only when it cites at least one source we have read that is primary (a party's own statement, an official listing or document), a news agency's own report, or a monitor's record; otherwise it is at most *reported*, and analyses and retellings such as the report itself never confirm on their own. A party's claim about its adversary is graded *alleged*. A file that breaks either rule stops the build, with the file, the field and the fix.",
    gradesClaimant:
      'Who makes a claim and who reports it are kept apart. When Reuters writes that opposition and diplomatic sources say Turkey supplied guided anti-tank missiles, the claimants are those sources, the reporter is Reuters, and the grade stays *alleged* until someone on the record confirms it.',
    relations: 'Kinds of relation',
    relationsIntro:
      'A relation points one way: from the actor that acts (backs, arms, leads, designates, fights) to the actor it acts on. Lineage points from the newer group to the older one. Agreements among several parties, such as the Astana and Sochi memoranda, are recorded as events with participants, not as relations.',
    dates: 'Dates',
    datesText:
      "A date is only as precise as its sources. \u201cApril 2019\u201d stays a month, never 1 April; a range such as 1\u201310 January 2019 keeps both ends. A relation's period ends on a date, is marked *ongoing* when it was still in force when last checked, or *end unknown*. When the sources attest a relation without saying when it began, its period reads \u201cby 2019\u201d: the date is when it is first attested, not its start, and the date control on the who-backs-whom page counts it only from then.",
    sources: 'Sources and monitors',
    sourcesText:
      'Every source on the [sources page] gives its real headline, publisher, authors where named, date and, where there is one, its original address. Each says whether we read it. *Read* means we read the text and it supports what cites it; where we read a copy (a reprint, an archive) or the source has no address (a UN document symbol, a print edition), the details say where to find it. *Not read* means we know the source only from elsewhere, and the details say what is known of it and from where; such a source never carries a grade above *reported* on its own.',
    sourcesMonitors:
      "We prefer primary statements (the UN, the US military, governments) and agency reporting. Casualty figures from monitors such as the Syrian Observatory for Human Rights and the Syrian Network for Human Rights are the monitors' own counts, gathered through networks of contacts on the ground; we cite them as theirs. Parts of the Reuters analysis that we know only through Breitbart News's retelling, such as its quotations of a rebel commander and of the Observatory's director, cite that retelling and say so.",
    wording: 'Wording',
    wordingText:
      "Everything is written in our own words in a neutral voice. The original outlet's labels (for example calling President Bashar al-Assad a \u201cdictator\u201d) are quoted as its wording, not adopted; its errors are corrected on the [report page].",
    limits: 'What the data leaves out',
    limitsList: [
      'It covers the actors and events the report names, plus the context needed to read it; it is not a history of the Syrian war.',
      'Sides are given as they stood in mid-2019, when the report appeared. Alignments changed before and after.',
      'Many relations are secret by nature (arms supplies, back-channel agreements). Absence of a relation here means only that we have no source for it.',
      'Casualty figures are reported, not verified by us.',
      'Events after July 2019 appear as context, marked as such, and are not exhaustive.',
    ],
    corrections: 'Corrections',
    correctionsText: (n: number) =>
      `We correct errors in the open. Every correction of a fact, a date or a grade is listed in the [corrections log] (${n} so far), with what the site said, what is right and the sources; each corrected page carries a \u201cCorrected on\u201d note linking to it, and the log has an [Atom feed].`,
    correctionsBuild:
      'Every page is built from plain files that anyone can correct through a pull request; the build refuses any file with a missing source, a bad date, a grade its sources do not carry or a reference to an entry that does not exist.',
  },
  /** The list of actors and an actor's page. */
  actors: {
    title: 'Actors',
    description:
      'Every state, armed group, person, monitor and outlet in the report, grouped by side and kind.',
    lede: (n: number) =>
      `${n} actors, grouped by where they stood in mid-2019, when the report was published, and then by kind.`,
    sides: 'Sides',
    kind: 'Kind',
    side: 'Side in mid-2019',
    aliases: 'Also called',
    formerNames: 'Former names',
    from: (date: string) => `from ${date}`,
    until: (date: string) => `until ${date}`,
    leaders: 'Led by',
    founded: 'Founded',
    dissolved: 'Dissolved',
    country: 'Country',
    lineage: 'Lineage',
    oneHopTitle: (name: string) => `${name} and the actors one relation away`,
    oneHopCaption:
      '{name} and every actor one relation away. Arrows point from the actor that acts; dashed lines are allegations. [Explore in the full diagram].',
    out: (name: string) => `What ${name} does to others`,
    into: (name: string) => `What others do to ${name}`,
    noOut: 'No relations from this actor are recorded.',
    noInto: 'No relations to this actor are recorded.',
    events: 'Events',
    noEvents: 'Not a participant in any recorded event.',
    mentions: 'In the report',
    noMentions: 'The report does not name this actor; it is here for context.',
    relationCount: (n: number) => en.count(n, en.nouns.relation),
  },
  /** The timeline and an event's page. */
  events: {
    title: 'Timeline',
    description:
      'Every dated event behind the report, from the 2013 UN listing of the Nusra Front to the 2020 ceasefire.',
    lede: (n: number) =>
      `${n} events in order. Dates are as precise as the sources: a month or a year stays a month or a year. Events after the report's publication are marked as context.`,
    filter: 'Filter the timeline',
    involving: 'Show events involving',
    allActors: 'all actors',
    /** The filter's status line; {shown} and {total} are numbers (the script fills them). */
    filtered: '{shown} of {total} events shown',
    feed: '[Follow the timeline as an Atom feed] (one entry per event; paste the link into a feed reader).',
    after: 'after the report',
    afterContext: 'after the report: context',
    participants: 'Who took part',
    mentions: 'In the report',
    sources: 'Sources',
    pager: 'Timeline',
    earlier: 'Earlier:',
    later: 'Later:',
  },
  /** A relation's page. */
  relation: {
    breadcrumb: 'Relation',
    grade: 'Grade',
    type: 'Type',
    direction: 'Direction',
    directionText: 'from {from} to {to}',
    when: 'When',
    claimedBy: 'Claimed by',
    reportedBy: 'Reported by',
    permalink: 'Permalink id',
    sources: 'Sources',
    samePair: 'Other relations between the two',
  },
  /** The sources page and every source entry. */
  sources: {
    title: 'Sources',
    description: 'Every report, statement and document the Idlib explainer cites, in date order.',
    lede: (n: number, read: number) =>
      `${n} sources in date order; we have read ${read} of them, and each says whether we read it. A link goes to the original address; where there is none, or where we read a copy, the details say where to find it. Monitors' figures carry a note on how they are gathered. See [how sources are chosen and graded] and the [corrections log].`,
    citedBy: (n: number) => `Cited by ${en.count(n, en.nouns.entry)}`,
    onMap: (name: string) => `${name} (map)`,
    reliability: 'Reliability:',
    /** The hidden words after a citation's short label, read by screen readers. */
    refLabel: 'source:',
  },
  /** Whether we read a source: shown with every source entry. */
  sourceRead: {
    read: 'Read',
    unread: 'Not read',
    readHelp: 'We read this text; it supports what cites it.',
    unreadHelp: 'We have not read this text; what we know of it is below.',
    copy: 'Where to find it:',
  },
  /** Quotations in the content (<Quote>). */
  quote: {
    /** The tooltip: who said it. */
    by: (name: string) => `${name}, as quoted by the source`,
    /** After a quotation we translated from the source's language. */
    translated: '(our translation)',
  },
  /** The who-backs-whom page, its three views, controls and details panel. */
  wbw: {
    title: 'Who backs whom',
    description:
      'Every relation between the actors of the Idlib offensive as a network, a matrix and a table: who backs, arms, fights, leads and designates whom, each relation dated, graded and sourced.',
    views: { network: 'Network', matrix: 'Matrix', table: 'Table' },
    viewsLabel: 'Views',
    lede: (relations: number, actors: number, year: string) =>
      `${relations} relations among ${actors} actors, as the sources describe them up to ${year} and shortly after. Every line is dated, graded and linked to its sources: select an actor or a line to see them.`,
    threeViews:
      'Three views of the same data: the [network], the [matrix] and the [table], which lists every relation in text. [How relations are graded].',
    embed: 'Embed this view on another site',
    embedHelp:
      'Copy this code into your page. It shows the diagram with the filters you have chosen here. Without JavaScript it still shows every relation, in the diagram and the table.',
    embedTitle: (title: string, site: string) => `${title}: ${site}`,
    networkHelp:
      'Actors are grouped by camp; each line runs from the actor that acts to the actor acted on, and a number on a line counts several relations between the same two.',
    peopleFolded: 'People are folded into the organisation they lead.',
    keyboardHelp:
      'Tab into the diagram, move between actors with the arrow keys, press Enter for details and Escape to close them. Zoom with the buttons, or Ctrl and the mouse wheel; drag to pan.',
    zoomIn: 'Zoom in',
    zoomOut: 'Zoom out',
    resetView: 'Reset view',
    showPeople: 'Show people as actors of their own',
    wideTitle: 'Who backs whom: network of actors and relations, grouped by camp',
    wideDesc: (n: number) =>
      `${n} actors in regions by camp, joined by lines from the actor that acts to the actor acted on. The table below lists every relation in text.`,
    narrowTitle: 'Who backs whom: actors in one column by camp, relations as arcs',
    narrowDesc: (n: number) =>
      `${n} actors listed by camp, joined by arcs from the actor that acts to the actor acted on. The table below lists every relation in text.`,
    details: 'Details',
    closeDetails: 'Close details',
    legend: 'Legend',
    matrixHelp: 'Read across a row: what that actor does to each actor in the columns.',
    /** The status line under the controls; the script fills the same template. */
    status: 'Showing {shown} of {total} relations, among {actors}.',
    statusAsOf: 'Showing {shown} of {total} relations, among {actors}, in force in {month}.',
    controls: {
      title: 'Filters and date',
      types: 'Kinds of relation',
      grades: 'Grades',
      focus: 'Focus on one actor',
      allActors: 'All actors',
      dated: 'Only relations in force in',
      month: 'Month',
      anyMonth: 'any month',
      byHelp:
        'Where the sources do not say when a relation began, it counts from the date they first attest it (shown as \u201cby 2019\u201d).',
      reset: 'Show everything',
    },
    /** The details panel, written by the script from these words. */
    panel: {
      kind: 'Kind',
      side: 'Side in mid-2019',
      relations: 'Relations',
      leaders: 'Led by',
      profile: 'Open the profile of {name}',
      grade: 'Grade',
      type: 'Type',
      when: 'When',
      claimedBy: 'Claimed by',
      reportedBy: 'Reported by',
      sources: 'Sources',
      permalink: 'Permalink to this relation',
      /** A line standing for several relations: "Turkey → HTS: 3 relations". */
      pair: '{from} \u2192 {to}: {relations}',
    },
    /** An actor in the diagram, as a screen reader reads it. */
    nodeLabel: (
      label: string,
      name: string,
      kind: string,
      degree: number,
      leaders: readonly string[],
    ) =>
      `${label !== name ? `${label}: ` : ''}${name}, ${kind.toLowerCase()}, ${en.count(degree, en.nouns.relation)}${leaders.length ? `, led by ${leaders.join(' and ')}` : ''}`,
    /** A line of several relations, as a screen reader reads it. */
    pairLabel: (from: string, to: string, n: number, list: string) =>
      `${from} to ${to}, ${en.count(n, en.nouns.relation)}: ${list}`,
    legendGroups: {
      support: 'Support: military, arms, funding, political',
      alliance: 'Coordination or affiliation',
      structure: 'Leadership, membership, lineage',
      hostility: 'Armed conflict, rivalry, terrorist designation',
      unknown: 'Unknown link',
      mixed: 'Several kinds on one line (select it for each)',
    },
    legendKinds: 'Outline in the label: kind of actor',
    legendSides: 'Fill and region: side in mid-2019',
    legendGrades: 'Line: grade',
    legendMixed: 'Several grades on one line',
    legendCount:
      'A number on a line: that many relations between the same two actors, in that direction',
    legendTypes: 'Colour: kind of relation (arrow points from the actor that acts)',
    matrixCaption: 'Relations from the actor in each row to the actor in each column',
    matrixMore: (max: number, all: number) =>
      `The matrix shows the ${max} most connected of ${all} actors; the table lists every relation.`,
    matrixKey: 'Key:',
    matrixBorders:
      'Border: solid confirmed, dotted reported, dashed alleged, double disputed, struck through denied.',
    tableCaption: 'Every relation, one per row: the text equivalent of the network and the matrix',
    columns: typed<readonly string[]>([
      'From',
      'To',
      'Type',
      'Period',
      'Grade',
      'Claimed by',
      'Sources',
    ]),
    /** When the graph is too large for one page (src/lib/graph-scale.ts): its core, and the table by camp. */
    large: {
      note: (shownActors: number, shownRelations: number) =>
        `Too many to draw on one page that a phone can open: the network, the matrix and the table below show the ${shownActors} most connected actors and the ${shownRelations} relations that tie them most strongly. Every relation is listed in the tables by camp below, and each actor's page shows all of that actor's relations.`,
      caption: (n: number) =>
        `The ${n} relations drawn above, one per row; the tables by camp list every relation`,
      pagesTitle: 'Every relation, by camp',
      pagesIntro:
        'Relations are listed under the camp of the actor that acts. The downloads hold the full data.',
      page: (side: string, part: number, parts: number, count: number) =>
        `${side}${parts > 1 ? `, part ${part} of ${parts}` : ''} (${count} relations)`,
      pageTitle: (side: string, part: number, parts: number) =>
        `Relations from ${side}${parts > 1 ? `, part ${part} of ${parts}` : ''}`,
      pageLede: (side: string, count: number) =>
        `${count} relations in which an actor of the camp “${side}” acts, one per row, with their period, grade and sources.`,
      back: 'Back to the network',
    },
  },
  /**
   * Search: the header field, the search page, the offline search and the A–Z index. Plain data
   * (the search interface gets part of it in the browser): sentences with a number are plural
   * forms keyed by Intl.PluralRules category, with {n} for the number and {q} for the words.
   */
  search: {
    label: 'Search the site',
    placeholder: 'Name, place, event…',
    submit: 'Search',
    /** The header's search link on small screens; without JavaScript it opens the A–Z index. */
    open: 'Search',
    shortcut: 'Press / to search',
    dialog: 'Search the site',
    close: 'Close search',
    loading: 'Loading search…',
    offline:
      'Offline search: this copy was opened from disk, so search covers names, aliases, titles and summaries only.',
    failed: 'Search could not load. The A–Z index lists every actor, event and source.',
    results: typed<Plural>({ one: '1 result for “{q}”', other: '{n} results for “{q}”' }),
    filtered: typed<Plural>({
      one: '1 page matches the filters',
      other: '{n} pages match the filters',
    }),
    none: 'No results for “{q}”. Try another spelling, or the A–Z index.',
    all: typed<Plural>({ one: 'See the result', other: 'See all {n} results' }),
    alias: 'also called',
    sections: 'Matching sections',
    azLink: 'A–Z index',
    /** Between a publisher and a date in the A–Z index. */
    comma: ', ',
    /** The line under a result: "Actor · Armed group". */
    metaSeparator: ' · ',
    page: {
      title: 'Search',
      description:
        'Search every actor, event, relation, source and section of the report, and narrow the results by type, kind of actor, side, year and grade.',
      lede: 'Search every actor, event, relation and source, and the sections of the report. Tick filters to narrow the results; with no words, the filters alone list the pages.',
      noScript:
        'Search runs in your browser and needs JavaScript, which is off or blocked here. Every page can still be reached without it: the A–Z index lists every actor with its other names, every event and every source, and the timeline and the actors page list them in order.',
      filters: 'Filters',
      clear: 'Clear filters',
      more: 'Show more results',
      /** The ways in without JavaScript, after the A–Z index. */
      actors: 'Actors',
      events: 'Timeline',
      sources: 'Sources',
    },
    facets: typed<Record<FacetKey, string>>({
      type: 'Type of page',
      kind: 'Kind of actor',
      side: 'Side in mid-2019',
      year: 'Year of event',
      grade: 'Grade',
    }),
    types: typed<Record<PageType, string>>({
      report: 'Report',
      actor: 'Actor',
      event: 'Event',
      relation: 'Relation',
      source: 'Source',
    }),
    az: {
      title: 'A–Z index',
      description:
        'Every actor with its other names, every event and every source of the Idlib explainer, in alphabetical order.',
      lede: 'Every actor, with its other and former names, every event and every source, in alphabetical order. Other names point to the entry that uses the main name.',
      letters: 'Letters',
      see: 'see',
    },
  },
  /** Share and reuse: "Cite this", the open data page, the feed. */
  cite: {
    heading: 'Cite this',
    summary: 'Plain text, BibTeX and CSL-JSON',
    stable: 'Stable URL:',
    edition: (date: string) => `Edition of ${date}, the date used as published and accessed below.`,
    text: 'Plain text',
    bibtex: 'BibTeX',
    csl: 'CSL-JSON (Zotero, Pandoc, citeproc)',
    copy: 'Copy',
    copied: 'Copied',
    /** The citation itself (src/lib/cite.ts). */
    genre: { actor: 'Actor profile', event: 'Event', relation: 'Relation', dataset: 'Dataset' },
    plain: (
      title: string,
      genre: string,
      site: string,
      edition: string,
      corrected: string,
      url: string,
    ) =>
      `\u201c${title}\u201d. ${genre} in ${site}, edition of ${edition}.${corrected ? ` Corrected on ${corrected}.` : ''} ${url} (accessed ${edition}). CC BY 4.0.`,
    note: (genre: string, corrected: string, accessed: string) =>
      `${genre}.${corrected ? ` Corrected ${corrected}.` : ''} Accessed ${accessed}. CC BY 4.0`,
    cslNote: (corrected: string) =>
      `${corrected ? `Corrected ${corrected}. ` : ''}Licence: CC BY 4.0`,
    datasetTitle: 'The Idlib explainer: actors, events, relations and sources',
  },
  feed: {
    title: 'The Idlib explainer: timeline of events',
    subtitle:
      'Every dated event behind the July 2019 report on the stalled Idlib offensive, oldest first.',
    head: 'Timeline of events (Atom)',
  },
  /** The Data page. */
  data: {
    title: 'Data',
    description: (c: {
      actors: number;
      events: number;
      relations: number;
      sources: number;
      places: number;
    }) =>
      `The data behind the Idlib explainer: ${c.actors} actors, ${c.events} events, ${c.relations} graded and sourced relations between the actors, ${c.sources} sources and ${c.places} places, as JSON and CSV with JSON Schemas, and the places as GeoJSON. Content and data under CC BY 4.0.`,
    names: {
      actors: 'Actors',
      events: 'Events',
      relations: 'Relations',
      sources: 'Sources',
      places: 'Places',
      corrections: 'Corrections',
    },
    lede: (date: string) =>
      `Everything this site shows comes from five collections: actors, events, relations between actors, sources, and the places on the maps; a sixth, the [corrections log], records what we have corrected. Download them here to check our work or reuse it. The files are written from the same validated records as the pages, at every build; this edition is of ${date}.`,
    downloads: 'Downloads',
    records: (n: number) => `(${en.count(n, en.nouns.record)})`,
    /** A file of the dataset in its structured data: "(CSV, 34 records)". */
    download: (format: string, n: number) => `(${format}, ${en.count(n, en.nouns.record)})`,
    keywords: typed<readonly string[]>([
      'Syria',
      'Idlib',
      'Syrian civil war',
      'armed groups',
      'relations between actors',
    ]),
    coverage: 'Idlib and north-west Syria',
    geojson:
      'The places are also a map layer: [places.geojson] (GeoJSON, RFC 7946; longitude before latitude, WGS 84), one feature per place with its names, kind, the source of its coordinates and its events. A region with no coordinates of its own is a MultiPoint of the places it is drawn around; a place no source locates has no geometry.',
    naturalEarth:
      "The maps' borders and coastlines come from [Natural Earth] (public domain), version 4.1.0 as packaged in the npm package world-atlas (ISC licence); they are drawn into the pages at build time and are not part of these files.",
    feed: 'New events also reach you through the [Atom feed of the timeline]. The whole site, these files included, can be downloaded to read offline from the link at the foot of every page.',
    formats: 'Formats',
    formatsList: [
      "**JSON**: one array per collection, one record per entry, in order of id. Each record is the entry's `id` followed by its fields, exactly as the site validates them; fields with no value are left out. A reference to another entry (an actor, a source) is that entry's id.",
      "**CSV**: UTF-8, comma-separated, one header row, line ends CRLF, quoted as in RFC 4180 (a field holding a comma, a quote or a line break is put in double quotes, and quotes inside are doubled). Columns come in the order of the field lists below. Lists are joined with \u201c{separator}\u201d; an empty cell means no value. Former names read \u201cname (from \u2026 until \u2026)\u201d, participants \u201cactor-id: role\u201d, periods \u201cfrom/to\u201d, an event's place is the id of a place, and a place's coordinates are split into `lat`, `lon` and `coordinatesSource`.",
      '**JSON Schema** (draft 2020-12): generated from the schemas the build checks the content with, so it describes exactly what the JSON files hold.',
      "**Dates** are kept as the sources give them: `2019`, `2019-04` or `2019-04-30`, never padded to a day the sources do not give; an event may span `START/END`. A relation's period ends on a date, `ongoing` (still in force when last checked) or `unknown`. See [how dates are kept].",
      "**Ids** are stable lower-case slugs and name the pages: actor `hts` is at [actors/hts/], and a relation's id reads `from--type--to`.",
    ],
    fields: 'Fields',
    fieldsIntro:
      'Every field of every collection. Fields marked *always* are present in every record of the JSON file (lists may be empty); the others appear only when known.',
    csvColumns: (columns: string) => `CSV columns: ${columns}.`,
    always: 'always',
    /**
     * Type and description of each field, by collection and field name, where the edition's
     * language is not the files' own: the English is the data dictionary in src/lib/exports.ts.
     */
    fieldDocs: typed<Partial<Record<ExportCollection, Record<string, readonly [string, string]>>>>(
      {},
    ),
    lists: 'Closed lists',
    listsIntro:
      'Fields with a fixed set of values use these ids; the label is what the pages show.',
    listTitles: {
      kind: 'Kinds of actor',
      side: 'Sides in mid-2019',
      type: 'Types of relation',
      sourceKind: 'Kinds of source',
      placeKind: 'Kinds of place',
    },
    grades: 'Grades',
    gradesIntro:
      "A relation's `grade` describes the evidence we cite, not how plausible a claim seems; [the method] explains how grades are given.",
    gradesAlleged:
      'An `alleged` relation names who alleges it (`claimant`, `claimantActor`) apart from who reported the allegation (`reportedBy`).',
    licence: 'Licence',
    licenceText:
      "The content and the data are under the [Creative Commons Attribution 4.0 International licence (CC BY 4.0)]: you may copy, adapt and share them for any purpose, provided you credit \u201cThe Idlib explainer\u201d, link to this page and say what you changed. The site's code is under the MIT licence. The sources we cite belong to their publishers; the data holds only their titles and publication details, and our own summaries.",
    howToCite: 'How to cite',
    howToCiteText:
      'Cite the dataset as below, with the edition date, since the data can change between editions. Every actor, event and relation page has its own \u201cCite this\u201d with a stable URL; ids never change, so a record can also be cited as, for example, `relations/russia--military-support--syrian-government` in this edition.',
  },
  /** The maps: the map page, the locators on event pages and the home page. */
  maps: {
    title: 'Where it happened',
    description:
      'Maps of north-west Syria drawn from Natural Earth: Idlib, the 2019 front in southern Idlib and northern Hama, the border with Turkey, and where each event of the timeline took place, with the places listed in text.',
    lede: 'North-west Syria, where the 2019 offensive stalled: Idlib and the towns of the front between Hama and Khan Shaykhun, the coast at Latakia, Aleppo to the east and the border with Turkey to the north. Every marker links to its place in the list below, which gives its events and the source of its coordinates.',
    main: 'North-west Syria: the places of the timeline',
    mainDesc: (n: number) =>
      `A map of north-west Syria from the Mediterranean coast at Latakia to Aleppo, with the border with Turkey to the north, the cities and ${n} places marked. The southern front, around Khan Shaykhun, is enlarged on the next map. The list of places below gives the same information in text.`,
    front: 'The front of 2019, enlarged: southern Idlib and northern Hama',
    frontDesc:
      'The towns of the 2019 front between Hama and Khan Shaykhun: Kafr Nabuda, Latamneh, Morek and Khan Shaykhun, with the area the front ran through shaded.',
    frontCaption:
      'Tal Othman, where the ground offensive began, lies in this area; our sources give no coordinates for it.',
    syria: 'Syria in its region',
    syriaDesc:
      'Syria between Turkey, Iraq, Jordan, Lebanon and the Mediterranean, with a frame around the north-west shown on the main map, and Damascus and Aleppo marked.',
    syriaCaption: 'the dashed frame is the main map.',
    world: 'Further away: where agreements were signed',
    worldDesc:
      'A map from Turkey to Kazakhstan showing Ankara, Tehran, Sochi, Moscow and Astana, where agreements on Idlib were signed or decided; New York, where the UN Security Council listed groups, lies off the map to the west.',
    worldCaption: 'The arrow points to New York, where the UN Security Council sits.',
    /** Names drawn on the maps (countries and the sea) and the frames' link titles. */
    names: {
      turkey: 'TURKEY',
      sea: 'Mediterranean',
      syria: 'SYRIA',
      iraq: 'IRAQ',
      jordan: 'JORDAN',
    },
    frames: { front: 'Enlarged below', nw: 'The map above' },
    date: 'Date',
    month: 'Month',
    asOf: 'Only events up to',
    anyMonth: 'any month',
    asOfHelp:
      'Places whose events all come after the chosen month are faded; the list marks those events as later.',
    diagramLink: 'Who backed whom in that month',
    /** The status line of the "as of" control; the script fills {shown}, {all} and {month}. */
    status: '{shown} of {all} events had happened by the end of {month}.',
    later: 'later',
    eventsHeading: 'Events by date',
    noPlace: 'no place given',
    placesHeading: 'Places',
    governorate: (name: string) => `${name} governorate`,
    areasNote:
      'Areas (regions) are drawn as soft shading around the places our sources name in them; they are not surveyed boundaries.',
    noEvents: 'No event of the timeline took place here; it is shown for orientation.',
    coordinates: 'Coordinates',
    noCoordinates: 'No coordinates: our sources do not give its exact position.',
    spans: 'Drawn around',
    within: 'Lies within',
    otherNames: 'Also written',
    locator: 'Where it happened',
    locatorWithin: (name: string) =>
      `${name} lies in the shaded area; our sources give no exact position.`,
    locatorAround: 'The shaded area is drawn around the places our sources name in it.',
    locatorWorld: 'Syria is shaded.',
    locatorDesc: (map: 'world' | 'syria' | 'north-west', name: string, how: string) =>
      `A small map of ${map === 'world' ? 'the region from Turkey to Kazakhstan' : map === 'syria' ? 'Syria' : 'north-west Syria'} with ${name} marked. ${how}`,
    openMap: 'Open the map',
    homeLocator: 'Where Idlib is: Syria in its region, with the north-west framed.',
    geometry:
      'Borders and coastlines: Natural Earth (public domain), through the world-atlas package; drawn at build time, so no map service is contacted.',
    kind: typed<Record<string, string>>({
      city: 'city',
      town: 'town',
      village: 'village',
      'border-crossing': 'border crossing',
      'military-post': 'military post',
      site: 'site',
      region: 'region',
    }),
    markerName: (name: string, kind: string, events: number) =>
      `${name} (${kind}): ${events === 0 ? 'no event on the timeline' : en.count(events, en.nouns.event)}`,
    key: {
      event: 'a place where an event happened',
      city: 'a city shown for orientation',
      crossing: 'a border crossing',
      site: 'a site (building)',
      area: 'an area (shaded around its places)',
      frame: 'the area of an enlarged map',
    },
  },
  /** The corrections log, the notes on corrected pages and its feed. */
  corrections: {
    title: 'Corrections',
    description:
      'Every correction made to the Idlib explainer: what it said, what is right, which pages changed and on what sources.',
    lede: 'We correct errors of fact, of date and of grade in the open. Each correction below says what the site said, what is right now, which pages it changed and the sources for the corrected version; the corrected pages carry a note that links here.',
    count: (n: number) =>
      n === 1 ? '1 correction, newest first.' : `${n} corrections, newest first.`,
    none: 'Nothing has been corrected yet.',
    wrong: 'What the site said',
    right: 'What is right',
    touched: 'Pages corrected',
    sources: 'Sources',
    feed: 'Follow the corrections in a feed reader:',
    feedLink: 'Atom feed of corrections',
    gradesLink: 'How grades follow the sources',
    note: 'Corrected on',
    andMore: (n: number) => (n === 1 ? 'and 1 other page' : `and ${n} other pages`),
    noteLink: (n: number) => (n === 1 ? 'See what was corrected' : `See the ${n} corrections`),
    feedTitle: 'The Idlib explainer: corrections',
    feedSubtitle:
      'Every correction of a fact, a date or a grade on the Idlib explainer, newest first.',
    /** A feed entry's summary. */
    feedSummary: (wrong: string, right: string) => `Was: ${wrong} Now: ${right}`,
    /** The report as an entry of the log. */
    reportPage: 'The report page',
    footer: 'Corrections',
  },
  notFound: {
    title: 'Page not found',
    description: 'This page does not exist on the Idlib explainer.',
    lede: 'There is no page at this address. It may have moved, or the link may be mistyped.',
    try: 'Try one of these:',
  },
};
