/**
 * The words client scripts write into a page, handed over by the page as data (a JSON block
 * written from the edition's dictionary), never as literals in the bundles: one bundle serves
 * every language. The shapes of those blocks, and the helpers that read them.
 */
import type { PluralForms } from '../lib/plural';

/** What the who-backs-whom script writes: its status line, the month, the details panel. */
export interface WbwText {
  lang: string;
  months: readonly string[];
  anyMonth: string;
  /** Templates with {shown}, {total}, {actors} and {month}. */
  status: string;
  statusAsOf: string;
  relation: PluralForms;
  actor: PluralForms;
  /** Between items of a list: ", " or "، ". */
  comma: string;
  panel: {
    kind: string;
    side: string;
    relations: string;
    leaders: string;
    profile: string;
    grade: string;
    type: string;
    when: string;
    claimedBy: string;
    reportedBy: string;
    sources: string;
    permalink: string;
    pair: string;
  };
}

/** What the map's "as of" control writes. */
export interface MapText {
  months: readonly string[];
  anyMonth: string;
  /** Template with {shown}, {all} and {month}. */
  status: string;
}

/** The JSON data block with this id, parsed. */
export function readText<T>(id: string, doc: Document = document): T {
  return JSON.parse(doc.getElementById(id)!.textContent) as T;
}

/** "July 2019" / "تموز/يوليو 2019" for a YYYY-MM month, in the page's month names. */
export function monthText(months: readonly string[], month: string): string {
  const [y, m] = month.split('-');
  return `${months[Number(m) - 1] ?? ''} ${y}`;
}
