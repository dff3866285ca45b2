/**
 * The cross-engine smoke over the fixture site's build (tests/fixtures/site-build.ts): every page over http and from file:// with
 * no console error, the who-backs-whom diagram's filters, date control, details panel and keyboard
 * path, and search online (Pagefind) and offline (the file:// index). `npm test` runs it in
 * Firefox; `npm run test:webkit` runs it in WebKitGTK (ENGINES=webkit). Chromium's fuller tests are
 * the other files here.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { sitemapPaths } from './browser';
import { launchFirefox, launchWebKit, type Engine, type SmokePage } from './engines';
import { HEADER_ONLY } from '../../src/lib/csp';

const ENGINES = (process.env.ENGINES ?? 'firefox').split(',').map((s) => s.trim().toLowerCase());
const LAUNCH: Record<string, () => Promise<Engine>> = {
  firefox: launchFirefox,
  webkit: launchWebKit,
};
const baseUrl = inject('fixtureUrl');
const dist = inject('fixtureDist');
const fileUrl = (path: string) =>
  pathToFileURL(resolve(dist, `.${path}`, path.endsWith('/') ? 'index.html' : '')).href;
const pages = [...sitemapPaths(dist), '/404.html'];

/**
 * Focus that works whether or not the engine sends focus events: a headless Firefox driven over
 * BiDi may not have window focus, so `focus()` moves activeElement without firing focus/focusin.
 * The page's scripts listen for those, so they are dispatched in the page when they did not fire.
 */
function focusInPage(selector: string) {
  const el = document.querySelector<HTMLElement>(selector)!;
  let fired = false;
  const seen = () => {
    fired = true;
  };
  el.addEventListener('focus', seen, { once: true });
  el.focus();
  el.removeEventListener('focus', seen);
  if (!fired) {
    el.dispatchEvent(new FocusEvent('focus'));
    el.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
  }
  return document.activeElement === el;
}

