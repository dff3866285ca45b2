/**
 * Search on the served build: lazy loading, the "/" shortcut, relevance through the real header
 * field, the search page's filters (ids in the URL, labels in each edition) and report sections,
 * highlighting, keyboard use, the dialog on small screens (axe-clean while open), the A–Z index
 * without JavaScript, and the offline search from file://; the Arabic edition's queries online and
 * offline: on the fixture site. Plus the size budgets of the real site in dist/: a first query's
 * bytes and the fallback index.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { axe, launch, watchErrors } from './browser';
import { ar } from '../../src/lib/strings/ar';

const baseUrl = inject('fixtureUrl');
const dist = inject('fixtureDist');
const SEARCH_FILES = /search-ui\.js|search-fallback\.js|\/pagefind\//;
let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => browser?.close());

async function open(path = '', viewport = { width: 1280, height: 900 }) {
  const page = await browser.newPage({ viewport });
  const errors = watchErrors(page);
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(baseUrl + path);
  return { page, errors, requests };
}

/** Site path of a result link: "actors/hts/" (query, file name and edition dropped; works for file: too). */
const sitePath = (href: string) => {
  const url = new URL(href);
  const path = decodeURIComponent(url.pathname).replace(/index\.html$/, '');
  const m = /(?:^|\/)((?:actors|events|relations|report|sources|search|a-z)\/.*)$/.exec(path);
  return (m ? m[1]! : path) + decodeURIComponent(url.hash);
};

/** Types a query into the header field and returns the result links, in order. */
async function headerResults(page: Page, query: string): Promise<string[]> {
  await page.fill('#site-search-q', query);
  // The status names the words ("… for “Sochi”", "… عن «سوتشي»") once these results are in.
  await page.waitForFunction(
    (q) => document.querySelector('.search-panel .search-status')?.textContent?.includes(q),
    query,
  );
  return page
    .locator('.search-panel .search-hit > a')
    .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
}

/** The Arabic queries of issue 18, each spelled as readers type it, and the page each must find first. */
const ARABIC_QUERIES: [string, string][] = [
  ['تحرير الشام', 'actors/hts/'],
  ['هيئة تحرير الشام', 'actors/hts/'],
  ['هيئه تحرير الشام', 'actors/hts/'],
  // A group known through its leader comes first for his name, in both editions (the person next).
  ['الجولاني', 'actors/hts/'],
  ['جولاني', 'actors/hts/'],
  ['الجولانى', 'actors/hts/'],
  ['الجـولاني', 'actors/hts/'],
  ['سوتشي', 'events/sochi-memorandum/'],
  ['سوتشى', 'events/sochi-memorandum/'],
  ['اردوغان', 'actors/recep-tayyip-erdogan/'],
  ['إردوغان', 'actors/recep-tayyip-erdogan/'],
  ['بوتين', 'actors/vladimir-putin/'],
];

/** Runs the Arabic queries through the header field of `url` (an Arabic page); returns the misses. */
async function arabicMisses(page: Page, url: string): Promise<string[]> {
  await page.goto(url);
  await page.focus('#site-search-q');
  const misses: string[] = [];
  for (const [q, want] of ARABIC_QUERIES) {
    const links = (await headerResults(page, q)).map(sitePath);
    if (links[0] !== want)
      misses.push(`${q} → ${links.slice(0, 3).join(', ') || 'nothing'} (want ${want})`);
    if (
      want === 'actors/hts/' &&
      /جولان/.test(q) &&
      !links.slice(0, 3).includes('actors/abu-mohammad-al-jolani/')
    )
      misses.push(`${q}: no profile in the first three`);
  }
  return misses;
}

async function expectAxeClean(page: Page, what: string) {
  const violations = await axe(page);
  expect(
    violations.map(
      (v) =>
        `${what}: ${v.id}: ${v.help} at ${v.nodes
          .slice(0, 2)
          .map((n) => n.target.join(' '))
          .join(', ')}`,
    ),
  ).toEqual([]);
}

/** The build's offline index, read the way a browser would run it. */
function fallbackIndex(): { entries: { t: string; y?: string }[] } {
  const w: Record<string, unknown> = {};
  new Function('window', readFileSync(resolve(dist, 'search-fallback.js'), 'utf8'))(w);
  return w['__IDLIB_SEARCH__'] as { entries: { t: string; y?: string }[] };
}

