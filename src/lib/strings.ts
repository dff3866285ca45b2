/**
 * Every interface string, one table per language (strings/en.ts, strings/ar.ts), the same shape
 * checked by TypeScript. Pages and components take the table of their locale; client scripts get
 * the part they need as data. Language-neutral code (open data, messages to contributors) uses
 * English through `en`.
 */
import type { Locale } from './i18n';
import { en } from './strings/en';
import { ar } from './strings/ar';

export type Dictionary = typeof en;

const TABLES: Record<Locale, Dictionary> = { en, ar };

export function strings(locale: Locale): Dictionary {
  return TABLES[locale];
}

export { en };
