/**
 * Finds runs of words that a content file shares with the source report (docs/source/report.txt),
 * ignoring text inside quotation marks (attributed quotations are allowed). Words are lower-case
 * letters and digits (with an apostrophe inside, as in "it's"); a run longer than `longest` words
 * is a problem: the site's text must be our own words. Pure: the caller reads the files.
 */

/** Text in straight or curly double quotes, up to 600 characters: quotations are allowed. */
const QUOTED = /["“][^"”]{0,600}["”]/g;
const WORD = /[a-z0-9]+(?:['’][a-z]+)?/g;

interface Word {
  word: string;
  at: number;
}

/** The words of a text, lower-cased, with their offsets; quotations blanked out first. */
export function wordsOf(text: string): Word[] {
  const blanked = text.replace(QUOTED, (q) => ' '.repeat(q.length));
  return [...blanked.toLowerCase().matchAll(WORD)].map((m) => ({ word: m[0], at: m.index }));
}

export interface SharedRun {
  /** The run's words, joined by spaces. */
  text: string;
  /** How many words. */
  length: number;
  /** Offset of its first word in the content text. */
  at: number;
}

/** Every run of more than `longest` consecutive words that `text` shares with `source`. */
export function sharedRuns(text: string, source: string, longest: number): SharedRun[] {
  const seed = wordsOf(source).map((w) => w.word);
  const site = wordsOf(text);
  const index = new Map<string, number>();
  for (let i = 0; i + longest < seed.length; i++) {
    const key = seed.slice(i, i + longest + 1).join(' ');
    if (!index.has(key)) index.set(key, i);
  }
  const runs: SharedRun[] = [];
  let i = 0;
  while (i + longest < site.length) {
    const start = index.get(
      site
        .slice(i, i + longest + 1)
        .map((w) => w.word)
        .join(' '),
    );
    if (start === undefined) {
      i++;
      continue;
    }
    let n = longest + 1;
    while (i + n < site.length && start + n < seed.length && site[i + n]!.word === seed[start + n])
      n++;
    runs.push({
      text: site
        .slice(i, i + n)
        .map((w) => w.word)
        .join(' '),
      length: n,
      at: site[i]!.at,
    });
    i += n;
  }
  return runs;
}
