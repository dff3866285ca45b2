/**
 * The smoke pass: every page of the real site (dist/), once, in a real browser: over http no
 * console errors, no failed or off-site requests, no broken internal links or anchors, no axe-core
 * violation at WCAG 2.2 AA; then the same page from disk (file://) with no errors and every link
 * a file. (html-validate.test.ts reads the same pages.) On the fixture site: readable at 320 px
 * without JavaScript, and the timeline filter.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext } from 'playwright-core';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { axe, launch, sitemapPaths, watchErrors } from './browser';

const baseUrl = inject('baseUrl');
const origin = new URL(baseUrl).origin;
let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  browser = await launch();
  context = await browser.newContext();
});
afterAll(async () => browser?.close());

const pages = sitemapPaths();
const dist = resolve('dist');
/** The file a site path is written to. */
const fileOf = (path: string) =>
  resolve(
    dist,
    `.${path.replace(new URL(baseUrl).pathname, '/')}`,
    path.endsWith('/') ? 'index.html' : '',
  );
const fixtureUrl = inject('fixtureUrl');
const fixtureOrigin = new URL(fixtureUrl).origin;
/** Internal links found on every page: target path -> anchors wanted there, and who links. */
const links = new Map<string, { anchors: Set<string>; from: string }>();
const idsByPath = new Map<string, Set<string>>();

describe('every page in the sitemap', () => {
  it('lists the pages the site promises: the fixed pages and one per actor and event', () => {
    const entries = (c: string) =>
      (JSON.parse(readFileSync(`dist/data/${c}.json`, 'utf8')) as { id: string }[]).map(
        (e) => `/${c}/${e.id}/`,
      );
    const wanted = [
      '/',
      '/report/',
      '/actors/',
      '/events/',
      '/sources/',
      '/method/',
      ...entries('actors'),
      ...entries('events'),
    ];
    const listed = pages.map((p) => p.replace(new URL(baseUrl).pathname, '/'));
    expect(wanted.filter((w) => !listed.includes(w))).toEqual([]);
  });

  // Two lanes of pages side by side: the browser has a core for each (timeout as engines.test.ts).
  it(
    'loads cleanly over http and from disk, passes axe at WCAG 2.2 AA and links only to what exists',
    { timeout: 900_000 },
    async () => {
      const failures: string[] = [];
      const offsite: string[] = [];
      const lane = async (paths: string[]) => {
        const page = await context.newPage();
        const errors = watchErrors(page);
        const disk = await context.newPage();
        const diskErrors = watchErrors(disk);
        await page.route('**/*', (route) => {
          const url = new URL(route.request().url());
          if (url.origin !== origin && url.protocol !== 'data:') {
            offsite.push(url.href);
            return route.abort();
          }
          return route.continue();
        });
        for (const path of paths) {
          errors.length = 0;
          const res = await page.goto(origin + path);
          if (!res || (res.status() !== 200 && path !== '/404.html'))
            failures.push(`${path}: HTTP ${res?.status()}`);
          failures.push(...errors.map((e) => `${path}: ${e}`));
          for (const v of await axe(page)) {
            failures.push(
              `${path}: axe ${v.id} (${v.impact}): ${v.help} at ${v.nodes
                .slice(0, 3)
                .map((n) => n.target.join(' '))
                .join(', ')}`,
            );
          }
          const found = await page.evaluate(() => ({
            ids: [...document.querySelectorAll('[id]')].map((e) => e.id),
            // SVG links have no string .href: resolve the attribute instead.
            hrefs: [...document.querySelectorAll('a[href]')].map(
              (a) => new URL(a.getAttribute('href')!, document.baseURI).href,
            ),
          }));
          idsByPath.set(path, new Set(found.ids));
          for (const href of found.hrefs) {
            const u = new URL(href);
            if (u.origin !== origin) continue;
            const entry = links.get(u.pathname) ?? { anchors: new Set<string>(), from: path };
            if (u.hash) entry.anchors.add(decodeURIComponent(u.hash.slice(1)));
            links.set(u.pathname, entry);
          }
          // The same page from disk, as a reader of the download opens it.
          diskErrors.length = 0;
          await disk.goto(pathToFileURL(fileOf(path)).href);
          failures.push(...diskErrors.map((e) => `file:// ${path}: ${e}`));
          const urls = await disk.evaluate(() =>
            [...document.querySelectorAll('[href], [src]')]
              .map((el) => el.getAttribute('href') ?? el.getAttribute('src') ?? '')
              .filter((u) => u && !u.startsWith('#'))
              .map((u) => new URL(u, document.baseURI).href),
          );
          for (const u of urls) {
            if (!u.startsWith('file:')) continue;
            const file = fileURLToPath(u.replace(/[?#].*$/, ''));
            if (!existsSync(file) || !file.startsWith(dist))
              failures.push(`file:// ${path}: link to ${u} has no file on disk`);
          }
        }
      };
      const all = [...pages, '/404.html'];
      await Promise.all([0, 1].map((n) => lane(all.filter((_, i) => i % 2 === n))));
      failures.push(...offsite.map((u) => `request to another origin: ${u}`));
      expect(failures).toEqual([]);
    },
  );

  it('has no broken internal links or anchors', async () => {
    const broken: string[] = [];
    for (const [path, { anchors, from }] of links) {
      let ids = idsByPath.get(path);
      if (!ids) {
        const res = await fetch(origin + path);
        if (res.status !== 200) {
          broken.push(`${path} (linked from ${from}): HTTP ${res.status}`);
          continue;
        }
        ids = new Set([...(await res.text()).matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!));
      }
      for (const a of anchors)
        if (!ids.has(a)) broken.push(`${path}#${a} (linked from ${from}): no element with that id`);
    }
    expect(broken).toEqual([]);
  });
});

describe('reading without JavaScript, on a 320 px screen', () => {
  it('shows every page in full with scripts off and nothing wider than the screen', async () => {
    const noJs = await browser.newContext({
      javaScriptEnabled: false,
      viewport: { width: 320, height: 640 },
    });
    const page = await noJs.newPage();
    const failures: string[] = [];
    for (const path of sitemapPaths(inject('fixtureDist')).filter(
      (p) => !/\/relations\//.test(p),
    )) {
      await page.goto(fixtureOrigin + path);
      const { width, text } = await page.evaluate(() => ({
        width: document.documentElement.scrollWidth,
        text: document.querySelector('main')?.textContent?.trim().length ?? 0,
      }));
      if (width > 320) failures.push(`${path}: ${width}px wide at a 320px viewport`);
      if (text < 200) failures.push(`${path}: main has only ${text} characters without JavaScript`);
    }
    await page.goto(fixtureOrigin + '/events/');
    const shown = await page.locator('#timeline > li:visible').count();
    const all = await page.locator('#timeline > li').count();
    expect(shown).toBe(all);
    expect(failures).toEqual([]);
    await noJs.close();
  });
});

describe('the timeline filter', () => {
  it("shows only the chosen actor's events and keeps the choice in the URL", async () => {
    const page = await context.newPage();
    await page.goto(`${fixtureUrl}events/`);
    const all = await page.locator('#timeline > li').count();
    await page.selectOption('#actor-filter', 'turkey');
    const shown = await page.locator('#timeline > li:visible').count();
    expect(shown).toBeGreaterThan(0);
    expect(shown).toBeLessThan(all);
    expect(page.url()).toContain('actor=turkey');
    await expect(page.locator('#filter-status').textContent()).resolves.toContain(
      `${shown} of ${all}`,
    );
    await page.reload();
    expect(await page.locator('#timeline > li:visible').count()).toBe(shown);
  });
});
