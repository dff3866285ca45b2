/**
 * The build side of search (src/lib/search/): facets with ids for Pagefind, the search page's
 * options with each edition's labels, the offline index and the A–Z index of each edition, the
 * data the browser gets, and what Pagefind reads (integrations/search-forms.ts, search-text.ts).
 */
import { describe, expect, it } from 'vitest';
import { buildModel } from '../../src/lib/model';
import { translateDataset, type Translations } from '../../src/lib/translate';
import type { Dataset, Entry } from '../../src/lib/dataset';
import { parseSpan, type DateSpan } from '../../src/lib/dates';
import { ar } from '../../src/lib/strings/ar';
import { en } from '../../src/lib/strings/en';
import {
  actorFacets,
  eventFacets,
  facetOptions,
  pagefindTags,
  relationFacets,
} from '../../src/lib/search/facets';
import { otherNames } from '../../src/lib/dataset';
import {
  buildSearchIndex,
  clip,
  fallbackScript,
  plainText,
  reportSections,
} from '../../src/lib/search/offline-index';
import { FALLBACK_GLOBAL, searchIndex, type SearchEntry } from '../../src/lib/search/matcher';
import { azIndex, azKey } from '../../src/lib/search/a-z';
import {
  clientDataScript,
  searchClientData,
  SEARCH_DATA_GLOBAL,
} from '../../src/lib/search/client-data';
import { plural } from '../../src/lib/search/phrases';
import { FACET_KEYS, PAGE_TYPES } from '../../src/lib/search/vocabulary';
import { indexedText, withSearchForms } from '../../integrations/search-forms';
import { spaceBlocks } from '../../integrations/search-text';
import { validDataset } from './fixtures';

function withLeader(): Dataset {
  const ds = validDataset();
  const hts = ds.actors.find((a) => a.id === 'hts')!;
  hts.data = { ...hts.data, leaders: ['jolani'] };
  const turkey = ds.actors.find((a) => a.id === 'turkey')!;
  turkey.data = { ...turkey.data, leaders: ['jolani'] };
  ds.actors.push({
    ...hts,
    id: 'jolani',
    data: {
      ...hts.data,
      name: 'Abu Mohammad al-Jolani',
      shortName: undefined,
      aliases: ['al-Jolani'],
      formerNames: [],
      kind: 'person',
      leaders: [],
    },
  });
  return ds;
}
const model = () => buildModel(withLeader());

const tr = (id: string, data: Record<string, unknown>): Entry<Record<string, unknown>> => ({
  id,
  file: `x/ar/${id}.mdx`,
  raw: '',
  data,
});
/** The fixture's Arabic edition: a few entries translated, the rest shown in English. */
function arabicModel() {
  const translations: Translations = {
    actors: [
      tr('hts', {
        name: 'هيئة تحرير الشام',
        shortName: 'الهيئة',
        aliases: ['تحرير الشام'],
        formerNames: ['جبهة النصرة'],
        summary: 'جماعة.',
      }),
      tr('turkey', { name: 'تركيا', summary: 'دولة.' }),
      tr('al-qaeda', { name: 'تنظيم القاعدة', summary: 'جماعة.' }),
      tr('jolani', { name: 'أبو محمد الجولاني', aliases: ['الجولاني'], summary: 'شخص.' }),
    ],
    events: [tr('nfl-formed', { title: 'تأسيس الجبهة الوطنية للتحرير', summary: 'تأسست.' })],
  };
  return buildModel(translateDataset(withLeader(), translations).ds, {
    locale: 'ar',
    untranslated: new Set(),
  });
}

