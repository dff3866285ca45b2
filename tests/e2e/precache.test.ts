/**
 * What the site fetches at run time against what it keeps for offline reading. Every page is
 * crawled with the network on, plus search (a query in the header, the search page with a filter,
 * report sections as sub-results, filters alone); every same-origin URL fetched must be in the
 * service worker's precache, and in the download where a reader from disk needs it. Then the
 * network is cut and the same search with filters must still work, from the cache alone. On the
 * fixture site: what it checks is the code's, whatever the content.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { unzipSync } from 'fflate';
import { launch, sitemapPaths, watchErrors } from './browser';

const baseUrl = inject('fixtureUrl');
const dist = inject('fixtureDist');
let browser: Browser;
let context: BrowserContext;
beforeAll(async () => {
  browser = await launch();
  context = await browser.newContext();
});
afterAll(async () => browser?.close());

/** The service worker's precache list: paths relative to the site root. */
function precached(): Set<string> {
  const sw = readFileSync(resolve(dist, 'sw.js'), 'utf8');
  return new Set([...sw.matchAll(/\{url:"([^"]+)",revision:/g)].map((m) => m[1]!));
}

/** The files in the download, relative to its top folder. */
function zipped(): Set<string> {
  const zip = readdirSync(resolve(dist, 'downloads')).find((f) => f.endsWith('.zip'))!;
  const top = `${zip.replace(/\.zip$/, '')}/`;
  return new Set(
    Object.keys(unzipSync(readFileSync(resolve(dist, 'downloads', zip)))).map((f) =>
      f.slice(top.length),
    ),
  );
}

/** A fetched URL as a file of the site: no query or hash, directories as their index.html. */
const fileOf = (url: string, root: string) => {
  const path = decodeURIComponent(new URL(url).pathname).slice(new URL(root).pathname.length);
  return path === '' || path.endsWith('/') ? `${path}index.html` : path;
};

/** Records every same-origin URL a page fetches, as site files. */
function record(page: Page, root: string, into: Set<string>) {
  page.on('request', (r) => {
    if (r.url().startsWith(root)) into.add(fileOf(r.url(), root));
  });
}

const status = (page: Page) => page.textContent('#search-page-status');
const waitStatus = (page: Page, re: RegExp) =>
  page.waitForFunction(
    (src) => new RegExp(src).test(document.querySelector('#search-page-status')?.textContent ?? ''),
    re.source,
  );

/** The search with filters the test repeats offline: words, a type filter, counts that add up. */
async function searchWithFilters(page: Page, root: string) {
  await page.goto(`${root}search/?q=Nusra`);
  await waitStatus(page, /results? for/);
  const all = Number(/^(\d+)/.exec((await status(page))!)![1]);
  const actors = await page.textContent('label:has(input[name=type][value=actor]) .facet-count');
  expect(actors).toMatch(/^\(\d+\)$/);
  expect(actors).not.toBe('(0)');
  await page.check('input[name=type][value=actor]');
  await page.waitForFunction(
    (n) => !(document.querySelector('#search-page-status')?.textContent ?? '').startsWith(`${n} `),
    all,
  );
  expect(`(${/^(\d+)/.exec((await status(page))!)![1]})`).toBe(actors);
  expect(await page.locator('#search-page-results .search-hit').count()).toBeGreaterThan(0);
  // Filters alone, no words; then report sections as sub-results.
  await page.goto(`${root}search/?year=2019&type=event`);
  await waitStatus(page, /^[1-9]\d* pages match the filters/);
  await page.goto(`${root}search/?q=Sochi`);
  await page.waitForSelector('#search-page-results .search-subs a');
}

describe('offline completeness', () => {
  const fetched = new Set<string>();

  it('every file the site fetches (or lazily asks for) over http is precached and in the download', async () => {
    const page = await context.newPage();
    const errors = watchErrors(page);
    record(page, baseUrl, fetched);
    for (const path of [...sitemapPaths(dist), '/404.html']) {
      await page.goto(baseUrl + path.slice(1));
      // Lazy images below the fold load only when scrolled to: count what the page asks for.
      for (const src of await page.evaluate(() =>
        [...document.images].map((i) => i.currentSrc || i.src),
      )) {
        if (src.startsWith(baseUrl)) fetched.add(fileOf(src, baseUrl));
      }
    }
    // Search: the header field (loaded on focus), the search page with a filter, sub-results.
    await page.goto(`${baseUrl}actors/`);
    await page.focus('#site-search-q');
    await page.fill('#site-search-q', 'Nusra');
    await page.waitForSelector('.search-panel .search-hit a');
    await searchWithFilters(page, baseUrl);
    // The Arabic edition's search: its own index, loaded the same way.
    await page.goto(`${baseUrl}ar/actors/`);
    await page.focus('#site-search-q');
    await page.fill('#site-search-q', 'الجولاني');
    await page.waitForSelector('.search-panel .search-hit a');
    // A result opened with its words highlighted.
    await page.goto(`${baseUrl}events/sochi-memorandum/?pagefind-highlight=sochi`);
    await page.waitForSelector('main mark.search-mark');
    expect(errors).toEqual([]);

    const cache = precached();
    const zip = zipped();
    // Fetched but rightly kept out: the worker itself, and the page for addresses that do not exist.
    const notPrecached = new Set(['sw.js', '404.html']);
    expect([...fetched].filter((f) => !cache.has(f) && !notPrecached.has(f))).toEqual([]);
    expect([...fetched].filter((f) => !zip.has(f) && f !== 'sw.js')).toEqual([]);
    // The search index is what offline search needs: its filters, fragments and chunks were fetched.
    for (const kind of ['pf_filter', 'pf_fragment', 'pf_index', 'pf_meta'])
      expect(
        [...fetched].some((f) => f.endsWith(`.${kind}`)),
        kind,
      ).toBe(true);
  });

  it('precaches nothing that readers never fetch', () => {
    // Allowed unfetched: index chunks other queries need, what links and installs ask for (data
    // downloads, feeds, the manifest's icons), and what Pagefind loads in other conditions (its
    // worker, the wasm for pages in an unknown language).
    const mayGoUnfetched =
      /^(pagefind\/(fragment|index|filter)\/|pagefind\/(pagefind-worker\.js|wasm\.unknown\.pagefind)$|data\/.*\.json$|icon-\d+\.png$|sitemap-.*\.xml$|manifest\.webmanifest$)/;
    expect([...precached()].filter((f) => !fetched.has(f) && !mayGoUnfetched.test(f))).toEqual([]);
  });

  it('from disk, every file a page or the offline search fetches is in the download', async () => {
    const zip = zipped();
    const page = await context.newPage();
    const errors = watchErrors(page);
    const root = pathToFileURL(`${dist}/`).href;
    const fromDisk = new Set<string>();
    record(page, root, fromDisk);
    for (const path of ['/', '/who-backs-whom/', '/actors/hts/', '/404.html']) {
      await page.goto(root + (path.endsWith('/') ? `${path.slice(1)}index.html` : path.slice(1)));
    }
    await page.goto(`${root}search/index.html?q=Nusra`);
    await waitStatus(page, /results? for/);
    await page.check('input[name=type][value=actor]');
    await page.waitForSelector('#search-page-results .search-hit');
    expect(errors).toEqual([]);
    expect(fromDisk.has('search-fallback.js')).toBe(true);
    expect([...fromDisk].filter((f) => !zip.has(f))).toEqual([]);
  });

  it('with the network cut, the same search with filters works from the cache alone', async () => {
    const offline = await browser.newContext();
    const page = await offline.newPage();
    await page.goto(baseUrl);
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await page.reload();
    await page.waitForFunction(() => !!navigator.serviceWorker.controller);
    await offline.setOffline(true);
    const errors = watchErrors(page);
    await searchWithFilters(page, baseUrl);
    expect(errors).toEqual([]);
    await offline.close();
  });
});

describe('404.html', () => {
  it('opened from disk, every link and its icon lead to files of the site', async () => {
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(pathToFileURL(resolve(dist, '404.html')).href);
    const urls = await page.evaluate(() =>
      [...document.querySelectorAll('[href], [src]')].map(
        (el) => new URL(el.getAttribute('href') ?? el.getAttribute('src')!, document.baseURI).href,
      ),
    );
    const broken = urls.filter(
      (u) => u.startsWith('file:') && !existsSync(fileURLToPath(u.replace(/[?#].*$/, ''))),
    );
    expect(broken).toEqual([]);
    expect(urls.filter((u) => u.startsWith('file:')).length).toBeGreaterThan(8);
    expect(errors).toEqual([]);
  });

  it('claims no address of its own: no canonical URL or og:url, not indexed, icon inline', () => {
    const html = readFileSync(resolve(dist, '404.html'), 'utf8');
    expect(html).not.toMatch(/rel="canonical"|property="og:url"/);
    expect(html).toContain('<meta name="robots" content="noindex">');
    expect(html).toMatch(/<link rel="icon" href="data:image\/svg\+xml,/);
  });
});
