/**
 * Text for dates, periods and relations, shared by pages, the diagram's details and exports, in
 * the words of an edition's dictionary (English when none is given: open data and messages to
 * contributors are English).
 */
import { formatDate, parsePartialDate } from './dates';
import type { Period } from './dataset';
import { en, type Dictionary } from './strings';
import { plainText } from './rich-text';
import type { RelationType } from './vocabulary';

export function dateText(value: string, t: Dictionary = en): string {
  const d = parsePartialDate(value);
  return typeof d === 'string' ? value : formatDate(d, t.dates);
}

/** What a period's end is: a date, or one of the two words. */
export function endKind(to: string): 'date' | 'ongoing' | 'unknown' {
  return to === 'ongoing' || to === 'unknown' ? to : 'date';
}

export function endText(to: string, t: Dictionary = en): string {
  const kind = endKind(to);
  return kind === 'date' ? dateText(to, t) : t.period[kind];
}

/** "by 2019": a start the sources do not give, only the date they first attest it. */
export function startText(p: Period, t: Dictionary = en): string {
  return p.startGiven === false ? `${t.period.by}${dateText(p.from, t)}` : dateText(p.from, t);
}

/** "30 September 2015 – ongoing; by 2019 – ongoing; 2015 – September 2017" (English). */
export function periodsText(periods: Period[], t: Dictionary = en): string {
  return periods
    .map((p) => {
      const [before, between] = t.period.frame(p.startGiven === false, endKind(p.to));
      return `${before}${startText(p, t)}${between}${endText(p.to, t)}`;
    })
    .join(t.period.separator);
}

/**
 * A source's headline for a label or a tooltip: in the edition's language when it has a
 * translation (the bibliography entry gives the original beside it), as published otherwise.
 */
export function sourceTitle(
  s: { title: string; language: string; titleTranslation?: string | undefined },
  t: Dictionary = en,
): string {
  return s.language !== t.lang && s.titleTranslation ? s.titleTranslation : s.title;
}

/** "Turkey supplies arms to the NFL": the relation in the edition's word order. */
export function relationSentence(
  from: string,
  type: RelationType,
  to: string,
  t: Dictionary = en,
): string {
  return plainText(t.relationPattern[type], { from, to });
}
