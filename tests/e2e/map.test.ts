/**
 * The maps in a real browser, served over http and opened from disk (file://): the narrow map on
 * a 375 px screen and the wide one on a desktop, labels at least 12 CSS px that overlap no other
 * label or marker as the browser draws them, markers that are focusable links with names, the
 * "as of" month in the URL (the diagram's parameter), the page without JavaScript, the locators on
 * an event page and the home page, and places.geojson. On the fixture site.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { check } from '@placemarkio/check-geojson';
import { launch, watchErrors } from './browser';

const baseUrl = inject('fixtureUrl');
const dist = inject('fixtureDist');
let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => browser?.close());

/** What the browser drew in the visible maps: label and marker boxes in CSS px, and label sizes. */
function drawn(page: Page) {
  return page.evaluate(() => {
    const out: {
      map: string;
      fontPx: number;
      labels: { id: string; r: DOMRect }[];
      markers: { id: string; r: DOMRect }[];
    }[] = [];
    for (const svg of document.querySelectorAll<SVGSVGElement>('svg.map')) {
      const box = svg.getBoundingClientRect();
      if (!box.width) continue; // the variant for the other screen width, display: none
      const scale = box.width / svg.viewBox.baseVal.width;
      out.push({
        map: svg.id,
        fontPx: Number(svg.getAttribute('font-size')) * scale,
        labels: [...svg.querySelectorAll('text')].map((t) => ({
          id: t.closest('[data-place]')?.getAttribute('data-place') ?? t.textContent,
          r: t.getBoundingClientRect(),
        })),
        markers: [...svg.querySelectorAll('.map-marker path')].map((p) => ({
          id: p.closest('[data-place]')!.getAttribute('data-place')!,
          r: p.getBoundingClientRect(),
        })),
      });
    }
    return JSON.parse(JSON.stringify(out)) as typeof out;
  });
}

const hit = (a: DOMRect, b: DOMRect) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

function overlaps(maps: Awaited<ReturnType<typeof drawn>>): string[] {
  const found: string[] = [];
  for (const m of maps) {
    m.labels.forEach((a, i) => {
      for (const b of m.labels.slice(i + 1))
        if (hit(a.r, b.r)) found.push(`${m.map}: label ${a.id} over label ${b.id}`);
      for (const k of m.markers)
        if (hit(a.r, k.r)) found.push(`${m.map}: label ${a.id} over marker ${k.id}`);
    });
  }
  return found;
}

// Both editions: the Arabic maps carry Arabic names, placed by the same rules.
for (const edition of ['', 'ar/'])
  describe(`the ${edition ? 'Arabic ' : ''}map page over http`, () => {
    it('on a 375 px screen shows the narrow map, labels of at least 12 px and no overlaps', async () => {
      const page = await browser.newPage({ viewport: { width: 375, height: 800 } });
      const errors = watchErrors(page);
      await page.goto(`${baseUrl}${edition}map/`);
      expect(await page.locator('#map-nw-narrow').isVisible()).toBe(true);
      expect(await page.locator('#map-nw').isVisible()).toBe(false);
      const maps = await drawn(page);
      expect(maps.map((m) => m.map).sort()).toEqual([
        'map-front',
        'map-nw-narrow',
        'map-syria',
        'map-world',
      ]);
      for (const m of maps) {
        expect(m.fontPx, m.map).toBeGreaterThanOrEqual(12);
        for (const l of m.labels) expect(l.r.height, `${m.map} ${l.id}`).toBeGreaterThanOrEqual(12);
      }
      expect(overlaps(maps)).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        375,
      );
      expect(errors).toEqual([]);
      await page.close();
    });

    it('on a desktop shows the wide map, with the same guarantees', async () => {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      await page.goto(`${baseUrl}${edition}map/`);
      expect(await page.locator('#map-nw').isVisible()).toBe(true);
      const maps = await drawn(page);
      expect(maps.map((m) => m.map)).toContain('map-nw');
      for (const m of maps) expect(m.fontPx, m.map).toBeGreaterThanOrEqual(12);
      expect(overlaps(maps)).toEqual([]);
      await page.close();
    });
  });

