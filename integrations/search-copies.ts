/**
 * Pagefind's copies of the pages are kept in one folder per language, named by the page's
 * <html lang> ("unknown" where a page has none, as Pagefind calls it). Pagefind then indexes each
 * folder in turn with a fresh service (pagefind.ts): its memory holds one language's index, not
 * every language's at once, and the files it writes are the same.
 */
export function languageFolder(lang: string | undefined): string {
  // a lang attribute is a language tag (letters, digits, hyphens); anything else is no language
  return lang && /^[a-z0-9-]{1,35}$/.test(lang) ? lang : 'unknown';
}

/** Pagefind's pagefind-entry.json: what each index run writes, and what the merged one holds. */
export interface PagefindEntry {
  version: string;
  languages: Record<string, unknown>;
  include_characters?: unknown;
  [key: string]: unknown;
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Reads an entry file Pagefind wrote; throws if it does not have the shape merged here. */
export function parseEntry(text: string): PagefindEntry {
  const entry: unknown = JSON.parse(text);
  if (!isRecord(entry) || typeof entry['version'] !== 'string' || !isRecord(entry['languages']))
    throw new Error(`Pagefind wrote an entry file this build does not know: ${text.slice(0, 200)}`);
  return { ...entry, version: entry['version'], languages: entry['languages'] };
}

/**
 * The entry file of runs that each indexed one set of languages: every run's languages, in
 * Pagefind's own order (sorted by name), and the rest of the first run's fields, which do not
 * depend on the pages. Throws if two runs wrote the same language or disagree on the rest.
 */
export function mergeEntries(entries: readonly PagefindEntry[]): PagefindEntry {
  const [first] = entries;
  if (!first) throw new Error('no Pagefind index was written');
  const { languages: _, ...same } = first;
  const languages: Record<string, unknown> = {};
  for (const { languages: own, ...fields } of entries) {
    if (JSON.stringify(fields) !== JSON.stringify(same))
      throw new Error(
        `Pagefind's runs disagree on the entry file: ${JSON.stringify(fields)} and ${JSON.stringify(same)}`,
      );
    for (const [lang, index] of Object.entries(own)) {
      if (lang in languages) throw new Error(`Pagefind indexed "${lang}" twice`);
      languages[lang] = index;
    }
  }
  const sorted = Object.keys(languages).sort();
  // spread keeps the fields in the order Pagefind writes them, languages in its place
  return { ...first, languages: Object.fromEntries(sorted.map((l) => [l, languages[l]])) };
}
