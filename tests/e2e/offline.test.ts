/**
 * The same build read three ways: opened from disk (file://), served under a sub-path, and from
 * the service worker's cache with the network cut. Plus the download itself. On the fixture site;
 * every page of the real site from disk is site.test.ts's smoke pass.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { unzipSync } from 'fflate';
import { launch, sitemapPaths, watchErrors } from './browser';
import { serve } from '../../scripts/static-server.ts';

const dist = inject('fixtureDist');
const sitePaths = sitemapPaths(dist);
let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => browser?.close());

/** The file a site path is written to. */
const fileOf = (path: string) => resolve(dist, `.${path}`, path.endsWith('/') ? 'index.html' : '');

describe('opened from disk (file://)', () => {
  it('shows the who-backs-whom diagram and its interactions work', async () => {
    const page = await browser.newPage();
    const errors = watchErrors(page);
    await page.goto(pathToFileURL(fileOf('/who-backs-whom/')).href);
    expect(await page.locator('#wbw [data-node]').count()).toBeGreaterThan(20);
    expect(await page.locator('#graph-controls').isVisible()).toBe(true);
    await page.click('#wbw [data-node="hts"]');
    expect(await page.locator('#details').isVisible()).toBe(true);
    const link = await page
      .locator('#details a', { hasText: 'Open the profile' })
      .getAttribute('href');
    expect(link).toMatch(/^file:.*\/actors\/hts\/index\.html$/);
    expect(existsSync(fileURLToPath(link!))).toBe(true);
    await page.click('#graph-controls summary'); // the filters start folded
    await page.uncheck('input[name=grade][value=alleged]');
    expect(await page.locator('#wbw [data-pair].grade-alleged:visible').count()).toBe(0);
    expect(errors).toEqual([]);
  });
});

describe('served under a sub-path', () => {
  it('every page and every internal link works at /idlib/ from the same build', async () => {
    const server = await serve({ root: dist, base: '/idlib/' });
    const origin = new URL(server.url).origin;
    const page = await browser.newPage();
    const errors = watchErrors(page);
    const outside: string[] = [];
    page.on('request', (r) => {
      if (!r.url().startsWith(server.url) && !r.url().startsWith('data:')) outside.push(r.url());
    });
    const links = new Set<string>();
    const failures: string[] = [];
    for (const path of sitePaths) {
      errors.length = 0;
      const res = await page.goto(`${server.url}${path.slice(1)}`);
      if (res?.status() !== 200) failures.push(`${path}: HTTP ${res?.status()}`);
      failures.push(...errors.map((e) => `${path}: ${e}`));
      for (const u of await page.evaluate(() =>
        [...document.querySelectorAll('a[href], link[href], script[src]')].map(
          (el) =>
            new URL(el.getAttribute('href') ?? el.getAttribute('src')!, document.baseURI).href,
        ),
      )) {
        if (u.startsWith(origin)) links.add(u.replace(/#.*$/, ''));
      }
    }
    for (const u of links) {
      if (!u.startsWith(server.url)) {
        failures.push(`link escapes the sub-path: ${u}`);
        continue;
      }
      const res = await fetch(u);
      if (res.status !== 200) failures.push(`${u}: HTTP ${res.status}`);
    }
    await server.close();
    expect(failures).toEqual([]);
    expect(outside).toEqual([]);
  });
});

describe('installable and cached', () => {
  it('the service worker serves pages with the network cut', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const base = inject('fixtureUrl');
    await page.goto(base);
    expect(await page.locator('link[rel=manifest]').count()).toBe(1);
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await page.reload();
    await page.waitForFunction(() => !!navigator.serviceWorker.controller);
    await context.setOffline(true);
    await page.goto(`${base}actors/hts/index.html`);
    expect(await page.locator('h1').textContent()).toContain('Hayat Tahrir al-Sham');
    await page.goto(`${base}events/`);
    expect(await page.locator('h1').textContent()).toBe('Timeline');
    await context.close();
  });

  it('has a web app manifest with icons that exist', () => {
    const manifest = JSON.parse(readFileSync(resolve(dist, 'manifest.webmanifest'), 'utf8'));
    expect(manifest.start_url).toBe('./');
    for (const icon of manifest.icons) expect(existsSync(resolve(dist, icon.src))).toBe(true);
  });
});

describe('the download', () => {
  it('is one zip named with the build date, holding the site and READ-ME-FIRST.html', () => {
    const zips = readdirSync(resolve(dist, 'downloads')).filter((f) => f.endsWith('.zip'));
    expect(zips).toHaveLength(1);
    const [, date] = /^idlib-explainer-(\d{4}-\d{2}-\d{2})\.zip$/.exec(zips[0]!)!;
    const files = Object.keys(unzipSync(readFileSync(resolve(dist, 'downloads', zips[0]!))));
    const top = `idlib-explainer-${date}/`;
    for (const f of [
      'READ-ME-FIRST.html',
      'index.html',
      'who-backs-whom/index.html',
      'actors/hts/index.html',
    ])
      expect(files).toContain(top + f);
    expect(files.some((f) => f.includes('downloads/'))).toBe(false);
    const home = readFileSync(resolve(dist, 'index.html'), 'utf8');
    expect(home).toContain(`downloads/${zips[0]}`);
  });
});