describe('the header field', () => {
  it('downloads no search code until the reader goes to search; "/" focuses the field', async () => {
    const { page, errors, requests } = await open('report/');
    await page.waitForLoadState('load');
    await page.waitForTimeout(300);
    expect(requests.filter((u) => SEARCH_FILES.test(u))).toEqual([]);
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search-q');
    // The key focuses the field; it is not typed into it.
    expect(await page.inputValue('#site-search-q')).toBe('');
    await page.waitForFunction(
      () =>
        'idlibSearch' in window &&
        !Array.isArray((window as { idlibSearch?: unknown }).idlibSearch),
    );
    expect(requests.some((u) => /search-ui\.js$/.test(u))).toBe(true);
    await headerResults(page, 'Nusra');
    expect(requests.some((u) => /pagefind\/pagefind\.js$/.test(u))).toBe(true);
    expect(requests.filter((u) => /search-fallback\.js/.test(u))).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('does not take "/" from a reader typing in another field', async () => {
    const { page } = await open('events/');
    await page.focus('#actor-filter');
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('actor-filter');
  });

  it('ranks names and aliases first', async () => {
    const { page, errors } = await open();
    await page.focus('#site-search-q');
    const first = async (q: string) => sitePath((await headerResults(page, q))[0]!);
    expect(await first('Nusra')).toBe('actors/hts/');
    expect(await first('Jabhat Fateh al-Sham')).toBe('actors/hts/');
    expect(await first('Sochi')).toBe('events/sochi-memorandum/');
    expect(await first('anti-tank')).toMatch(
      /^(relations\/turkey--arms-supply--national-front-for-liberation\/|report\/#.*anti-tank)/,
    );
    // A leader's name finds the group first, and the leader's own profile right after.
    const jolani = (await headerResults(page, 'al-Jolani')).map(sitePath);
    expect(jolani[0]).toBe('actors/hts/');
    expect(jolani.slice(0, 3)).toContain('actors/abu-mohammad-al-jolani/');
    const abdulrahman = (await headerResults(page, 'Abdulrahman')).map(sitePath);
    expect(abdulrahman[0]).toBe('actors/sohr/');
    expect(abdulrahman.slice(0, 3)).toContain('actors/rami-abdulrahman/');
    // A head of state or government is a figure in their own right: their own profile comes first.
    expect(await first('Putin')).toBe('actors/vladimir-putin/');
    expect(await first('Erdogan')).toBe('actors/recep-tayyip-erdogan/');
    expect(await first('Erdoğan')).toBe('actors/recep-tayyip-erdogan/');
    expect(await first('Assad')).toBe('actors/bashar-al-assad/');
    expect(errors).toEqual([]);
  });

  it('in Arabic: finds the entry with and without the article, hamza, ة/ه, ى/ي and tatweel', async () => {
    const { page, errors, requests } = await open('ar/');
    expect(await arabicMisses(page, `${baseUrl}ar/`)).toEqual([]);
    // The Arabic edition's own interface and its index: ar/search-ui.js, Pagefind's Arabic index.
    expect(requests.some((u) => /\/ar\/search-ui\.js$/.test(u))).toBe(true);
    expect(requests.some((u) => /\/pagefind\/pagefind\.ar_[^/]+\.pf_meta$/.test(u))).toBe(true);
    expect(await page.textContent('.search-panel .search-status')).toMatch(/للبحث عن «بوتين»$/);
    expect(await page.locator('.search-panel .search-meta').first().textContent()).toMatch(
      new RegExp(`^${ar.search.types.actor} · `),
    );
    // The words are marked on the result's page as written there ("الجولاني" for "جولاني").
    await page.goto(
      `${baseUrl}ar/actors/abu-mohammad-al-jolani/?pagefind-highlight=${encodeURIComponent('جولاني')}`,
    );
    await page.waitForSelector('main mark.search-mark');
    expect(new Set(await page.locator('main mark.search-mark').allTextContents())).toEqual(
      new Set(['الجولاني']),
    );
    expect(errors).toEqual([]);
  });

  it('announces results, moves through them with the arrow keys and closes with Escape', async () => {
    const { page, errors } = await open('method/');
    await page.focus('#site-search-q');
    const links = await headerResults(page, 'Sochi');
    expect(await page.getAttribute('.search-panel .search-status', 'role')).toBe('status');
    expect(await page.textContent('.search-panel .search-status')).toMatch(
      /^\d+ results? for “Sochi”$/,
    );
    const active = () =>
      page.evaluate(
        () => (document.activeElement as HTMLAnchorElement).href ?? document.activeElement?.id,
      );
    await page.keyboard.press('ArrowDown');
    expect(await active()).toBe(links[0]);
    await page.keyboard.press('ArrowDown');
    expect(await active()).toBe(links[1]);
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search-q');
    await expectAxeClean(page, 'results open');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Escape');
    expect(await page.locator('.search-panel').isVisible()).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search-q');
    // ArrowDown opens the results again; Enter on one opens it, with the words marked on the page.
    await page.keyboard.press('ArrowDown');
    expect(await active()).toBe(links[0]);
    expect(sitePath(links[0]!)).toBe('events/sochi-memorandum/');
    await Promise.all([
      page.waitForURL(/events\/sochi-memorandum\//),
      page.keyboard.press('Enter'),
    ]);
    await page.waitForSelector('main mark.search-mark');
    const marked = await page.locator('main mark.search-mark').allTextContents();
    expect(marked.length).toBeGreaterThan(1);
    for (const m of marked) expect(m.toLowerCase()).toBe('sochi');
    expect(errors).toEqual([]);
  });

  it('Enter in the field opens the search page with the query', async () => {
    const { page } = await open();
    await page.focus('#site-search-q');
    await page.keyboard.type('Reuters');
    await Promise.all([
      page.waitForURL(/search\/(index\.html)?\?q=Reuters$/),
      page.keyboard.press('Enter'),
    ]);
    await page.waitForSelector('#search-page-results .search-hit');
  });
});

describe('on a small screen', () => {
  it('opens as a dialog that passes axe, and Escape closes it', async () => {
    const { page, errors, requests } = await open('', { width: 375, height: 740 });
    expect(await page.locator('#site-search').isVisible()).toBe(false);
    expect(await page.locator('.search-open').isVisible()).toBe(true);
    expect(requests.filter((u) => SEARCH_FILES.test(u))).toEqual([]);
    await page.click('.search-open');
    await page.waitForSelector('dialog.search-dialog[open]');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search-q');
    const links = await headerResults(page, 'Nusra');
    expect(sitePath(links[0]!)).toBe('actors/hts/');
    expect(await page.locator('dialog .search-hit').first().isVisible()).toBe(true);
    await expectAxeClean(page, 'dialog open');
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    expect(await page.locator('dialog.search-dialog[open]').count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('search-open');
    // "/" opens it too.
    await page.keyboard.press('/');
    await page.waitForSelector('dialog.search-dialog[open]');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search-q');
    expect(errors).toEqual([]);
  });
});

describe('the search page', () => {
  it('filters by type of page, keeps the choice in the URL and counts each value', async () => {
    const { page, errors } = await open('search/?q=Nusra');
    const status = '#search-page-status';
    await page.waitForFunction(
      (s) => /results? for/.test(document.querySelector(s)?.textContent ?? ''),
      status,
    );
    const all = Number(/^(\d+)/.exec((await page.textContent(status))!)![1]);
    expect(all).toBeGreaterThan(5);
    const events = await page.textContent('label:has(input[name=type][value=event]) .facet-count');
    await page.check('input[name=type][value=event]');
    await page.waitForFunction(
      ([s, n]) => !(document.querySelector(s as string)?.textContent ?? '').startsWith(`${n} `),
      [status, all] as const,
    );
    const shown = Number(/^(\d+)/.exec((await page.textContent(status))!)![1]);
    expect(shown).toBeLessThan(all);
    expect(events).toBe(`(${shown})`);
    expect(page.url()).toContain('type=event');
    for (const m of await page.locator('#search-page-results .search-meta').allTextContents())
      expect(m).toMatch(/^Event · /);
    await page.reload();
    await page.waitForFunction(
      (s) => /results? for/.test(document.querySelector(s)?.textContent ?? ''),
      status,
    );
    expect(await page.isChecked('input[name=type][value=event]')).toBe(true);
    expect(await page.textContent(status)).toMatch(new RegExp(`^${shown} `));
    await expectAxeClean(page, 'search page');
    expect(errors).toEqual([]);
  });

  it('with filters and no words, lists the pages that have them', async () => {
    const { page } = await open('search/?year=2019');
    await page.waitForFunction(() =>
      /match the filters/.test(document.querySelector('#search-page-status')?.textContent ?? ''),
    );
    const expected = fallbackIndex().entries.filter(
      (e) => e.t === 'event' && e.y === '2019',
    ).length;
    expect(await page.textContent('#search-page-status')).toBe(
      `${expected} pages match the filters`,
    );
    expect(await page.isChecked('input[name=year][value="2019"]')).toBe(true);
    await page.check('input[name=kind][value="person"]');
    await page.waitForFunction(() =>
      /^0 pages/.test(document.querySelector('#search-page-status')?.textContent ?? ''),
    );
  });

  it("a link with filters works in both editions: ids in the URL, each edition's labels", async () => {
    const query = '?type=actor&kind=armed-group';
    const { page, errors } = await open(`search/${query}`);
    const count = async () => {
      await page.waitForFunction(() =>
        /^\d+ /.test(document.querySelector('#search-page-status')?.textContent ?? ''),
      );
      return Number(/^(\d+)/.exec((await page.textContent('#search-page-status'))!)![1]);
    };
    const en = await count();
    expect(en).toBeGreaterThan(3);
    for (const m of await page.locator('#search-page-results .search-meta').allTextContents())
      expect(m).toBe('Actor · Armed group');
    await page.goto(`${baseUrl}ar/search/${query}`);
    expect(await count()).toBe(en);
    expect(await page.isChecked('input[name=kind][value=armed-group]')).toBe(true);
    expect(await page.textContent('#search-page-status')).toMatch(/عوامل التصفية$/);
    for (const m of await page.locator('#search-page-results .search-meta').allTextContents()) {
      expect(m).toBe(`${ar.search.types.actor} · ${ar.kindLabel['armed-group']}`);
    }
    // The facets in Arabic: legends and the labels beside the boxes.
    expect(await page.locator('#search-page-form legend').allTextContents()).toEqual(
      Object.values(ar.search.facets),
    );
    expect((await page.textContent('label:has(input[name=type][value=relation])'))?.trim()).toMatch(
      new RegExp(`^${ar.search.types.relation} `),
    );
    // The words of the search stay Arabic in the URL, and the filters stay ids.
    await page.fill('#search-page-q', 'الجولاني');
    await page.waitForFunction(() =>
      /للبحث عن/.test(document.querySelector('#search-page-status')?.textContent ?? ''),
    );
    const url = new URL(page.url());
    expect([
      url.searchParams.get('q'),
      url.searchParams.getAll('type'),
      url.searchParams.getAll('kind'),
    ]).toEqual(['الجولاني', ['actor'], ['armed-group']]);
    expect(
      sitePath(
        await page
          .locator('#search-page-results .search-hit > a')
          .first()
          .evaluate((a) => (a as HTMLAnchorElement).href),
      ),
    ).toBe('actors/hts/');
    await expectAxeClean(page, 'Arabic search page');
    // A link made when filters were English labels still ticks its box.
    await page.goto(`${baseUrl}search/?kind=Armed+group`);
    await count();
    expect(await page.isChecked('input[name=kind][value=armed-group]')).toBe(true);
    expect(page.url()).toContain('kind=armed-group');
    expect(errors).toEqual([]);
  });

  it('shows matching sections of the report as sub-results', async () => {
    const { page } = await open('search/?q=Sochi');
    await page.waitForSelector('#search-page-results .search-subs a');
    const subs = await page
      .locator('#search-page-results .search-subs a')
      .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    expect(subs.length).toBeGreaterThan(0);
    for (const s of subs) expect(sitePath(s)).toMatch(/^report\/#[a-z0-9-]+$/);
  });
});

describe('without JavaScript', () => {
  it('the header field leads to the A–Z index of actors with their other names, events and sources', async () => {
    const ctx = await browser.newContext({ javaScriptEnabled: false });
    const page = await ctx.newPage();
    await page.goto(baseUrl);
    await page.fill('#site-search-q', 'Nusra');
    await Promise.all([
      page.waitForURL(/a-z\/(index\.html)?\?q=Nusra$/),
      page.press('#site-search-q', 'Enter'),
    ]);
    const text = (await page.textContent('main'))!;
    expect(text).toContain('Nusra Front, see Hayat Tahrir al-Sham');
    expect(text).toContain('Sochi memorandum on Idlib');
    expect(await page.locator('main a[href*="sources/index.html#"]').count()).toBe(7); // every source of the fixture
    await page.goto(`${baseUrl}search/`);
    expect(await page.locator('#search-nojs').isVisible()).toBe(true);
    expect(await page.locator('#search-page-form').isVisible()).toBe(false);
    await ctx.close();
  });
});

describe('opened from disk (file://)', () => {
  it('searches the offline index, says so, and links to files', async () => {
    const page = await browser.newPage();
    const errors = watchErrors(page);
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(pathToFileURL(resolve(dist, 'index.html')).href);
    await page.keyboard.press('/');
    const links = await headerResults(page, 'Nusra');
    expect(await page.locator('.search-panel .search-note').isVisible()).toBe(true);
    expect(await page.textContent('.search-panel .search-note')).toMatch(/offline search/i);
    expect(links[0]).toMatch(/^file:.*\/actors\/hts\/index\.html\?pagefind-highlight=Nusra$/);
    expect(existsSync(fileURLToPath(links[0]!.replace(/\?.*$/, '')))).toBe(true);
    expect(requests.some((u) => /search-fallback\.js$/.test(u))).toBe(true);
    expect(requests.filter((u) => /\/pagefind\//.test(u))).toEqual([]);
    // The same ranking as online: the group known through its leader, then the leader.
    await page.goto(
      pathToFileURL(resolve(dist, 'search/index.html')).href + '?q=jolani&type=actor',
    );
    await page.waitForSelector('#search-page-results .search-hit');
    expect(await page.locator('#search-page-offline').isVisible()).toBe(true);
    expect(await page.locator('#search-page-results .search-hit > a').allTextContents()).toEqual([
      'Hayat Tahrir al-Sham',
      'Abu Mohammad al-Jolani',
    ]);
    for (const [q, want] of [
      ['Putin', 'actors/vladimir-putin/'],
      ['Erdogan', 'actors/recep-tayyip-erdogan/'],
      ['Nusra', 'actors/hts/'],
    ]) {
      expect(sitePath((await headerResults(page, q!))[0]!), q).toBe(want);
    }
    expect(errors).toEqual([]);
  });

  it('the Arabic edition searches its own offline index with the same Arabic spellings', async () => {
    const page = await browser.newPage();
    const errors = watchErrors(page);
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    expect(await arabicMisses(page, pathToFileURL(resolve(dist, 'ar/index.html')).href)).toEqual(
      [],
    );
    expect(await page.textContent('.search-panel .search-note')).toBe(ar.search.offline);
    expect(
      requests
        .filter((u) => /search-fallback\.js$/.test(u))
        .map((u) => u.replace(/^.*\/dist\//, '')),
    ).toEqual(['ar/search-fallback.js']);
    await page.goto(
      `${pathToFileURL(resolve(dist, 'ar/search/index.html')).href}?q=${encodeURIComponent('سوتشى')}&type=event`,
    );
    await page.waitForSelector('#search-page-results .search-hit');
    expect(
      sitePath(
        await page
          .locator('#search-page-results .search-hit > a')
          .first()
          .evaluate((a) => (a as HTMLAnchorElement).href),
      ),
    ).toBe('events/sochi-memorandum/');
    expect(
      await page.locator('#search-page-results .search-excerpt mark').first().textContent(),
    ).toBe('سوتشي');
    expect(errors).toEqual([]);
  });
});

describe('size budgets', () => {
  it("a first query fetches under 150 KB (gzipped in transfer), Pagefind's runtime included", async () => {
    const page = await browser.newPage();
    await page.goto(inject('baseUrl'));
    const sizes: number[] = [];
    page.on('response', async (r) => {
      if (!SEARCH_FILES.test(r.url())) return;
      const body = await r.body().catch(() => Buffer.alloc(0));
      sizes.push(Math.min(body.length, gzipSync(body).length));
    });
    await page.focus('#site-search-q');
    await headerResults(page, 'Nusra');
    await page.waitForTimeout(300);
    const total = sizes.reduce((a, b) => a + b, 0);
    expect(total).toBeGreaterThan(50 * 1024);
    expect(total).toBeLessThan(150 * 1024);
  });

  it('the offline index of each edition is under 30 KB gzipped', () => {
    for (const f of ['dist/search-fallback.js', 'dist/ar/search-fallback.js'])
      expect(gzipSync(readFileSync(f)).length, f).toBeLessThan(30 * 1024);
  });
});
