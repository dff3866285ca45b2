/**
 * Every ranking decision of the site's search, in one place: what Pagefind weighs (metadata fields,
 * given to the browser as data), which pages get a leader's name, and how the offline matcher
 * orders its hits. Pure constants and one rule; part of the browser bundle (the matcher reads it).
 *
 * The aims, checked in tests/e2e/search.test.ts in both editions, online and offline: a name or an alias finds its
 * profile first ("Nusra" → Hayat Tahrir al-Sham, "Putin" → Vladimir Putin); an armed group or a
 * monitor known through its leader comes first for the leader's name ("al-Jolani" → HTS,
 * "Abdulrahman" → SOHR), the person's own profile right after.
 */
import type { ActorKind } from '../vocabulary';
import type { PageType } from './vocabulary';

/**
 * Pagefind's metadata fields and their weights (options.ranking.metaWeights). The page text weighs
 * 1, headings more (Pagefind's own scale, up to 7 for <h1>); a match in a weighted field adds to
 * that.
 * - title: the page's <h1>, Pagefind's default field.
 * - names: an actor's names, aliases and former names with their normalised forms.
 * - leaders: on a group's page, its leader's names: above the person's own names, so the group
 *   comes first for them (see LED_THROUGH_GROUP).
 * - forms: normalised forms of every word of the page (src/lib/search/normalise.ts searchForms):
 *   they let a normalised query match, and should not push a page up.
 */
export const META_WEIGHTS = { title: 5, names: 10, leaders: 40, forms: 0.5 } as const;
export type MetaField = keyof typeof META_WEIGHTS;

/** The options Pagefind's search gets in the browser. */
export const PAGEFIND_RANKING = { metaWeights: META_WEIGHTS };

/** Text weights (data-pagefind-weight) of what pages add for the index only. */
export const TEXT_WEIGHTS = {
  /** A relation page's hidden list of the report's claims that rest on it. */
  claims: 5,
} as const;

/**
 * Kinds of actor whose leaders readers know through them: a search for the leader's name gives
 * the group first. A state's or a government's leader is a public figure in their own right: their
 * own profile comes first ("Putin", "Erdogan", "Assad").
 */
const LED_THROUGH_GROUP: readonly ActorKind[] = ['armed-group', 'coalition', 'monitor'];

/** Whether a group's page carries its leaders' names for ranking. */
export function ranksForLeaders(kind: ActorKind): boolean {
  return LED_THROUGH_GROUP.includes(kind);
}

/**
 * Offline matcher: the score of a hit on a name (the main one or another), best first. A phrase
 * counts the same wherever it stands in the name: Arabic names put the head noun first ("مذكرة
 * سوتشي"), English ones last ("Sochi memorandum").
 */
export const NAME_SCORES = { exact: 100, phrase: 80, allWords: 60 } as const;
/** Offline matcher: a hit on a group's leader's name scores as that name plus this (cf. META_WEIGHTS.leaders). */
export const LEADER_BONUS = 10;
/**
 * Offline matcher: a source is found by its title, after the pages about the thing (a source
 * titled "Sochi" after the Sochi memorandum): its name hits count at most this.
 */
export const SOURCE_NAME_CAP = NAME_SCORES.allWords;
/** Offline matcher: a hit in the summary or notes only, plus a little for each word also in a name. */
export const TEXT_SCORES = { base: 20, perWordInName: 5 } as const;
/** Offline matcher: among equal scores, a profile before an event before the report, a relation, a source. */
export const TYPE_BONUS: Record<PageType, number> = {
  actor: 6,
  event: 4,
  report: 3,
  relation: 2,
  source: 1,
};
