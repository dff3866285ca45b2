/**
 * The one definition of the content's shape. Built by a factory so that Astro can pass its
 * reference() (content.config.ts) while unit tests and scripts pass a plain id check.
 */
import { z } from 'astro/zod';
import { parsePartialDate, parseSpan, DATE_HELP, SPAN_HELP } from './dates';
import { INVISIBLE, sourceUrlProblem } from './content-policy';
import {
  ACTOR_KINDS,
  SIDES,
  RELATION_TYPES,
  GRADES,
  SOURCE_KINDS,
  FRAMING_KINDS,
  SLUG,
  PLACE_KINDS,
  PLACE_MAPS,
  CORRECTABLE,
} from './vocabulary';

export type Collection = 'actors' | 'events' | 'relations' | 'sources' | 'places';
/** Makes the schema of a reference to an entry of `collection`. */
export type RefFactory<R extends z.ZodType = z.ZodType> = (collection: Collection) => R;

/** References as plain slugs: for tests and scripts that run outside Astro. */
export const slugRef: RefFactory<z.ZodString> = (collection) =>
  z.string().regex(SLUG, {
    message: `expected the id of an entry in ${collection} (a lower-case slug such as "hts")`,
  });

const oneOf = <T extends readonly [string, ...string[]]>(values: T, what: string) =>
  z.enum(values, { message: `expected ${what}: one of ${values.join(', ')}` });

export const partialDate = z
  .string({ message: `expected ${DATE_HELP}, in quotes` })
  .superRefine((v, ctx) => {
    const parsed = parsePartialDate(v);
    if (typeof parsed === 'string')
      ctx.addIssue({ code: 'custom', message: `${parsed}; expected ${DATE_HELP}` });
  });

export const dateSpan = z
  .string({ message: `expected ${SPAN_HELP}, in quotes` })
  .superRefine((v, ctx) => {
    const parsed = parseSpan(v);
    if (typeof parsed === 'string')
      ctx.addIssue({ code: 'custom', message: `${parsed}; expected ${SPAN_HELP}` });
  });

const text = (what: string) =>
  z
    .string({ message: `expected ${what} as text` })
    .trim()
    .min(1, `expected ${what}; it is empty`);

/** A name or alias: no invisible characters (zero-width, bidi controls), which could make two names look alike. */
const name = (what: string) =>
  text(what).refine((v) => !INVISIBLE.test(v), {
    message: `expected ${what} without invisible characters (zero-width or direction controls); delete them`,
  });

/** A source's address: a full http(s) URL (content-policy.ts says why others are refused). */
const sourceUrl = z.string({ message: 'expected a full http(s) URL' }).superRefine((v, ctx) => {
  const problem = sourceUrlProblem(v);
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
});

/** A full day, YYYY-MM-DD: corrections are dated to the day they were made. */
export const day = z
  .string({ message: 'expected the day as YYYY-MM-DD, in quotes' })
  .superRefine((v, ctx) => {
    const parsed = parsePartialDate(v);
    if (typeof parsed === 'string')
      ctx.addIssue({ code: 'custom', message: `${parsed}; expected the day as YYYY-MM-DD` });
    else if (parsed.precision !== 'day')
      ctx.addIssue({
        code: 'custom',
        message: `"${v}" is not a full day; expected the day as YYYY-MM-DD`,
      });
  });

/** "relations/some-id": an entry of a collection that a correction can touch. */
const CORRECTED_ENTRY = new RegExp(`^(?:${CORRECTABLE.join('|')})/${SLUG.source.slice(1, -1)}$`);

const correctedEntry = z
  .string({ message: 'expected "collection/id" in quotes' })
  .regex(CORRECTED_ENTRY, {
    message: `expected "collection/id" with a collection among ${CORRECTABLE.join(', ')} and a lower-case slug id, e.g. actors/hts`,
  });