const waitFor = async (what: string, test: () => Promise<boolean>, ms = 10_000) => {
  const end = Date.now() + ms;
  while (!(await test())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
};

const visibleRows = () =>
  document.querySelectorAll('.relation-table tbody tr:not([hidden])').length;
const activeNode = () => (document.activeElement as HTMLElement | null)?.dataset['node'] ?? null;
const isShown = (selector: string) => {
  const el = document.querySelector<HTMLElement>(selector);
  return !!el && !el.hidden && el.getClientRects().length > 0;
};

describe('the policy every engine reads', () => {
  it('meta policies hold no directive an engine does not know; the header has them', () => {
    const metaPolicy = (path: string) =>
      /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(
        readFileSync(resolve(dist, `.${path}`, path.endsWith('/') ? 'index.html' : ''), 'utf8'),
      )?.[1] ?? '';
    for (const path of pages) {
      const p = metaPolicy(path);
      expect(p, path).toMatch(/^default-src/);
      for (const d of HEADER_ONLY) expect(p, path).not.toContain(d.split(' ')[0]);
    }
    const headers = readFileSync(resolve(dist, '_headers'), 'utf8');
    for (const d of HEADER_ONLY) expect(headers).toContain(d);
  });
});

for (const name of ENGINES) {
  describe(`${name}: the cross-engine smoke`, () => {
    let engine: Engine;
    let page: SmokePage;
    beforeAll(async () => {
      const launch = LAUNCH[name];
      if (!launch) throw new Error(`unknown engine "${name}" in ENGINES (firefox, webkit)`);
      engine = await launch();
      page = await engine.open();
    });
    afterAll(async () => engine?.close());

    // A MiniBrowser per page for WebKit (see engines.ts) takes minutes; a driver session, seconds.
    it(
      'loads every page over http and from file:// without errors',
      { timeout: 900_000 },
      async () => {
        const failures: string[] = [];
        if (engine.consoleErrors) {
          const urls = pages.flatMap((p) => [baseUrl + p.slice(1), fileUrl(p)]);
          for (const [url, errors] of await engine.consoleErrors(urls))
            failures.push(...errors.map((e) => `${url}: ${e}`));
          expect(failures).toEqual([]);
          return;
        }
        // Two tabs side by side, one for each core: over http in one, from disk in the other.
        const lane = async (tab: SmokePage, how: string, url: (p: string) => string) => {
          for (const path of pages) {
            // The search page starts loading its index on arrival: let it finish before leaving.
            await tab.goto(url(path), path.endsWith('/search/') ? 1_000 : undefined);
            failures.push(...(await tab.takeErrors()).map((e) => `${how} ${path}: ${e}`));
          }
        };
        const second = await engine.open();
        await Promise.all([
          lane(page, 'http', (p) => baseUrl + p.slice(1)),
          lane(second, 'file', fileUrl),
        ]);
        await second.close?.();
        expect(failures).toEqual([]);
      },
    );

    for (const [how, at] of [
      ['http', () => `${baseUrl}who-backs-whom/`],
      ['file://', () => fileUrl('/who-backs-whom/')],
    ] as const) {
      it(`who-backs-whom (${how}): filters, date control, details panel and keyboard path`, async () => {
        await page.goto(at());
        const all = await page.evaluate(visibleRows);
        expect(all).toBeGreaterThan(20);
        // Filters: folded at first; unticking "alleged" hides it in every view and the URL says so.
        await page.click('#graph-controls summary');
        await page.click('input[name=grade][value=alleged]');
        const noAlleged = await page.evaluate(visibleRows);
        expect(noAlleged).toBeLessThan(all);
        expect(
          await page.evaluate(
            () =>
              [...document.querySelectorAll('#wbw [data-edge].grade-alleged')].filter(
                (e) => e.getClientRects().length && getComputedStyle(e).display !== 'none',
              ).length,
          ),
        ).toBe(0);
        expect(await page.url()).toMatch(/grade=[a-z,]+/);
        await page.click('#reset');
        await waitFor('the reset', async () => (await page.evaluate(visibleRows)) === all);
        // The date control: relations in force in June 2016.
        await page.click('#dated');
        expect(
          await page.evaluate(() => document.querySelector<HTMLInputElement>('#asof')!.disabled),
        ).toBe(false);
        await page.evaluate(() => {
          const r = document.querySelector<HTMLInputElement>('#asof')!;
          r.value = String((2016 - Number(r.dataset['first']!.slice(0, 4))) * 12 + 5);
          r.dispatchEvent(new Event('input', { bubbles: true }));
        });
        expect(await page.evaluate(() => document.querySelector('#asof-label')!.textContent)).toBe(
          'June 2016',
        );
        const in2016 = await page.evaluate(visibleRows);
        expect(in2016).toBeGreaterThan(0);
        expect(in2016).toBeLessThan(all);
        expect(await page.url()).toContain('asof=2016-06');
        await page.click('#reset');
        // The details panel: a click on a node opens it with a working link to the profile.
        await page.click('#wbw [data-node="hts"]');
        await waitFor('the details panel', () => page.evaluate(isShown, '#details'));
        const profile = await page.evaluate(
          () =>
            [...document.querySelectorAll<HTMLAnchorElement>('#details a')].find((a) =>
              /actors\/hts\//.test(a.href),
            )?.href ?? '',
        );
        expect(profile).toMatch(
          how === 'http' ? /actors\/hts\/$/ : /^file:.*\/actors\/hts\/index\.html$/,
        );
        await page.click('.details-close');
        await waitFor(
          'the panel to close',
          async () => !(await page.evaluate(isShown, '#details')),
        );
        // The keyboard path: arrows move between nodes, Enter opens details, Escape closes them
        // and gives focus back to the node.
        expect(await page.evaluate(focusInPage, '#wbw [data-node][tabindex="0"]')).toBe(true);
        const first = await page.evaluate(activeNode);
        let now = first;
        for (const key of ['ArrowRight', 'ArrowDown', 'ArrowLeft', 'ArrowUp'] as const) {
          await page.press(key);
          now = await page.evaluate(activeNode);
          if (now && now !== first) break;
        }
        expect(now).not.toBe(first);
        expect(now).toBeTruthy();
        await page.press('Enter');
        await waitFor('details from the keyboard', () => page.evaluate(isShown, '#details'));
        await page.press('Escape');
        await waitFor(
          'Escape to close the details',
          async () => !(await page.evaluate(isShown, '#details')),
        );
        expect(await page.evaluate(activeNode)).toBe(now);
        expect(await page.takeErrors()).toEqual([]);
      });
    }

    it('search online: the search page finds by alias and filters by type', async () => {
      await page.goto(`${baseUrl}search/?q=Nusra`);
      await searchPageWorks(page, 'pagefind');
    });

    it('search offline from file://: the search page and the header field', async () => {
      await page.goto(`${fileUrl('/search/')}?q=Nusra`);
      await searchPageWorks(page, 'offline');
      // The header field on another page: focus loads the search, typing lists results.
      await page.goto(fileUrl('/events/'));
      expect(await page.evaluate(focusInPage, '#site-search-q')).toBe(true);
      await waitFor('the search interface', () =>
        page.evaluate(() => 'idlibSearch' in window && !Array.isArray(window.idlibSearch)),
      );
      await page.type('Nusra');
      // The results for the whole word: the status names it once they are in (not those for "N").
      await waitFor('header results', () =>
        page.evaluate(
          () =>
            !!document
              .querySelector('.search-panel .search-status')
              ?.textContent?.includes('Nusra') &&
            document.querySelectorAll('.search-panel .search-hit a').length > 0,
        ),
      );
      const first = await page.evaluate(
        () => document.querySelector<HTMLAnchorElement>('.search-panel .search-hit a')!.href,
      );
      expect(first).toMatch(/^file:.*\/actors\/hts\/index\.html/);
      expect(await page.takeErrors()).toEqual([]);
    });
  });
}

/** Results for "Nusra" lead with HTS; ticking the "Actor" filter keeps only actors, with counts. */
async function searchPageWorks(page: SmokePage, backend: string) {
  const status = () =>
    page.evaluate(() => document.querySelector('#search-page-status')?.textContent ?? '');
  await waitFor(`${backend} results`, async () => /results? for/.test(await status()), 15_000);
  const all = Number(/^(\d+)/.exec(await status())![1]);
  expect(all).toBeGreaterThan(5);
  expect(
    await page.evaluate(
      () => document.querySelector<HTMLAnchorElement>('#search-page-results .search-hit a')!.href,
    ),
  ).toMatch(/actors\/hts\//);
  const actorCount = await page.evaluate(
    () =>
      document.querySelector('label:has(input[name=type][value=actor]) .facet-count')
        ?.textContent ?? '',
  );
  expect(actorCount).toMatch(/^\(\d+\)$/);
  expect(actorCount).not.toBe('(0)');
  await page.click('input[name=type][value=actor]');
  await waitFor('the filtered results', async () => !(await status()).startsWith(`${all} `));
  const shown = Number(/^(\d+)/.exec(await status())![1]);
  expect(`(${shown})`).toBe(actorCount);
  const metas = await page.evaluate(() =>
    [...document.querySelectorAll('#search-page-results .search-meta')].map(
      (m) => m.textContent ?? '',
    ),
  );
  expect(metas.length).toBe(shown);
  for (const m of metas) expect(m).toMatch(/^Actor/);
  expect(await page.takeErrors()).toEqual([]);
}
