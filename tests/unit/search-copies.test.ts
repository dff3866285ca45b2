/**
 * Pagefind indexes one language at a time (integrations/pagefind.ts): the copies are kept by
 * language, and the entry files of the runs are merged into the one Pagefind would write.
 */
import { describe, expect, it } from 'vitest';
import { languageFolder, mergeEntries, parseEntry } from '../../integrations/search-copies';

const chars = ['_', '‿'];
const run = (lang: string, hash: string, pages: number) => ({
  version: '1.6.0',
  languages: { [lang]: { hash: `${lang}_${hash}`, wasm: lang, page_count: pages } },
  include_characters: chars,
});

describe('languageFolder', () => {
  it('names a folder by the page language, and "unknown" where there is none', () => {
    expect(languageFolder('ar')).toBe('ar');
    expect(languageFolder('en-gb')).toBe('en-gb');
    expect(languageFolder(undefined)).toBe('unknown');
    expect(languageFolder('')).toBe('unknown');
  });
  it('never makes a path out of a hostile lang attribute', () => {
    expect(languageFolder('../../etc')).toBe('unknown');
    expect(languageFolder('en/../../x')).toBe('unknown');
    expect(languageFolder('a'.repeat(200))).toBe('unknown');
  });
});

describe('mergeEntries', () => {
  it('writes what one run over every language writes: languages sorted, fields in order', () => {
    const merged = mergeEntries([run('en', 'b2', 1008), run('ar', 'a1', 1008)]);
    expect(JSON.stringify(merged)).toBe(
      JSON.stringify({
        version: '1.6.0',
        languages: {
          ar: { hash: 'ar_a1', wasm: 'ar', page_count: 1008 },
          en: { hash: 'en_b2', wasm: 'en', page_count: 1008 },
        },
        include_characters: chars,
      }),
    );
  });
  it('refuses runs that disagree or index a language twice, and no runs at all', () => {
    expect(() =>
      mergeEntries([run('en', 'a', 1), { ...run('ar', 'b', 1), version: '1.7.0' }]),
    ).toThrow(/disagree/);
    expect(() => mergeEntries([run('en', 'a', 1), run('en', 'b', 1)])).toThrow(/twice/);
    expect(() => mergeEntries([])).toThrow(/no Pagefind index/);
  });
});

describe('parseEntry', () => {
  it('reads what Pagefind writes and refuses anything else', () => {
    const text = JSON.stringify(run('ar', 'a1', 3));
    expect(JSON.stringify(parseEntry(text))).toBe(text);
    expect(() => parseEntry('[]')).toThrow(/does not know/);
    expect(() => parseEntry('{"version":"1","languages":[]}')).toThrow(/does not know/);
  });
});
