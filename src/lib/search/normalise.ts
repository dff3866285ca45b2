/**
 * How search compares words, in both languages: the one normaliser the build (the offline index,
 * the forms given to Pagefind, the A–Z sort) and the browser (the query, the matcher, highlighting)
 * share, so that what is indexed and what is typed meet. Pure; part of the browser bundle.
 *
 * Latin script: case, accents and apostrophes do not count ("Erdoğan" = "erdogan", "Hay'at" = "hayat").
 * Arabic script: the short vowels and other marks, the tatweel (ـ), the hamza forms of alef
 * (أ إ آ ٱ → ا) and its seats (ؤ → و, ئ → ي), ة/ه and ى/ي do not count, nor the definite article
 * (ال, also after و ف ب ك, and لل): "الجولاني" = "جولاني", "هيئة" = "هيئه", "سوتشى" = "سوتشي".
 * Arabic-Indic digits read as Western ones.
 */

/** Letters of the Arabic script (the basic block is enough for the site's words). */
const ARABIC = /[\u0600-\u06FF]/;

/** Arabic letters read the same whatever their spelling, after marks are gone. */
const LETTERS: Record<string, string> = {
  '\u0629': '\u0647', // ة → ه
  '\u0649': '\u064A', // ى → ي
  '\u0671': '\u0627', // ٱ → ا
  '\u06CC': '\u064A', // Persian ی → ي
  '\u06A9': '\u0643', // Persian ک → ك
};
const LETTER_RE = new RegExp(`[${Object.keys(LETTERS).join('')}]`, 'g');

/** The article and the one-letter words written onto it; what follows must keep 2 letters (3 after a prefix). */
const ARTICLE = /^(?:ال(?=..)|[وفبك]ال(?=...)|لل(?=..))/;
/** "و" (and) and "ف" (so) written onto a word: other forms of a word on the index side only. */
const CONJUNCTION = /^[وف](?=...)/;

/**
 * One word or phrase folded: lower case, marks and apostrophes dropped, Arabic letters unified,
 * anything but letters and digits a single space. The article stays (see `normalise`).
 */
export function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/\u0640/g, '')
    .toLowerCase()
    .replace(/['’‘ʼʻ`´]/g, '')
    .replace(LETTER_RE, (c) => LETTERS[c]!)
    .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660))
    .replace(/[\u06F0-\u06F9]/g, (d) => String(d.charCodeAt(0) - 0x06f0))
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** A folded Arabic word without its article ("الشام" → "شام", "والجولاني" → "جولاني"); other words as they are. */
export function withoutArticle(word: string): string {
  return ARABIC.test(word.charAt(0)) ? word.replace(ARTICLE, '') : word;
}

/** Text as search compares it: folded, each word without its article. */
export function normalise(text: string): string {
  return fold(text).split(' ').map(withoutArticle).join(' ');
}

/** The words of a query or a name, normalised; none for blank text. */
export function tokens(text: string): string[] {
  const n = normalise(text);
  return n ? n.split(' ') : [];
}

/**
 * Every form under which a folded word can be found: itself, without its article, and (Arabic)
 * without a leading "و"/"ف". A query's word matches a word when it matches one of its forms.
 */
export function wordForms(folded: string): string[] {
  const out = new Set([folded, withoutArticle(folded)]);
  if (ARABIC.test(folded.charAt(0)) && CONJUNCTION.test(folded)) {
    const rest = folded.slice(1);
    out.add(rest);
    out.add(withoutArticle(rest));
  }
  return [...out];
}

/** The forms of every word of a text: what the matcher and the highlighter compare a query with. */
export function textForms(text: string): string[][] {
  const f = fold(text);
  return f ? f.split(' ').map(wordForms) : [];
}

/**
 * The forms of a text's words that differ from how the words are written (lower-cased): what
 * Pagefind gets as extra metadata so that a normalised query finds the page ("هيئه" for "هيئة",
 * "جولاني" for "الجولاني", "erdogan" for "Erdoğan"). Distinct, in order of first use.
 */
export function searchForms(text: string): string[] {
  const written = new Set(text.toLowerCase().split(/[^\p{L}\p{N}\p{M}\u0640'’]+/u));
  const out = new Set<string>();
  for (const forms of textForms(text)) for (const f of forms) if (!written.has(f)) out.add(f);
  return [...out];
}

/** The query as it is sent to Pagefind: normalised the same way as the forms it was given. */
export function pagefindQuery(query: string): string {
  return normalise(query);
}

/**
 * Where a query's words occur in a text, as [start, end) ranges of whole words, for marking: a
 * word is marked when one of its forms is a query word of 2 letters or more, or begins with the
 * query's last word (the one perhaps still being typed) when that has 2 letters or more.
 */
export function matchRanges(text: string, query: string): [number, number][] {
  const words = tokens(query);
  if (!words.length) return [];
  const last = words[words.length - 1]!;
  const whole = new Set(words.filter((w) => w.length > 1));
  const out: [number, number][] = [];
  for (const m of text.matchAll(/[\p{L}\p{N}\p{M}\u0640]+/gu)) {
    const forms = wordForms(fold(m[0]));
    if (forms.some((f) => whole.has(f) || (last.length > 1 && f.startsWith(last))))
      out.push([m.index, m.index + m[0].length]);
  }
  return out;
}