export function makeSchemas<R extends z.ZodType>(ref: RefFactory<R>) {
  const sources = z
    .array(ref('sources'), { message: 'expected a list of source ids, e.g. [reuters-2019-07-10]' })
    .min(
      1,
      'expected at least one source id: every claim cites a source (add one in src/content/sources/)',
    );

  const formerName = z.strictObject({
    name: name('the former name'),
    from: partialDate.optional(),
    until: partialDate.optional(),
  });

  const actor = z.strictObject({
    name: name("the actor's name"),
    shortName: name('the short name').optional(),
    aliases: z.array(name('an alias')).default([]),
    formerNames: z.array(formerName).default([]),
    kind: oneOf(ACTOR_KINDS, 'the kind of actor'),
    side: oneOf(SIDES, 'the side or alignment in mid-2019'),
    summary: text('a one- or two-sentence summary'),
    leaders: z.array(ref('actors')).default([]),
    founded: partialDate.optional(),
    dissolved: partialDate.optional(),
    country: z.string().optional(),
    sources,
  });

  const participant = z.strictObject({
    actor: ref('actors'),
    role: text('the participant\'s role, e.g. "signatory" or "attacker"'),
  });

  const event = z.strictObject({
    title: text("the event's title"),
    date: dateSpan,
    summary: text('a one-sentence summary'),
    /** Where it happened: the id of an entry in src/content/places/. */
    place: ref('places').optional(),
    participants: z.array(participant).min(1, 'expected at least one participant { actor, role }'),
    sources,
  });

  const period = z.strictObject({
    from: partialDate,
    /** false: "from" is only when the sources first attest it; they do not say when it began. */
    startGiven: z.boolean({ message: 'expected true or false' }).optional(),
    /** A date, "ongoing" (still in force when last checked) or "unknown" (end not known). */
    to: z
      .union([partialDate, z.literal('ongoing'), z.literal('unknown')], {
        message: `expected ${DATE_HELP}, "ongoing" or "unknown"`,
      })
      .default('unknown'),
  });

  const relation = z.strictObject({
    from: ref('actors'),
    to: ref('actors'),
    type: oneOf(RELATION_TYPES, 'the relation type'),
    periods: z.array(period).min(1, 'expected at least one period { from, to }'),
    grade: oneOf(GRADES, 'the grade'),
    claimant: z.string().optional(),
    claimantActor: ref('actors').optional(),
    reportedBy: ref('actors').optional(),
    note: text('a one-line note'),
    sources,
  });

  const source = z.strictObject({
    title: text("the source's title"),
    publisher: text('the publisher'),
    /** Short label for inline citations, e.g. "AP" for Associated Press. */
    citeAs: z.string().optional(),
    authors: z.array(z.string()).default([]),
    date: partialDate,
    kind: oneOf(SOURCE_KINDS, 'the kind of source'),
    url: sourceUrl.optional(),
    /** true: the cited text was read and supports what cites it; false: known only from elsewhere. */
    read: z.boolean({
      message:
        'expected true (we read the text and it supports what cites it) or false (not read: say in details what is known of it)',
    }),
    details: z.string().optional(),
    reliability: z.string().optional(),
    language: z.string().default('en'),
  });

  const claim = z.strictObject({
    id: z.string().regex(SLUG, 'expected a lower-case slug id for the claim'),
    text: text('the claim in our own words'),
    grade: oneOf(GRADES, 'the grade'),
    relations: z.array(ref('relations')).default([]),
    events: z.array(ref('events')).default([]),
    sources,
  });

  const framing = z.strictObject({
    wording: text("the outlet's wording, quoted briefly"),
    kind: oneOf(FRAMING_KINDS, 'the kind of problem'),
    note: text('what is wrong with it or how to read it'),
    sources,
  });

  const article = z.strictObject({
    title: text('the title of our summary'),
    originalTitle: text("the report's own headline"),
    outlet: ref('actors'),
    published: partialDate,
    source: ref('sources'),
    basedOn: ref('sources'),
    summary: text('a short summary'),
    claims: z.array(claim).default([]),
    framing: z.array(framing).default([]),
  });

  /**
   * A place on the maps. It is located in one of three ways: by coordinates with the source that
   * gives them; a region by the places it spans (around); a place whose exact position the sources
   * do not give by the area it lies in (within). validate.ts checks that exactly one is given.
   */
  const place = z.strictObject({
    name: text('the place name as this site writes it'),
    /** A short form for map labels, e.g. "New York (UN)". */
    shortName: z.string().optional(),
    otherNames: z.array(z.string()).default([]),
    kind: oneOf(PLACE_KINDS, 'the kind of place'),
    country: text('the country it lies in'),
    governorate: z.string().optional(),
    map: oneOf(PLACE_MAPS, 'the map it is drawn on').default('north-west'),
    coordinates: z
      .strictObject({
        lat: z
          .number({
            message: 'expected the latitude in decimal degrees, north positive, e.g. 35.93',
          })
          .min(-90)
          .max(90),
        lon: z
          .number({
            message: 'expected the longitude in decimal degrees, east positive, e.g. 36.63',
          })
          .min(-180)
          .max(180),
        /** The source a reader can open to check them; validate.ts refuses coordinates without one. */
        source: ref('sources').optional(),
      })
      .optional(),
    around: z.array(ref('places')).optional(),
    within: ref('places').optional(),
    note: z.string().optional(),
  });

  /** One entry of the public corrections log (src/content/corrections/*.yaml). */
  const correction = z.strictObject({
    date: day,
    entries: z
      .array(correctedEntry, {
        message:
          'expected a list of entries, e.g. [relations/abu-mohammad-al-jolani--leadership--hts]',
      })
      .min(1, 'expected at least one entry the correction touches, as collection/id'),
    wrong: text('what was wrong, in a sentence'),
    right: text('what is right now, in a sentence'),
    sources,
  });

  return { actor, event, relation, source, article, place, correction };
}

