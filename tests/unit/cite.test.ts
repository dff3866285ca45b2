import { describe, expect, it } from 'vitest';
import {
  bibtex,
  bibtexEscape,
  citation,
  citationKey,
  cslItem,
  cslJson,
  plainCitation,
  type CiteInput,
} from '../../src/lib/cite';

const input: CiteInput = {
  kind: 'actor',
  id: 'hts',
  title: 'Hayat Tahrir al-Sham',
  url: 'https://example.org/idlib/actors/hts/',
  date: '2026-05-01',
  site: 'The Idlib explainer',
};

/** The properties csl-data.json (citation-style-language/schema) allows on an item; it refuses any other. */
const CSL_KEYS = new Set([
  'type',
  'id',
  'categories',
  'language',
  'journalAbbreviation',
  'shortTitle',
  'author',
  'accessed',
  'issued',
  'abstract',
  'container-title',
  'genre',
  'note',
  'publisher',
  'publisher-place',
  'source',
  'status',
  'title',
  'title-short',
  'URL',
  'version',
]);
/** Some of its item types. */
const CSL_TYPES = new Set(['article', 'dataset', 'document', 'entry', 'post', 'report', 'webpage']);

/** Every "{" closed by a "}", ignoring escaped ones. */
function balanced(text: string): boolean {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '\\') {
      i++;
      continue;
    }
    if (text[i] === '{') depth++;
    if (text[i] === '}' && --depth < 0) return false;
  }
  return depth === 0;
}

describe('keys', () => {
  it('are stable: they depend on the kind and id only', () => {
    expect(citationKey('actor', 'hts')).toBe('idlib-explainer-actor-hts');
    expect(citation(input).key).toBe(
      citation({
        ...input,
        title: 'Another title',
        date: '2030-12-31',
        url: 'https://other.example/x/',
      }).key,
    );
    expect(citationKey('event', 'hts')).not.toBe(citationKey('actor', 'hts'));
    expect(citationKey('relation', 'russia--military-support--syrian-government')).toMatch(
      /^[a-z0-9-]+$/,
    );
  });
});

describe('BibTeX', () => {
  it('escapes every LaTeX special character', () => {
    expect(bibtexEscape('a & b')).toBe('a \\& b');
    expect(bibtexEscape('100% of $5 #1 a_b')).toBe('100\\% of \\$5 \\#1 a\\_b');
    expect(bibtexEscape('{x}')).toBe('\\{x\\}');
    expect(bibtexEscape('x^2 ~ y')).toBe('x\\^{}2 \\~{} y');
    expect(bibtexEscape('back\\slash')).toBe('back\\textbackslash{}slash');
    expect(bibtexEscape('Türkiye’s “front”')).toBe('Türkiye’s “front”');
  });

  it('writes a @misc entry with the key, URL and build date, braces balanced whatever the title', () => {
    const nasty = { ...input, title: 'Odd } title { with & and % and \\ and #' };
    const text = bibtex(nasty);
    expect(text.startsWith('@misc{idlib-explainer-actor-hts,\n')).toBe(true);
    expect(text.endsWith('\n}')).toBe(true);
    expect(balanced(text)).toBe(true);
    expect(text).toMatch(
      /title\s+= \{\{Odd \\\} title \\\{ with \\& and \\% and \\textbackslash\{\} and \\#\}\}/,
    );
    expect(text).toMatch(/year\s+= \{2026\}/);
    expect(text).toMatch(/month\s+= may,/);
    expect(text).toMatch(/urldate\s+= \{2026-05-01\}/);
    expect(text).toContain('url          = {https://example.org/idlib/actors/hts/}');
    expect(text).toContain('{{The Idlib explainer}}');
  });

  it('keeps braces and spaces out of the URL fields', () => {
    const text = bibtex({ ...input, url: 'https://example.org/a {b}/' });
    expect(text).toContain('https://example.org/a%20%7Bb%7D/');
    expect(balanced(text)).toBe(true);
  });
});

describe('CSL-JSON', () => {
  it('is valid: an array of one item with id and type, only properties csl-data.json allows', () => {
    const items = JSON.parse(cslJson(input)) as Record<string, unknown>[];
    expect(Array.isArray(items)).toBe(true);
    expect(items).toHaveLength(1);
    const item = items[0]!;
    expect(item['id']).toBe('idlib-explainer-actor-hts');
    expect(CSL_TYPES.has(item['type'] as string)).toBe(true);
    for (const k of Object.keys(item)) expect(CSL_KEYS.has(k), k).toBe(true);
    expect(item).toEqual(cslItem(input));
  });

  it('gives dates as date-parts and names as literals', () => {
    const item = cslItem(input);
    expect(item.issued).toEqual({ 'date-parts': [[2026, 5, 1]] });
    expect(item.accessed).toEqual({ 'date-parts': [[2026, 5, 1]] });
    expect(item.author).toEqual([{ literal: 'The Idlib explainer' }]);
    expect(item.URL).toBe(input.url);
    expect(item.type).toBe('webpage');
    expect(cslItem({ ...input, kind: 'dataset', id: 'data' }).type).toBe('dataset');
  });

  it('survives quotes and line breaks in a title', () => {
    const title = 'A "quoted"\nline';
    expect((JSON.parse(cslJson({ ...input, title })) as { title: string }[])[0]!.title).toBe(title);
  });
});

describe('plain text', () => {
  it('names the title, kind, site, stable URL and the edition as the date accessed', () => {
    expect(plainCitation(input)).toBe(
      '“Hayat Tahrir al-Sham”. Actor profile in The Idlib explainer, edition of 1 May 2026. https://example.org/idlib/actors/hts/ (accessed 1 May 2026). CC BY 4.0.',
    );
  });

  it('refuses a build date that is not a day', () => {
    expect(() => plainCitation({ ...input, date: '2026-05' })).toThrow(/YYYY-MM-DD/);
    expect(() => bibtex({ ...input, date: 'today' })).toThrow(/YYYY-MM-DD/);
  });
});

describe('a corrected page', () => {
  const corrected: CiteInput = { ...input, corrected: '2026-04-30' };

  it('says when it was corrected, in every format', () => {
    expect(plainCitation(corrected)).toContain(
      'edition of 1 May 2026. Corrected on 30 April 2026. https://example.org/idlib/actors/hts/',
    );
    expect(bibtex(corrected)).toMatch(
      /note += \{Actor profile\. Corrected 2026-04-30\. Accessed 2026-05-01\. CC BY 4\.0\}/,
    );
    expect(cslItem(corrected).note).toBe('Corrected 2026-04-30. Licence: CC BY 4.0');
    expect(balanced(bibtex(corrected))).toBe(true);
  });

  it('says nothing of corrections when there were none', () => {
    expect(plainCitation(input)).not.toMatch(/Corrected/);
    expect(bibtex(input)).not.toMatch(/Corrected/);
    expect(cslItem(input).note).toBe('Licence: CC BY 4.0');
  });
});