describe('facets for Pagefind: ids, not labels', () => {
  it('gives an actor its filters as ids and its names for ranking, with their normalised forms', () => {
    const m = model();
    expect(otherNames(m.actors.get('hts')!.data)).toEqual(['HTS', 'Nusra Front']);
    const f = actorFacets('hts', m);
    expect(f.filters).toEqual({ type: 'actor', kind: 'armed-group', side: 'jihadist' });
    expect(f.meta).toEqual({
      names: 'Hayat Tahrir al-Sham · HTS · Nusra Front',
      leaders: 'Abu Mohammad al-Jolani · al-Jolani',
    });
    const a = actorFacets('hts', arabicModel());
    expect(a.filters).toEqual(f.filters);
    expect(a.meta.names).toBe(
      'هيئة تحرير الشام · الهيئة · تحرير الشام · جبهة النصرة · هييه · شام · الهييه · جبهه · النصره · نصره',
    );
    expect(a.meta.leaders).toBe('أبو محمد الجولاني · الجولاني · ابو · جولاني');
  });
  it("weighs a leader's names on an armed group, not on a state", () => {
    expect(actorFacets('turkey', model()).meta).toEqual({ names: 'Turkey · Türkiye · turkiye' });
    expect(() => actorFacets('nobody', model())).toThrow(/no actor "nobody"/);
  });
  it("gives events a year and a date in the edition's words, relations a grade and their claims", () => {
    const span = parseSpan('2019-01-01/2019-01-10') as DateSpan;
    expect(eventFacets(span)).toEqual({
      filters: { type: 'event', year: '2019' },
      meta: { date: '1–10 January 2019' },
    });
    expect(eventFacets(span, ar).filters).toEqual({ type: 'event', year: '2019' });
    const m = model();
    const r = relationFacets(
      m.relations.get('turkey--arms-supply--nfl')!.data,
      'turkey--arms-supply--nfl',
      m,
    );
    expect(r).toEqual({
      filters: { type: 'relation', grade: 'alleged' },
      meta: {},
      hidden: { text: 'Turkey arms rebels.', weight: 5 },
    });
    expect(
      relationFacets(
        m.relations.get('hts--splinter-of--al-qaeda')!.data,
        'hts--splinter-of--al-qaeda',
        m,
      ).hidden,
    ).toBeUndefined();
  });
  it('writes one element per pair, attribute-escaped, commas kept, and the hidden text escaped', () => {
    const html = pagefindTags({
      filters: { type: 'actor', side: 'a, b' },
      meta: { names: 'A "B" & <C>' },
      hidden: { text: '<x> & y', weight: 5 },
    });
    expect(html).toBe(
      '<span data-pagefind-filter="type:actor"></span>' +
        '<span data-pagefind-filter="side:a, b"></span>' +
        '<span data-pagefind-meta="names:A &quot;B&quot; &amp; &lt;C&gt;"></span>' +
        '<p hidden data-pagefind-weight="5">&lt;x&gt; &amp; y</p>',
    );
  });
});

describe("the search page's options", () => {
  it("lists ids in vocabulary order with the edition's labels", () => {
    const o = facetOptions(model());
    expect(o.type.map((x) => x.value)).toEqual([...PAGE_TYPES]);
    expect(o.type.map((x) => x.label)).toEqual(['Report', 'Actor', 'Event', 'Relation', 'Source']);
    expect(o.kind).toEqual([
      { value: 'state', label: 'State' },
      { value: 'armed-group', label: 'Armed group' },
      { value: 'coalition', label: 'Coalition' },
      { value: 'person', label: 'Person' },
    ]);
    expect(o.year).toEqual([{ value: '2018', label: '2018' }]);
    expect(o.grade.map((x) => x.value)).toEqual(['alleged', 'disputed']);
    const a = facetOptions(arabicModel(), ar);
    expect(a.type.map((x) => x.value)).toEqual([...PAGE_TYPES]);
    expect(a.type.map((x) => x.label)).toEqual(['التقرير', 'طرف', 'حدث', 'علاقة', 'مصدر']);
    expect(a.kind.map((x) => x.label)).toEqual(a.kind.map((x) => ar.kindLabel[x.value as 'state']));
  });
});