/** Languages of the editions besides English; their translations live in <collection>/<lang>/. */
export const TRANSLATION_LOCALES = ['ar'] as const;

/**
 * Translations carry only the text a reader reads (docs/translating.md); everything else comes from
 * the English entry, so the editions cannot disagree on a fact. Strict: a data field (a date, a
 * reference, a grade) in a translation is refused.
 */
export function makeTranslationSchemas() {
  const textList = z.array(name('a name')).default([]);
  const actor = z.strictObject({
    name: name("the actor's name in this language"),
    shortName: name('the short name').optional(),
    aliases: textList,
    /** Names only, in the English entry's order; their dates come from the English entry. */
    formerNames: textList,
    summary: text('the summary in this language'),
  });
  const event = z.strictObject({
    title: text("the event's title in this language"),
    summary: text('the summary in this language'),
    /** The participants' roles only, in the English entry's order; the actors come from it. */
    roles: textList,
  });
  const relation = z.strictObject({
    note: text('the note in this language'),
    claimant: z.string().optional(),
  });
  const source = z.strictObject({
    titleTranslation: text('the headline translated (the original headline stays as published)'),
    details: z.string().optional(),
    reliability: z.string().optional(),
  });
  const place = z.strictObject({
    name: text('the place name in this language'),
    shortName: z.string().optional(),
    otherNames: z.array(z.string()).default([]),
    note: z.string().optional(),
  });
  const correction = z.strictObject({
    wrong: text('what was wrong, in this language'),
    right: text('what is right, in this language'),
  });
  const article = z.strictObject({
    title: text('the title in this language'),
    originalTitleTranslation: text("the outlet's headline translated"),
    summary: text('the summary in this language'),
    claims: z
      .array(
        z.strictObject({
          id: z.string().regex(SLUG, 'expected the id of a claim of the English article'),
          text: text('the claim in this language'),
        }),
      )
      .default([]),
    framing: z
      .array(
        z.strictObject({
          wording: text("the outlet's wording translated"),
          note: text('the note in this language'),
        }),
      )
      .default([]),
  });
  return { actor, event, relation, source, place, correction, article };
}

/** The schemas with references as plain ids: the types of the content (dataset.ts) come from these. */
export type PlainSchemas = ReturnType<typeof makeSchemas<z.ZodString>>;
