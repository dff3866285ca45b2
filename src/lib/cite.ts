/**
 * "Cite this": one page of the site as plain text, BibTeX and CSL-JSON. The URL is the page's
 * canonical address and the date is the build's date (the edition cited, and the day accessed),
 * so a build of one commit always gives the same citations. Keys depend only on the kind and id.
 */
import { formatDate, parsePartialDate } from './dates';
import { en, type Dictionary } from './strings';
import { typed } from './typed';

export type CiteKind = 'actor' | 'event' | 'relation' | 'dataset';

export interface CiteInput {
  kind: CiteKind;
  /** The entry's id; the dataset's is "data". */
  id: string;
  title: string;
  /** The page's canonical, absolute URL. */
  url: string;
  /** The build date, YYYY-MM-DD. */
  date: string;
  /** The site's name: the author (and so, in APA, not repeated as site or publisher). */
  site: string;
  /** YYYY-MM-DD of the page's latest correction (corrections log), when it has one. */
  corrected?: string | undefined;
  /** The edition's words (English when absent); its `lang` is the citation's language. */
  t?: Dictionary | undefined;
}

/** A stable key: "idlib-explainer-actor-hts". Ids are lower-case slugs, so keys are plain ASCII. */
export function citationKey(kind: CiteKind, id: string): string {
  return `idlib-explainer-${kind}-${id}`.replace(/[^a-z0-9-]/g, '-');
}

/** "30 November 2026" for a YYYY-MM-DD day, in the edition's words. */
function dateOnly(date: string, t: Dictionary): string {
  const [year, month, d] = dayParts(date);
  return formatDate({ year, month, day: d, precision: 'day', text: date }, t.dates);
}

function dayParts(date: string): [number, number, number] {
  const d = parsePartialDate(date);
  if (typeof d === 'string' || d.precision !== 'day')
    throw new Error(`citations need a build date as YYYY-MM-DD, not "${date}"`);
  return [d.year, d.month, d.day];
}

/** "“Hayat Tahrir al-Sham”. Actor profile in The Idlib explainer, edition of 1 May 2026. <url> (accessed 1 May 2026). CC BY 4.0." */
export function plainCitation(c: CiteInput): string {
  const t = c.t ?? en;
  return t.cite.plain(
    c.title,
    t.cite.genre[c.kind],
    c.site,
    dateOnly(c.date, t),
    c.corrected ? dateOnly(c.corrected, t) : '',
    c.url,
  );
}

const BIBTEX_SPECIALS: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  '&': '\\&',
  '%': '\\%',
  $: '\\$',
  '#': '\\#',
  _: '\\_',
  '^': '\\^{}',
  '~': '\\~{}',
};

/** Text for a BibTeX field: LaTeX's special characters escaped, so braces always balance. */
export function bibtexEscape(text: string): string {
  return text.replace(/[\\{}&%$#_^~]/g, (ch) => BIBTEX_SPECIALS[ch] ?? ch);
}

/** A URL for a verbatim BibTeX field: braces, backslashes and spaces percent-encoded. */
function bibtexUrl(url: string): string {
  return url.replace(/[{}\\\s]/g, (ch) => encodeURIComponent(ch));
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** A BibTeX @misc entry (with biblatex's url and urldate fields). */
export function bibtex(c: CiteInput): string {
  const [year, month] = dayParts(c.date);
  const url = bibtexUrl(c.url);
  const fields: [string, string][] = [
    ['author', `{{${bibtexEscape(c.site)}}}`],
    ['title', `{{${bibtexEscape(c.title)}}}`],
    ['howpublished', `{\\url{${url}}}`],
    ['year', `{${year}}`],
    ['month', MONTHS[month - 1] ?? String(month)],
    ['url', `{${url}}`],
    ['urldate', `{${c.date}}`],
    [
      'note',
      `{${bibtexEscape((c.t ?? en).cite.note((c.t ?? en).cite.genre[c.kind], c.corrected ?? '', c.date))}}`,
    ],
    ...((c.t ?? en).lang === 'en'
      ? []
      : [typed<[string, string]>(['language', `{${(c.t ?? en).lang}}`])]),
  ];
  const width = Math.max(...fields.map(([k]) => k.length));
  return `@misc{${citationKey(c.kind, c.id)},\n${fields.map(([k, v]) => `  ${k.padEnd(width)} = ${v}`).join(',\n')}\n}`;
}

export interface CslItem {
  id: string;
  type: 'webpage' | 'dataset';
  title: string;
  author: { literal: string }[];
  URL: string;
  issued: { 'date-parts': [[number, number, number]] };
  accessed: { 'date-parts': [[number, number, number]] };
  /** Pages only: "Actor profile" (APA prints it in brackets). */
  genre?: string;
  /** The dataset only: its edition, the build date. */
  version?: string;
  language: string;
  note: string;
}

/**
 * One CSL-JSON item (the input format of citeproc, Zotero, Pandoc). The site is the author and
 * is named once: APA leaves out a site name or publisher that repeats the author, and citeproc
 * prints every field it is given. The dataset carries no genre, so styles use their own term
 * ("[Data set]" in APA), and its edition as the version. tests/unit/cite-apa.test.ts renders both.
 */
export function cslItem(c: CiteInput): CslItem {
  const parts = dayParts(c.date);
  const dataset = c.kind === 'dataset';
  const t = c.t ?? en;
  return {
    id: citationKey(c.kind, c.id),
    type: dataset ? 'dataset' : 'webpage',
    title: c.title,
    author: [{ literal: c.site }],
    URL: c.url,
    issued: { 'date-parts': [parts] },
    accessed: { 'date-parts': [parts] },
    ...(dataset ? { version: c.date } : { genre: t.cite.genre[c.kind] }),
    language: t.lang,
    note: t.cite.cslNote(c.corrected ?? ''),
  };
}

/** CSL-JSON as a file holds it: an array of items, one field a line. */
export function cslJson(c: CiteInput): string {
  const fields = Object.entries(cslItem(c)).map(
    ([k, v]) => `    ${JSON.stringify(k)}: ${JSON.stringify(v)}`,
  );
  return `[\n  {\n${fields.join(',\n')}\n  }\n]`;
}

/** All three formats at once. */
export function citation(c: CiteInput): { key: string; text: string; bibtex: string; csl: string } {
  return {
    key: citationKey(c.kind, c.id),
    text: plainCitation(c),
    bibtex: bibtex(c),
    csl: cslJson(c),
  };
}
