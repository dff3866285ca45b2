import { describe, expect, it } from 'vitest';
import { buildModel } from '../../src/lib/model';
import {
  actorFacets, azIndex, azKey, buildSearchIndex, clip, eventFacets, facetCounts, facetValues, fallbackScript,
  FALLBACK_GLOBAL, normalise, otherNames, pagefindTags, plainText, reportSections, searchIndex, tokens,
  type SearchEntry, type SearchIndex,
} from '../../src/lib/search-fallback';
import { parseSpan, type DateSpan } from '../../src/lib/dates';
import { validDataset } from './fixtures';
import { spaceBlocks } from '../../integrations/search-text';

function model() {
  return buildModel(validDataset());
}
const index = () => buildSearchIndex(model());
const urls = (i: SearchIndex, q: string, sel = {}) => searchIndex(i, q, sel).map((h) => h.entry.u);

describe('normalise and tokens', () => {
  it('ignores case, accents and apostrophes; splits on anything but letters and digits', () => {
    expect(normalise("Hay'at Tahrir al-Shām")).toBe('hayat tahrir al sham');
    expect(normalise('Recep Tayyip ERDOĞAN')).toBe('recep tayyip erdogan');
    expect(normalise('Türkiye’s  anti-tank')).toBe('turkiyes anti tank');
    expect(tokens('  ')).toEqual([]);
    expect(tokens('al-Jolani, 2019')).toEqual(['al', 'jolani', '2019']);
  });
  it('keeps non-Latin letters, without their combining marks', () => {
    expect(normalise('تحرير الشام')).toBe('تحرير الشام');
    // The hamza above is a combining mark once decomposed: matching ignores it, like an accent.
    expect(normalise('هيئة')).toBe(normalise('هيية'));
  });
});

