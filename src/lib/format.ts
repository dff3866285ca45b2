/** Text for dates, periods and relations, shared by pages, the diagram's details and exports. */
import { formatDate, parsePartialDate } from './dates';
import type { Period } from './dataset';
import { periodEnd, relationVerb } from './strings';
import type { RelationType } from './vocabulary';

export function dateText(value: string): string {
  const d = parsePartialDate(value);
  return typeof d === 'string' ? value : formatDate(d);
}

export function endText(to: string): string {
  return to === 'ongoing' || to === 'unknown' ? periodEnd[to] : dateText(to);
}

/** "by 2019": a start the sources do not give, only the date they first attest it. */
export function startText(p: Period): string {
  return p.startGiven === false ? `by ${dateText(p.from)}` : dateText(p.from);
}

/** "30 September 2015 – ongoing; by 2019 – ongoing; 2015 – September 2017". */
export function periodsText(periods: Period[]): string {
  return periods.map((p) => `${startText(p)} – ${endText(p.to)}`).join('; ');
}

export function relationSentence(from: string, type: RelationType, to: string): string {
  return `${from} ${relationVerb[type]} ${to}`;
}
