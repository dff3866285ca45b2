/** The offline matcher (src/lib/search/matcher.ts), on indexes built by hand and from the fixture. */
import { describe, expect, it } from 'vitest';
import {
  facetCounts,
  passes,
  searchIndex,
  type SearchEntry,
  type SearchIndex,
} from '../../src/lib/search/matcher';
import { buildSearchIndex } from '../../src/lib/search/offline-index';
import { buildModel } from '../../src/lib/model';
import { validDataset } from './fixtures';

const index = (): SearchIndex => buildSearchIndex(buildModel(validDataset()));
const of = (entries: SearchEntry[]): SearchIndex => ({ v: 2, entries });
const urls = (i: SearchIndex, q: string, sel = {}) => searchIndex(i, q, sel).map((h) => h.entry.u);

/** A few entries shaped like the real site's, in both languages. */
const site = of([
  {
    t: 'actor',
    u: 'actors/hts/',
    n: 'Hayat Tahrir al-Sham',
    a: ['HTS', 'Nusra Front'],
    l: ['Abu Mohammad al-Jolani', 'al-Jolani'],
    k: 'armed-group',
    sd: 'jihadist',
  },
  {
    t: 'actor',
    u: 'actors/abu-mohammad-al-jolani/',
    n: 'Abu Mohammad al-Jolani',
    a: ['al-Jolani'],
    k: 'person',
    sd: 'jihadist',
  },
  {
    t: 'actor',
    u: 'actors/russia/',
    n: 'Russia',
    s: 'Led by Vladimir Putin.',
    k: 'state',
    sd: 'pro-government',
  },
  {
    t: 'actor',
    u: 'actors/vladimir-putin/',
    n: 'Vladimir Putin',
    a: ['Putin'],
    k: 'person',
    sd: 'pro-government',
  },
  { t: 'event', u: 'events/sochi-memorandum/', n: 'Sochi memorandum on Idlib', y: '2018' },
  { t: 'report', u: 'report/#sochi', n: 'Sochi and the buffer zone' },
  { t: 'source', u: 'sources/#wikipedia-sochi', n: 'Sochi' },
  {
    t: 'relation',
    u: 'relations/jolani--leadership--hts/',
    n: 'Abu Mohammad al-Jolani leads Hayat Tahrir al-Sham',
    g: 'confirmed',
  },
]);
const arabic = of([
  {
    t: 'actor',
    u: 'actors/hts/',
    n: 'هيئة تحرير الشام',
    a: ['الهيئة', 'تحرير الشام', 'جبهة النصرة'],
    l: ['أبو محمد الجولاني', 'الجولاني'],
    k: 'armed-group',
  },
  {
    t: 'actor',
    u: 'actors/abu-mohammad-al-jolani/',
    n: 'أبو محمد الجولاني',
    a: ['الجولاني'],
    k: 'person',
  },
  {
    t: 'actor',
    u: 'actors/recep-tayyip-erdogan/',
    n: 'رجب طيب أردوغان',
    a: ['أردوغان'],
    k: 'person',
  },
  {
    t: 'event',
    u: 'events/sochi-memorandum/',
    n: 'مذكرة سوتشي بشأن إدلب',
    s: 'اتفقت روسيا وتركيا على منطقة منزوعة السلاح.',
    y: '2018',
  },
  { t: 'report', u: 'report/#sochi', n: 'سوتشي والمنطقة العازلة' },
  { t: 'source', u: 'sources/#wikipedia-sochi', n: 'Sochi', a: ['سوتشي'] },
]);

describe('finding', () => {
  it('finds an actor by a former name, case- and accent-insensitively, and says which name matched', () => {
    for (const q of ['Nusra', 'NUSRÁ', 'nusra front', '  nusra  ']) {
      const [first] = searchIndex(index(), q);
      expect(first?.entry.u, q).toBe('actors/hts/');
      expect(first?.via).toBe('Nusra Front');
    }
  });
  it('matches word prefixes, every word required', () => {
    expect(urls(index(), 'nus')[0]).toBe('actors/hts/');
    expect(urls(index(), 'nat fro')[0]).toBe('actors/nfl/');
    expect(urls(index(), 'turkiye')[0]).toBe('actors/turkey/');
    expect(urls(index(), 'national zzz')).toEqual([]);
    expect(urls(index(), 'usra')).toEqual([]);
  });
  it('finds Arabic names with and without the article, hamza, ة/ه, ى/ي, marks and tatweel', () => {
    for (const q of [
      'تحرير الشام',
      'هيئة تحرير الشام',
      'هيئه تحرير الشام',
      'تحرير شام',
      'الهيئة',
      'النصرة',
    ])
      expect(urls(arabic, q)[0], q).toBe('actors/hts/');
    for (const q of ['اردوغان', 'أردوغان', 'إردوغان', 'رجب'])
      expect(urls(arabic, q)[0], q).toBe('actors/recep-tayyip-erdogan/');
    for (const q of ['سوتشي', 'سوتشى', 'مذكرة سوتشي', 'مذكره سوتشى'])
      expect(urls(arabic, q)[0], q).toBe('events/sochi-memorandum/');
    for (const q of ['الجولاني', 'جولاني', 'الجولانى', 'الجُولاني', 'الجـولاني'])
      expect(urls(arabic, q).slice(0, 2), q).toEqual([
        'actors/hts/',
        'actors/abu-mohammad-al-jolani/',
      ]);
  });
  it('finds a word written with "و" in front ("وتركيا") and a summary\'s words in any order', () => {
    expect(urls(arabic, 'تركيا')).toEqual(['events/sochi-memorandum/']);
    expect(urls(arabic, 'السلاح منزوعة')).toEqual(['events/sochi-memorandum/']);
  });
  it('finds a word being typed from its article on ("الج" is the start of "الجولاني")', () => {
    expect(urls(arabic, 'الج')).toContain('actors/abu-mohammad-al-jolani/');
    expect(urls(arabic, 'الجو')).toContain('actors/abu-mohammad-al-jolani/');
  });
});