describe('the map page over http', () => {
  it('makes every marker a focusable link with a name that leads to its place in the list', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${baseUrl}map/`);
    const markers = await page
      .locator('#map-nw .map-marker')
      .evaluateAll((els) =>
        els.map((a) => ({ name: a.getAttribute('aria-label'), href: a.getAttribute('href') })),
      );
    expect(markers.length).toBe(7); // every place of the fixture drawn on the north-west map
    for (const m of markers) {
      expect(m.name).toMatch(
        /^.+ \((city|town|village|border crossing|site|region)\): (no event on the timeline|\d+ events?)$/,
      );
      const target = decodeURIComponent(m.href!.replace(/^.*#/, ''));
      expect(await page.locator(`[id="${target}"]`).count(), target).toBe(1);
    }
    await page.locator('#map-nw .map-marker[data-place="khan-shaykhun"]').focus();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-place'))).toBe(
      'khan-shaykhun',
    );
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => location.hash === '#place-khan-shaykhun');
    expect(await page.locator('#place-khan-shaykhun').textContent()).toContain(
      'Government forces take Khan Shaykhun',
    );
    // the SVG has a title and a description
    expect(await page.locator('#map-nw > title').textContent()).toBeTruthy();
    expect(await page.locator('#map-nw > desc').textContent()).toMatch(/list of places below/);
    await page.close();
  });

  it('fades what came after the month in the URL, and carries the month to the diagram', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors = watchErrors(page);
    await page.goto(`${baseUrl}map/?asof=2018-09`);
    expect(await page.locator('#dated').isChecked()).toBe(true);
    expect(await page.locator('#asof-label').textContent()).toBe('September 2018');
    const later = (sel: string) =>
      page.locator(sel).evaluate((el) => el.classList.contains('is-later'));
    expect(await later('#map-nw [data-place="khan-shaykhun"]')).toBe(true);
    expect(await later('#map-world [data-place="sochi"]')).toBe(false);
    expect(await later('#map-nw [data-place="idlib"]')).toBe(false);
    expect(await page.locator('#map-status').textContent()).toMatch(
      /^\d+ of \d+ events had happened by the end of September 2018\.$/,
    );
    const laterItems = await page.locator('#map-events > li.is-later').count();
    expect(laterItems).toBeGreaterThan(3);
    expect(await page.locator('#asof-diagram').getAttribute('href')).toMatch(
      /who-backs-whom\/(index\.html)?\?asof=2018-09$/,
    );
    // the diagram reads the same parameter
    await page.goto(`${baseUrl}who-backs-whom/?asof=2018-09`);
    expect(await page.locator('#dated').isChecked()).toBe(true);
    await page.goto(`${baseUrl}map/`);
    expect(await page.locator('.is-later').count()).toBe(0);
    await page.check('#dated');
    await page.locator('#asof').fill('0');
    expect(page.url()).toMatch(/\?asof=\d{4}-\d{2}$/);
    expect(await page.locator('#map-events > li.is-later').count()).toBe(9); // all but the first month's
    await page.uncheck('#dated');
    expect(page.url()).not.toContain('asof');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('reads in full without JavaScript: every marker, every event, every place', async () => {
    const ctx = await browser.newContext({
      javaScriptEnabled: false,
      viewport: { width: 375, height: 800 },
    });
    const page = await ctx.newPage();
    await page.goto(`${baseUrl}map/`);
    expect(await page.locator('#map-controls').isVisible()).toBe(false);
    expect(await page.locator('.is-later').count()).toBe(0);
    expect(await page.locator('#map-nw-narrow .map-marker').count()).toBe(7);
    expect(await page.locator('#map-events > li').count()).toBe(10);
    expect(await page.locator('#map-places > li').count()).toBe(11);
    await ctx.close();
  });

  it('puts a locator on an event page and on the home page, each linked to the map', async () => {
    const page = await browser.newPage({ viewport: { width: 375, height: 800 } });
    await page.goto(`${baseUrl}events/khan-shaykhun-falls/`);
    expect(
      await page.locator('.locator .map-marker.is-here[data-place="khan-shaykhun"]').count(),
    ).toBe(1);
    expect(await page.locator('.locator figcaption a', { hasText: 'Open the map' }).count()).toBe(
      1,
    );
    expect(overlaps(await drawn(page))).toEqual([]);
    await page.goto(`${baseUrl}events/ground-offensive-begins/`);
    expect(
      await page
        .locator('.locator .map-area.is-here[data-place="southern-idlib-northern-hama"]')
        .count(),
    ).toBe(1);
    await page.goto(`${baseUrl}events/sochi-memorandum/`);
    expect(await page.locator('.locator .map-marker.is-here[data-place="sochi"]').count()).toBe(1);
    await page.goto(baseUrl);
    expect(await page.locator('#home-map').isVisible()).toBe(true);
    expect(overlaps(await drawn(page))).toEqual([]);
    await page.close();
  });

  it('serves places.geojson, valid GeoJSON (RFC 7946), linked from the data page', async () => {
    const res = await fetch(`${baseUrl}data/places.geojson`);
    expect(res.status).toBe(200);
    const text = await res.text();
    expect(() => check(text)).not.toThrow();
    expect(
      (JSON.parse(text) as { features: { id: string }[] }).features.map((f) => f.id),
    ).toContain('khan-shaykhun');
    expect(readFileSync(resolve(dist, 'data/index.html'), 'utf8')).toContain('places.geojson');
  });
});

describe('the map page from disk (file://)', () => {
  it('loads without errors or requests elsewhere; links resolve to files; the month control works', async () => {
    const page = await browser.newPage({ viewport: { width: 375, height: 800 } });
    const errors = watchErrors(page);
    await page.goto(`${pathToFileURL(resolve(dist, 'map/index.html')).href}?asof=2019-05`);
    expect(await page.locator('#asof-label').textContent()).toBe('May 2019');
    expect(
      await page
        .locator('#map-nw-narrow [data-place="khan-shaykhun"]')
        .evaluate((el) => el.classList.contains('is-later')),
    ).toBe(true);
    expect(overlaps(await drawn(page))).toEqual([]);
    const diagram = await page.locator('#asof-diagram').getAttribute('href');
    expect(diagram).toMatch(/^file:.*\/who-backs-whom\/index\.html\?asof=2019-05$/);
    expect(existsSync(fileURLToPath(diagram!.replace(/\?.*$/, '')))).toBe(true);
    const hrefs = await page
      .locator('#map-nw-narrow a.map-marker')
      .evaluateAll((els) =>
        els.map((a) => new URL(a.getAttribute('href')!, document.baseURI).href),
      );
    for (const h of hrefs) expect(existsSync(fileURLToPath(h.replace(/#.*$/, '')))).toBe(true);
    await page.goto(pathToFileURL(resolve(dist, 'events/morek-post-encircled/index.html')).href);
    const toMap = await page
      .locator('.locator a.map-marker')
      .first()
      .evaluate((a) => new URL(a.getAttribute('href')!, document.baseURI).href);
    expect(toMap).toMatch(/^file:.*\/map\/index\.html#place-[a-z-]+$/);
    expect(errors).toEqual([]);
    await page.close();
  });
});