describe('the offline index of each edition', () => {
  it('has actors with their other names and leaders, facet ids, and site paths without a leading slash', () => {
    const entries = buildSearchIndex(model()).entries;
    expect(entries.find((e) => e.u === 'actors/hts/')).toMatchObject({
      t: 'actor',
      n: 'Hayat Tahrir al-Sham',
      a: ['HTS', 'Nusra Front'],
      l: ['Abu Mohammad al-Jolani', 'al-Jolani'],
      k: 'armed-group',
      sd: 'jihadist',
    });
    expect(entries.find((e) => e.u === 'actors/turkey/')).not.toHaveProperty('l');
    for (const e of entries) expect(e.u).not.toMatch(/^\//);
  });
  it('has events with date and year, relations as sentences with their grade, sources by anchor', () => {
    const entries = buildSearchIndex(model()).entries;
    expect(entries.find((e) => e.t === 'event')).toMatchObject({
      u: 'events/nfl-formed/',
      n: 'NFL formed',
      d: '28 May 2018',
      y: '2018',
    });
    expect(entries.find((e) => e.u === 'relations/turkey--arms-supply--nfl/')).toMatchObject({
      t: 'relation',
      n: 'Turkey supplies arms to National Front for Liberation',
      s: 'Alleged missiles.',
      g: 'alleged',
    });
    expect(entries.find((e) => e.t === 'source')).toMatchObject({
      u: 'sources/#reuters-2019-07-10',
      n: 'Assad hits a wall',
      d: '10 July 2019',
    });
    expect(entries.filter((e) => e.t === 'report').map((e) => e.u)).toEqual([
      'report/',
      'report/#turkey',
      'report/#claim-missiles',
    ]);
    expect('a' in entries.find((e) => e.u === 'actors/al-qaeda/')!).toBe(false);
  });
  it('in Arabic: the translated names, the same ids, and found by Arabic queries', () => {
    const index = buildSearchIndex(arabicModel(), ar);
    expect(index.entries.find((e) => e.u === 'actors/hts/')).toMatchObject({
      n: 'هيئة تحرير الشام',
      a: ['الهيئة', 'تحرير الشام', 'جبهة النصرة'],
      k: 'armed-group',
    });
    expect(index.entries.find((e) => e.u === 'actors/hts/')!.l).toEqual([
      'أبو محمد الجولاني',
      'الجولاني',
    ]);
    expect(searchIndex(index, 'تحرير شام')[0]?.entry.u).toBe('actors/hts/');
    expect(
      searchIndex(index, 'جولاني')
        .slice(0, 2)
        .map((h) => h.entry.u),
    ).toEqual(['actors/hts/', 'actors/jolani/']);
    expect(searchIndex(index, 'الجبهه الوطنيه')[0]?.entry.u).toBe('events/nfl-formed/');
  });
  it('ships as a classic script that sets one global, safe inside HTML', () => {
    const i = buildSearchIndex(model());
    i.entries.push({ t: 'source', u: 'sources/#x', n: '</script><b>\u2028' });
    const js = fallbackScript(i);
    expect(js.startsWith(`window.${FALLBACK_GLOBAL}=`)).toBe(true);
    expect(js).not.toMatch(/[<\u2028]/);
    const w: Record<string, unknown> = {};
    new Function('window', js)(w);
    expect(w[FALLBACK_GLOBAL]).toEqual(i);
    const e: SearchEntry = i.entries[0]!;
    expect(JSON.parse(JSON.stringify(e))).toEqual(e);
  });
});

describe('text helpers', () => {
  it('reads the report sections and their anchors', () => {
    expect(
      reportSections(
        '---\na: 1\n---\nIntro\n## Sochi and the buffer zone\nText <Actor id="x">X</Actor>.\n## Two\n',
      ),
    ).toEqual([
      { title: 'Sochi and the buffer zone', anchor: 'sochi-and-the-buffer-zone', text: 'Text X.' },
      { title: 'Two', anchor: 'two', text: '' },
    ]);
  });
  it('strips MDX to plain text and clips at a word, Arabic punctuation too', () => {
    expect(plainText('A <Cite id="x" /> **b** [c](d) {e}.')).toBe('A b c .');
    expect(clip('one two three four', 10)).toBe('one two…');
    expect(clip('short', 10)).toBe('short');
    expect(clip('كلمة، كلمتان ثلاث', 7)).toBe('كلمة…');
  });
});

describe('the A–Z index', () => {
  it('lists actors with each other name pointing to the main one, events and sources, without "al-" and "the"', () => {
    const groups = azIndex(model());
    const all = groups.flatMap((g) => g.entries);
    expect(all.find((e) => e.label === 'Nusra Front')).toMatchObject({
      type: 'actor',
      path: 'actors/hts/',
      see: 'Hayat Tahrir al-Sham',
    });
    expect(all.find((e) => e.label === 'NFL formed')).toMatchObject({
      type: 'event',
      path: 'events/nfl-formed/',
      note: '28 May 2018',
    });
    expect(all.find((e) => e.type === 'source')).toMatchObject({
      path: 'sources/#reuters-2019-07-10',
      note: 'Reuters, 10 July 2019',
    });
    expect(groups.find((g) => g.letter === 'Q')).toMatchObject({
      anchor: 'letter-q',
      entries: [expect.objectContaining({ label: 'al-Qaeda' })],
    });
    const keys = all.map((e) => azKey(e.label));
    expect(keys).toEqual([...keys].sort(new Intl.Collator('en').compare));
    expect(groups.map((g) => g.letter)).toEqual([...new Set(groups.map((g) => g.letter))]);
  });
  it('in Arabic: Arabic alphabetical order without the article, hamza forms under alef, then the Latin entries', () => {
    const groups = azIndex(arabicModel(), ar);
    const letters = groups.map((g) => g.letter);
    // أبو محمد الجولاني under ا; الجولاني under ج; تحرير الشام / تركيا under ت; جبهة النصرة under ج; تنظيم القاعدة under ت; هيئة under ه.
    expect(letters.slice(0, 4)).toEqual(['ا', 'ت', 'ج', 'ه']);
    expect(groups.find((g) => g.letter === 'ج')!.entries.map((e) => e.label)).toEqual([
      'جبهة النصرة',
      'الجولاني',
    ]);
    expect(groups.find((g) => g.letter === 'ت')!.entries.map((e) => e.label)).toEqual([
      'تأسيس الجبهة الوطنية للتحرير',
      'تحرير الشام',
      'تركيا',
      'تنظيم القاعدة',
    ]);
    // Latin letters (English titles kept as they are) come after the Arabic ones.
    const firstLatin = letters.findIndex((l) => /[A-Z]/.test(l));
    expect(firstLatin).toBeGreaterThan(3);
    expect(letters.slice(firstLatin).every((l) => /[A-Z#]/.test(l))).toBe(true);
    expect(groups.find((g) => g.letter === 'ج')!.anchor).toBe('letter-ج');
    const source = groups.flatMap((g) => g.entries).find((e) => e.type === 'source')!;
    expect(source.note).toMatch(/^Reuters، /);
  });
});

describe('what the browser gets', () => {
  it('plain data for each edition: sentences, labels of every id, the ranking', () => {
    for (const t of [en, ar]) {
      const d = searchClientData(t);
      expect(JSON.parse(JSON.stringify(d))).toEqual(d);
      expect(Object.keys(d.labels)).toEqual([...FACET_KEYS]);
      expect(d.ranking.metaWeights.names).toBeGreaterThan(0);
    }
    expect(searchClientData(ar).labels.type['actor']).toBe('طرف');
    expect(searchClientData(ar).text.offline).not.toMatch(/[a-z]{3}/i);
    const w: Record<string, unknown> = {};
    new Function('window', clientDataScript(ar))(w);
    expect(w[SEARCH_DATA_GLOBAL]).toEqual(searchClientData(ar));
  });
  it('plural sentences in each language', () => {
    expect(plural('en', en.search.results, 1, 'Sochi')).toBe('1 result for “Sochi”');
    expect(plural('en', en.search.results, 12, 'Sochi')).toBe('12 results for “Sochi”');
    expect(plural('ar', ar.search.results, 1, 'سوتشي')).toBe('نتيجة واحدة للبحث عن «سوتشي»');
    expect(plural('ar', ar.search.results, 2, 'سوتشي')).toBe('نتيجتان للبحث عن «سوتشي»');
    expect(plural('ar', ar.search.results, 5, 'سوتشي')).toBe('5 نتائج للبحث عن «سوتشي»');
    expect(plural('ar', ar.search.results, 40, 'سوتشي')).toBe('40 نتيجة للبحث عن «سوتشي»');
    expect(plural('ar', ar.search.filtered, 0)).toBe('لا صفحات تطابق عوامل التصفية');
  });
});

describe('what Pagefind reads', () => {
  const page = (body: string) =>
    `<!doctype html><html lang="ar"><body><nav>الرئيسية</nav><main data-pagefind-body>${body}</main><footer>التذييل</footer></body></html>`;
  it('the indexed text: inside data-pagefind-body, without what Pagefind leaves out', () => {
    expect(
      indexedText(
        page(
          '<h1>هيئة</h1><p>قال <a href="x">الجولاني</a>.</p><p class="visually-hidden">مخفي</p><svg><text>رسم</text></svg><div data-pagefind-ignore="all">لا</div><p hidden>ادعاء</p>',
        ),
      ),
    ).toBe('هيئة قال الجولاني. ادعاء');
    expect(indexedText('<html><body><main>no body mark</main></body></html>')).toBe('');
  });
  it('reads only <main> when the mark is on it, and the whole page when it is elsewhere', () => {
    const head = '<head><style>p{}</style><script>let x = "<main>";</script></head>';
    const marked = (body: string) =>
      `<!doctype html><html lang="en">${head}<body><nav>Home</nav>${body}<footer>Foot</footer></body></html>`;
    expect(indexedText(marked('<main data-pagefind-body><p>One</p><p>two</p></main>'))).toBe(
      'One two',
    );
    // a mark outside <main> (or a second one): nothing is missed
    expect(
      indexedText(marked('<main><p>Skip</p></main><div data-pagefind-body><p>Aside</p></div>')),
    ).toBe('Aside');
    expect(
      indexedText(
        marked(
          '<main data-pagefind-body><p>One</p></main><section data-pagefind-body>Two</section>',
        ),
      ),
    ).toBe('One Two');
    // <main-menu> is not <main>
    expect(
      indexedText(marked('<main-menu data-pagefind-body>Menu</main-menu><main>Not</main>')),
    ).toBe('Menu');
  });
  it("adds the forms of the page's words as metadata at the end of <main>; other pages unchanged", () => {
    const out = withSearchForms(page('<p>هيئة تحرير الشام</p>'));
    expect(out).toContain('<span data-pagefind-meta="forms:هييه شام"></span></main>');
    const plain = '<html><body><main>Erdoğan</main></body></html>';
    expect(withSearchForms(plain)).toBe(plain);
    expect(withSearchForms(page('<p>plain words</p>'))).toBe(page('<p>plain words</p>'));
  });
  it('has a space after the block elements Pagefind runs together, and nowhere else', () => {
    expect(spaceBlocks('<dl><dt>Country</dt><dd>Syria</dd></dl><p>a<b>b</b></p>')).toBe(
      '<dl><dt>Country</dt> <dd>Syria</dd> </dl> <p>a<b>b</b></p>',
    );
    expect(spaceBlocks('<details><summary>Cited by 2</summary><ul><li>x</li></ul></details>')).toBe(
      '<details><summary>Cited by 2</summary> <ul><li>x</li></ul></details> ',
    );
  });
});