describe('ranking (src/lib/search/ranking.ts)', () => {
  it('ranks a hit on a name or an alias before hits in summaries', () => {
    const i = index();
    i.entries.push({
      t: 'event',
      u: 'events/x/',
      n: 'Something else',
      s: 'The Nusra Front did something.',
    });
    i.entries.push({ t: 'relation', u: 'relations/x/', n: 'A relation', s: 'HTS and others.' });
    expect(urls(i, 'nusra')).toEqual(['actors/hts/', 'events/x/']);
    expect(urls(i, 'hts')[0]).toBe('actors/hts/');
    expect(urls(i, 'hts')).toContain('relations/x/');
  });
  it('ranks an exact name before a name that only contains the words', () => {
    expect(urls(index(), 'turkey').slice(0, 2)).toEqual(['actors/turkey/', 'report/#turkey']);
  });
  it("a person's own page first for their name, a state after", () => {
    expect(urls(site, 'Putin')[0]).toBe('actors/vladimir-putin/');
    expect(urls(site, 'Putin')).toContain('actors/russia/');
  });
  it("a group known through its leader first for the leader's name, the person right after", () => {
    expect(urls(site, 'al-Jolani').slice(0, 2)).toEqual([
      'actors/hts/',
      'actors/abu-mohammad-al-jolani/',
    ]);
    expect(urls(site, 'Jolani').slice(0, 2)).toEqual([
      'actors/hts/',
      'actors/abu-mohammad-al-jolani/',
    ]);
    // The leader's own name hit is not shown as "also called" on the group.
    expect(searchIndex(site, 'Jolani')[0]?.via).toBeUndefined();
  });
  it('a source titled with the word after the pages about the thing, in both languages', () => {
    expect(urls(site, 'Sochi')).toEqual([
      'events/sochi-memorandum/',
      'report/#sochi',
      'sources/#wikipedia-sochi',
    ]);
    expect(urls(arabic, 'سوتشي')).toEqual([
      'events/sochi-memorandum/',
      'report/#sochi',
      'sources/#wikipedia-sochi',
    ]);
  });
});

describe('facets (ids)', () => {
  it('filters by ids: any value within a facet, every facet with a choice', () => {
    const i = index();
    expect(urls(i, 'turkey', { type: ['relation'] })).toEqual([
      'relations/turkey--arms-supply--nfl/',
    ]);
    expect(urls(i, 'turkey', { type: ['relation', 'actor'] })).toEqual([
      'actors/turkey/',
      'relations/turkey--arms-supply--nfl/',
    ]);
    expect(urls(i, '', { type: ['actor'], side: ['jihadist'] })).toEqual([
      'actors/al-qaeda/',
      'actors/hts/',
    ]);
    expect(urls(i, '', { year: ['2018'] })).toEqual(['events/nfl-formed/']);
    expect(urls(i, '', { grade: ['alleged'] })).toEqual([
      'report/#claim-missiles',
      'relations/turkey--arms-supply--nfl/',
    ]);
    expect(urls(i, '', { kind: ['armed-group'] })).toEqual(['actors/al-qaeda/', 'actors/hts/']);
    expect(urls(i, '')).toEqual([]);
  });
  it('does not take a label for an id', () => {
    expect(
      passes({ t: 'actor', u: 'x', n: 'x', k: 'armed-group' }, { kind: ['Armed group'] }),
    ).toBe(false);
  });
  it('counts facet values by id', () => {
    const c = facetCounts(index().entries);
    expect(c.type).toEqual({ report: 3, actor: 4, event: 1, relation: 2, source: 1 });
    expect(c.kind['armed-group']).toBe(2);
    expect(c.year).toEqual({ 2018: 1 });
    expect(c.grade).toEqual({ alleged: 2, disputed: 1 });
  });
});
