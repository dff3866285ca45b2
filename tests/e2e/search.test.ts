/**
 * Search on the served build: lazy loading, the "/" shortcut, relevance through the real header
 * field, the search page's filters and report sections, highlighting, keyboard use, the dialog on
 * small screens (axe-clean while open), the A–Z index without JavaScript, and the offline search
 * from file://. Plus the size budgets: a first query's bytes and the fallback index.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { axe, launch, watchErrors } from './browser';

const baseUrl = inject('baseUrl');
const SEARCH_FILES = /search-ui\.js|search-fallback\.js|\/pagefind\//;
let browser: Browser;
beforeAll(async () => { browser = await launch(); });
afterAll(async () => browser?.close());

async function open(path = '', viewport = { width: 1280, height: 900 }) {
  const page = await browser.newPage({ viewport });
  const errors = watchErrors(page);
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(baseUrl + path);
  return { page, errors, requests };
}

/** Site path of a result link: "actors/hts/" (query and file name dropped). */
const sitePath = (href: string) => new URL(href).pathname.slice(new URL(baseUrl).pathname.length).replace(/index\.html$/, '') + new URL(href).hash;

/** Types a query into the header field and returns the result links, in order. */
async function headerResults(page: Page, query: string): Promise<string[]> {
  await page.fill('#site-search-q', query);
  await page.waitForFunction((q) => document.querySelector('.search-panel .search-status')?.textContent?.includes(`“${q}”`), query);
  return page.locator('.search-panel .search-hit > a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
}

async function expectAxeClean(page: Page, what: string) {
  const violations = await axe(page);
  expect(violations.map((v) => `${what}: ${v.id}: ${v.help} at ${v.nodes.slice(0, 2).map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

/** The build's offline index, read the way a browser would run it. */
function fallbackIndex(): { entries: { t: string; y?: string }[] } {
  const w: Record<string, unknown> = {};
  new Function('window', readFileSync('dist/search-fallback.js', 'utf8'))(w);
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
    await page.waitForFunction(() => 'idlibSearch' in window && !Array.isArray((window as { idlibSearch?: unknown }).idlibSearch));
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
    expect(await first('anti-tank')).toMatch(/^(relations\/turkey--arms-supply--national-front-for-liberation\/|report\/#.*anti-tank)/);
    // A leader's name finds the group first, and the leader's own profile right after.
    const jolani = (await headerResults(page, 'al-Jolani')).map(sitePath);
    expect(jolani[0]).toBe('actors/hts/');
    expect(jolani.slice(0, 3)).toContain('actors/abu-mohammad-al-jolani/');
    const abdulrahman = (await headerResults(page, 'Abdulrahman')).map(sitePath);
    expect(abdulrahman[0]).toBe('actors/sohr/');
    expect(abdulrahman.slice(0, 3)).toContain('actors/rami-abdulrahman/');
    expect(errors).toEqual([]);
  });

  it('announces results, moves through them with the arrow keys and closes with Escape', async () => {
    const { page, errors } = await open('method/');
    await page.focus('#site-search-q');
    const links = await headerResults(page, 'Sochi');
    expect(await page.getAttribute('.search-panel .search-status', 'role')).toBe('status');
    expect(await page.textContent('.search-panel .search-status')).toMatch(/^\d+ results? for “Sochi”$/);
    const active = () => page.evaluate(() => (document.activeElement as HTMLAnchorElement).href ?? document.activeElement?.id);
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
    await Promise.all([page.waitForURL(/events\/sochi-memorandum\//), page.keyboard.press('Enter')]);
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
    await Promise.all([page.waitForURL(/search\/(index\.html)?\?q=Reuters$/), page.keyboard.press('Enter')]);
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
    await page.waitForFunction((s) => /results? for/.test(document.querySelector(s)?.textContent ?? ''), status);
    const all = Number(/^(\d+)/.exec((await page.textContent(status))!)![1]);
    expect(all).toBeGreaterThan(5);
    const events = await page.textContent('label:has(input[name=type][value=Event]) .facet-count');
    await page.check('input[name=type][value=Event]');
    await page.waitForFunction(([s, n]) => !(document.querySelector(s as string)?.textContent ?? '').startsWith(`${n} `), [status, all] as const);
    const shown = Number(/^(\d+)/.exec((await page.textContent(status))!)![1]);
    expect(shown).toBeLessThan(all);
    expect(events).toBe(`(${shown})`);
    expect(page.url()).toContain('type=Event');
    for (const m of await page.locator('#search-page-results .search-meta').allTextContents()) expect(m).toMatch(/^Event · /);
    await page.reload();
    await page.waitForFunction((s) => /results? for/.test(document.querySelector(s)?.textContent ?? ''), status);
    expect(await page.isChecked('input[name=type][value=Event]')).toBe(true);
    expect(await page.textContent(status)).toMatch(new RegExp(`^${shown} `));
    await expectAxeClean(page, 'search page');
    expect(errors).toEqual([]);
  });

  it('with filters and no words, lists the pages that have them', async () => {
    const { page } = await open('search/?year=2019');
    await page.waitForFunction(() => /match the filters/.test(document.querySelector('#search-page-status')?.textContent ?? ''));
    const expected = fallbackIndex().entries.filter((e) => e.t === 'event' && e.y === '2019').length;
    expect(await page.textContent('#search-page-status')).toBe(`${expected} pages match the filters`);
    expect(await page.isChecked('input[name=year][value="2019"]')).toBe(true);
    await page.check('input[name=kind][value="Person"]');
    await page.waitForFunction(() => /^0 pages/.test(document.querySelector('#search-page-status')?.textContent ?? ''));
  });

  it('shows matching sections of the report as sub-results', async () => {
    const { page } = await open('search/?q=Sochi');
    await page.waitForSelector('#search-page-results .search-subs a');
    const subs = await page.locator('#search-page-results .search-subs a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
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
    await Promise.all([page.waitForURL(/a-z\/(index\.html)?\?q=Nusra$/), page.press('#site-search-q', 'Enter')]);
    const text = (await page.textContent('main'))!;
    expect(text).toContain('Nusra Front, see Hayat Tahrir al-Sham');
    expect(text).toContain('Sochi memorandum on Idlib');
    expect(await page.locator('main a[href*="sources/index.html#"]').count()).toBeGreaterThan(10);
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
    await page.goto(pathToFileURL(resolve('dist/index.html')).href);
    await page.keyboard.press('/');
    const links = await headerResults(page, 'Nusra');
    expect(await page.locator('.search-panel .search-note').isVisible()).toBe(true);
    expect(await page.textContent('.search-panel .search-note')).toMatch(/offline search/i);
    expect(links[0]).toMatch(/^file:.*\/actors\/hts\/index\.html\?pagefind-highlight=Nusra$/);
    expect(existsSync(fileURLToPath(links[0]!.replace(/\?.*$/, '')))).toBe(true);
    expect(requests.some((u) => /search-fallback\.js$/.test(u))).toBe(true);
    expect(requests.filter((u) => /\/pagefind\//.test(u))).toEqual([]);
    await page.goto(pathToFileURL(resolve('dist/search/index.html')).href + '?q=jolani&type=Actor');
    await page.waitForSelector('#search-page-results .search-hit');
    expect(await page.locator('#search-page-offline').isVisible()).toBe(true);
    expect(await page.locator('#search-page-results .search-hit > a').first().textContent()).toBe('Abu Mohammad al-Jolani');
    expect(errors).toEqual([]);
  });
});

describe('size budgets', () => {
  it('a first query fetches under 150 KB (gzipped in transfer), Pagefind\'s runtime included', async () => {
    const { page } = await open();
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

  it('the offline index is under 30 KB gzipped', () => {
    expect(gzipSync(readFileSync('dist/search-fallback.js')).length).toBeLessThan(30 * 1024);
  });
});
