/**
 * The words client scripts write into a page, handed over by the page as data (a JSON block
 * written from the edition's dictionary), never as literals in the bundles: one bundle serves
 * every language. The shapes of those blocks, and the helpers that read them.
 */
import type { PluralForms } from '../lib/plural';
import { isObject } from '../lib/typed';

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

const strings = (value: Record<string, unknown>, keys: readonly string[]) =>
  keys.every((k) => typeof value[k] === 'string');

/** Whether a page's data block holds the who-backs-whom words (checked once, on reading). */
export function isWbwText(value: unknown): value is WbwText {
  return (
    isObject(value) &&
    strings(value, ['lang', 'anyMonth', 'status', 'statusAsOf', 'comma']) &&
    Array.isArray(value['months']) &&
    isObject(value['relation']) &&
    isObject(value['actor']) &&
    isObject(value['panel'])
  );
}

/** Whether a page's data block holds the map's words. */
export function isMapText(value: unknown): value is MapText {
  return (
    isObject(value) && strings(value, ['anyMonth', 'status']) && Array.isArray(value['months'])
  );
}

/** "July 2019" / "تموز/يوليو 2019" for a YYYY-MM month, in the page's month names. */
export function monthText(months: readonly string[], month: string): string {
  const [y, m] = month.split('-');
  return `${months[Number(m) - 1] ?? ''} ${y}`;
}
