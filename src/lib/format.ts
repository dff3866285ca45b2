/** Text for dates, periods and relations, shared by pages, the diagram's details and exports. */
import { formatDate, parsePartialDate } from './dates';
import type { Period } from './dataset';
import { en, type Dictionary } from './strings';
import type { RelationType } from './vocabulary';

export function dateText(value: string, t: Dictionary = en): string {
  const d = parsePartialDate(value);
  return typeof d === 'string' ? value : formatDate(d, t.dates);
}

export function endText(to: string, t: Dictionary = en): string {
  return to === 'ongoing' || to === 'unknown' ? t.periodEnd[to] : dateText(to, t);
}

/** "by 2019": a start the sources do not give, only the date they first attest it. */
export function startText(p: Period, t: Dictionary = en): string {
  return p.startGiven === false ? t.by(dateText(p.from, t)) : dateText(p.from, t);
}

/** "30 September 2015 – ongoing; by 2019 – ongoing; 2015 – September 2017". */
export function periodsText(periods: Period[], t: Dictionary = en): string {
  return periods.map((p) => t.dates.range(startText(p, t), endText(p.to, t), false)).join('; ');
}

export function relationSentence(from: string, type: RelationType, to: string, t: Dictionary = en): string {
  return `${from} ${t.relationVerb[type]} ${to}`;
}
