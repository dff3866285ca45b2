/**
 * Dates as the sources give them. A date has a precision (year, month or day) and a range has two
 * such ends, so "2019-04" stays April 2019 and never becomes 1 April. Text forms follow ISO 8601:
 * "2019", "2019-04", "2019-04-30", and "2019-01-01/2019-01-10" for a range.
 */

export type Precision = 'year' | 'month' | 'day';

interface DateParts {
  year: number;
  /** The text it was parsed from, kept for display and round-trips. */
  text: string;
}
/** A date as precise as its source: a year, a month of a year, or a day (the precision says which). */
export type PartialDate =
  | (DateParts & { precision: 'year'; month?: undefined; day?: undefined })
  | (DateParts & { precision: 'month'; month: number; day?: undefined })
  | (DateParts & { precision: 'day'; month: number; day: number });

export interface DateSpan {
  start: PartialDate;
  /** Absent for a single date; a range's end otherwise. */
  end?: PartialDate;
  text: string;
}

const PARTIAL = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

export const DATE_HELP =
  'a date as YYYY, YYYY-MM or YYYY-MM-DD (e.g. 2019, 2019-04, 2019-04-30), giving only the parts the sources give';
export const SPAN_HELP = `${DATE_HELP}, or a range START/END such as 2019-01-01/2019-01-10`;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Parses one partial date; returns an error sentence instead of throwing. */
export function parsePartialDate(text: string): PartialDate | string {
  const m = PARTIAL.exec(text.trim());
  if (!m) return `"${text}" is not a date in the form YYYY, YYYY-MM or YYYY-MM-DD`;
  const year = Number(m[1]);
  if (year < 1900 || year > 2100) return `"${text}" has year ${year}, outside 1900-2100`;
  if (m[2] === undefined) return { year, precision: 'year', text };
  const month = Number(m[2]);
  if (month < 1 || month > 12) return `"${text}" has month ${m[2]}; months run 01-12`;
  if (m[3] === undefined) return { year, month, precision: 'month', text };
  const day = Number(m[3]);
  const last = daysInMonth(year, month);
  if (day < 1 || day > last) return `"${text}" has day ${m[3]}, but that month has ${last} days`;
  return { year, month, day, precision: 'day', text };
}

/** Parses a single date or a START/END range; the end may not come before the start. */
export function parseSpan(text: string): DateSpan | string {
  const [first = '', second, ...more] = text.split('/');
  if (more.length) return `"${text}" has more than one "/"`;
  const start = parsePartialDate(first);
  if (typeof start === 'string') return start;
  if (second === undefined) return { start, text };
  const end = parsePartialDate(second);
  if (typeof end === 'string') return end;
  if (compareDates(latest(end), earliest(start)) < 0) {
    return `range "${text}" ends before it starts; put the earlier date first`;
  }
  return { start, end, text };
}

/** The first day a partial date can mean, as YYYY-MM-DD. */
export function earliest(d: PartialDate): string {
  return `${d.year}-${pad(d.month ?? 1)}-${pad(d.day ?? 1)}`;
}

/** The last day a partial date can mean, as YYYY-MM-DD. */
export function latest(d: PartialDate): string {
  const month = d.month ?? 12;
  const day = d.day ?? daysInMonth(d.year, month);
  return `${d.year}-${pad(month)}-${pad(day)}`;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** Compares two YYYY-MM-DD strings. */
export function compareDates(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Orders spans by their earliest possible day, then by how precise they are (precise first). */
export function compareSpans(a: DateSpan, b: DateSpan): number {
  const byStart = compareDates(earliest(a.start), earliest(b.start));
  if (byStart !== 0) return byStart;
  return rank(b.start.precision) - rank(a.start.precision);
}

function rank(p: Precision): number {
  return p === 'day' ? 2 : p === 'month' ? 1 : 0;
}

/** How an edition writes dates: its month names and the words around a range's two ends. */
export interface DateWords {
  months: readonly string[];
  /**
   * What goes before a range's start and between its ends: ["", "–"] for "1–10 May 2019",
   * ["من ", " إلى "] for "من 1 إلى 10 أيار/مايو 2019". `tight` when the start is a bare day number.
   */
  rangeWords(tight: boolean): readonly [string, string];
}

export const ENGLISH_DATES: DateWords = {
  months: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
  rangeWords: (tight) => (tight ? ['', '\u2013'] : ['', ' \u2013 ']),
};

/** A range's two ends joined in an edition's words. */
function joinRange(words: DateWords, start: string, end: string, tight = false): string {
  const [before, between] = words.rangeWords(tight);
  return `${before}${start}${between}${end}`;
}

/** "30 April 2019", "April 2019", "2019": no more precise than the source. */
export function formatDate(d: PartialDate, words: DateWords = ENGLISH_DATES): string {
  if (d.precision === 'year') return String(d.year);
  const month = words.months[d.month - 1];
  if (d.precision === 'month') return `${month} ${d.year}`;
  return `${d.day} ${month} ${d.year}`;
}

/**
 * A range's two ends as text, sharing what they share: ["1", "10 January 2019"],
 * ["14 September", "2 October 2017"], ["May 2013", "June 2018"]. A single date has one part.
 */
export function spanParts(
  s: DateSpan,
  words: DateWords = ENGLISH_DATES,
): [string] | [string, string] {
  const { start, end } = s;
  if (!end) return [formatDate(start, words)];
  if (start.precision === 'day' && end.precision === 'day' && start.year === end.year) {
    if (start.month === end.month) return [String(start.day), formatDate(end, words)];
    return [`${start.day} ${words.months[start.month - 1]}`, formatDate(end, words)];
  }
  return [formatDate(start, words), formatDate(end, words)];
}

/** "1–10 January 2019", "14 September – 2 October 2017", "2019" (in English). */
export function formatSpan(s: DateSpan, words: DateWords = ENGLISH_DATES): string {
  const parts = spanParts(s, words);
  if (parts.length === 1) return parts[0];
  return joinRange(words, parts[0], parts[1], /^\d+$/.test(parts[0]));
}