describe('the offline index', () => {
  it('has every actor with its other names, and site paths without a leading slash', () => {
    const hts = index().entries.find((e) => e.u === 'actors/hts/')!;
    expect(hts).toMatchObject({ t: 'actor', n: 'Hayat Tahrir al-Sham', k: 'Armed group', sd: 'Jihadist groups' });
    expect(hts.a).toEqual(['HTS', 'Nusra Front']);
    for (const e of index().entries) expect(e.u).not.toMatch(/^\//);
  });

  it('has events with date and year, relations as sentences with their grade, sources by anchor', () => {
    const entries = index().entries;
    expect(entries.find((e) => e.t === 'event')).toMatchObject({ u: 'events/nfl-formed/', n: 'NFL formed', d: '28 May 2018', y: '2018' });
    expect(entries.find((e) => e.u === 'relations/turkey--arms-supply--nfl/')).toMatchObject({
      t: 'relation', n: 'Turkey supplies arms to National Front for Liberation', s: 'Alleged missiles.', g: 'Alleged',
    });
    expect(entries.find((e) => e.t === 'source')).toMatchObject({ u: 'sources/#reuters-2019-07-10', n: 'Assad hits a wall', d: '10 July 2019' });
  });

  it('has the report, its sections by anchor and its claims with their grade', () => {
    const report = index().entries.filter((e) => e.t === 'report');
    expect(report.map((e) => e.u)).toEqual(['report/', 'report/#turkey', 'report/#claim-missiles']);
    expect(report[1]).toMatchObject({ n: 'Turkey', s: 'Turkey arms rebels.' });
    expect(report[2]).toMatchObject({ n: 'Turkey arms rebels.', g: 'Alleged' });
  });

  it('drops empty fields', () => {
    const turkey = index().entries.find((e) => e.u === 'actors/turkey/')!;
    expect(turkey.a).toEqual(['Türkiye']);
    const al = index().entries.find((e) => e.u === 'actors/al-qaeda/')!;
    expect('a' in al).toBe(false);
  });

  it('ships as a classic script that sets one global, safe inside HTML', () => {
    const i = index();
    i.entries.push({ t: 'source', u: 'sources/#x', n: '</script><b>' });
    const js = fallbackScript(i);
    expect(js.startsWith(`window.${FALLBACK_GLOBAL}=`)).toBe(true);
    expect(js).not.toContain('<');
    const w: Record<string, unknown> = {};
    new Function('window', js)(w);
    expect(w[FALLBACK_GLOBAL]).toEqual(i);
  });
});

describe('the matcher', () => {
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

  it('ranks a hit on a name or an alias before hits in summaries', () => {
    const i = index();
    // An event whose summary, not title, mentions the alias.
    i.entries.push({ t: 'event', u: 'events/x/', n: 'Something else', s: 'The Nusra Front did something.' });
    i.entries.push({ t: 'relation', u: 'relations/x/', n: 'A relation', s: 'HTS and others.' });
    expect(urls(i, 'nusra')).toEqual(['actors/hts/', 'events/x/']);
    expect(urls(i, 'hts')[0]).toBe('actors/hts/');
    expect(urls(i, 'hts')).toContain('relations/x/');
  });

  it('ranks an exact name before a name that only contains the words', () => {
    const i = index();
    expect(urls(i, 'turkey').slice(0, 2)).toEqual(['actors/turkey/', 'report/#turkey']);
  });

  it('filters by facets: any value within a facet, every facet with a choice', () => {
    const i = index();
    expect(urls(i, 'turkey', { type: ['Relation'] })).toEqual(['relations/turkey--arms-supply--nfl/']);
    expect(urls(i, 'turkey', { type: ['Relation', 'Actor'] })).toEqual(['actors/turkey/', 'relations/turkey--arms-supply--nfl/']);
    expect(urls(i, '', { type: ['Actor'], side: ['Jihadist groups'] })).toEqual(['actors/al-qaeda/', 'actors/hts/']);
    expect(urls(i, '', { year: ['2018'] })).toEqual(['events/nfl-formed/']);
    expect(urls(i, '', { grade: ['Alleged'] })).toEqual(['report/#claim-missiles', 'relations/turkey--arms-supply--nfl/']);
    expect(urls(i, '')).toEqual([]);
  });

  it('counts facet values', () => {
    const c = facetCounts(index().entries);
    expect(c.type).toEqual({ Report: 3, Actor: 4, Event: 1, Relation: 2, Source: 1 });
    expect(c.kind['Armed group']).toBe(2);
    expect(c.year).toEqual({ 2018: 1 });
  });
});

describe('facets for Pagefind', () => {
  it('gives each page type its filters and metadata, with actor names for ranking', () => {
    const hts = model().actors.get('hts')!.data;
    expect(otherNames(hts)).toEqual(['HTS', 'Nusra Front']);
    const f = actorFacets(hts, ['Abu Mohammad al-Jolani']);
    expect(f.filters).toEqual({ type: 'Actor', kind: 'Armed group', side: 'Jihadist groups' });
    expect(f.meta).toEqual({ type: 'Actor', kind: 'Armed group', names: 'Hayat Tahrir al-Sham · HTS · Nusra Front', leaders: 'Abu Mohammad al-Jolani' });
    const e = eventFacets(parseSpan('2019-01-01/2019-01-10') as DateSpan);
    expect(e).toEqual({ filters: { type: 'Event', year: '2019' }, meta: { type: 'Event', date: '1–10 January 2019' } });
  });

  it('writes one empty element per pair, attribute-escaped, commas kept', () => {
    const html = pagefindTags({ filters: { type: 'Actor', side: 'Monitors, outlets and international bodies' }, meta: { names: 'A "B" & <C>' } });
    expect(html).toBe('<span data-pagefind-filter="type:Actor"></span>'
      + '<span data-pagefind-filter="side:Monitors, outlets and international bodies"></span>'
      + '<span data-pagefind-meta="names:A &quot;B&quot; &amp; &lt;C>"></span>');
  });

  it('lists the values each facet can take, in vocabulary order', () => {
    const v = facetValues(model());
    expect(v.type).toEqual(['Report', 'Actor', 'Event', 'Relation', 'Source']);
    expect(v.kind).toEqual(['State', 'Armed group', 'Coalition']);
    expect(v.year).toEqual(['2018']);
    expect(v.grade).toEqual(['Alleged', 'Disputed']);
  });
});

describe('text helpers', () => {
  it('reads the report sections and their anchors', () => {
    expect(reportSections('---\na: 1\n---\nIntro\n## Sochi and the buffer zone\nText <Actor id="x">X</Actor>.\n## Two\n'))
      .toEqual([{ title: 'Sochi and the buffer zone', anchor: 'sochi-and-the-buffer-zone', text: 'Text X.' }, { title: 'Two', anchor: 'two', text: '' }]);
  });
  it('strips MDX to plain text and clips at a word', () => {
    expect(plainText('A <Cite id="x" /> **b** [c](d) {e}.')).toBe('A b c .');
    expect(clip('one two three four', 10)).toBe('one two…');
    expect(clip('short', 10)).toBe('short');
  });
});

describe('the A–Z index', () => {
  it('lists actors, each other name pointing to the main one, events and sources, ignoring "al-" and "the"', () => {
    const groups = azIndex(model());
    const all = groups.flatMap((g) => g.entries);
    expect(all.find((e) => e.label === 'Nusra Front')).toMatchObject({ type: 'actor', path: 'actors/hts/', see: 'Hayat Tahrir al-Sham' });
    expect(all.find((e) => e.label === 'NFL formed')).toMatchObject({ type: 'event', path: 'events/nfl-formed/', note: '28 May 2018' });
    expect(all.find((e) => e.type === 'source')).toMatchObject({ path: 'sources/#reuters-2019-07-10', note: 'Reuters, 10 July 2019' });
    expect(groups.find((g) => g.letter === 'Q')!.entries.map((e) => e.label)).toEqual(['al-Qaeda']);
    const keys = all.map((e) => azKey(e.label));
    expect(keys).toEqual([...keys].sort((a, b) => a.localeCompare(b)));
    expect(groups.map((g) => g.letter)).toEqual([...new Set(groups.map((g) => g.letter))]);
  });
});

describe('what Pagefind reads', () => {
  it('has a space after the block elements Pagefind runs together, and nowhere else', () => {
    expect(spaceBlocks('<dl><dt>Country</dt><dd>Syria</dd></dl><p>a<b>b</b></p>'))
      .toBe('<dl><dt>Country</dt> <dd>Syria</dd> </dl> <p>a<b>b</b></p>');
    expect(spaceBlocks('<details><summary>Cited by 2</summary><ul><li>x</li></ul></details>'))
      .toBe('<details><summary>Cited by 2</summary> <ul><li>x</li></ul></details> ');
  });
});

describe('types', () => {
  it('entries are plain JSON', () => {
    const e: SearchEntry = index().entries[0]!;
    expect(JSON.parse(JSON.stringify(e))).toEqual(e);
  });
});
