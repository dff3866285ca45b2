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

/** "30 September 2015 – ongoing; 2017 – September 2017". */
export function periodsText(periods: Period[]): string {
  return periods.map((p) => `${dateText(p.from)} – ${endText(p.to)}`).join('; ');
}

export function relationSentence(from: string, type: RelationType, to: string): string {
  return `${from} ${relationVerb[type]} ${to}`;
}
