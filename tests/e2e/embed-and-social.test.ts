/** The embeddable view, and what a shared link shows: Open Graph tags and their images (fixture site). */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { launch, watchErrors } from './browser';

const base = inject('fixtureUrl');
const dist = inject('fixtureDist');
let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => browser?.close());

describe('the embed', () => {
  it('has minimal chrome, reads without JavaScript, and stays on this origin', async () => {
    const ctx = await browser.newContext({ javaScriptEnabled: false });
    const page = await ctx.newPage();
    await page.goto(`${base}embed/who-backs-whom/`);
    expect(await page.locator('nav[aria-label="Main"]').count()).toBe(0);
    expect(await page.locator('#wbw [data-pair]').count()).toBe(21); // one line per pair of the fixture's actors
    const drawn = (
      await page
        .locator('#wbw [data-edges]')
        .evaluateAll((as) => as.map((a) => (a as HTMLElement).dataset['edges']!))
    ).flatMap((e) => e.split(' '));
    expect(await page.locator('.relation-table tbody tr').count()).toBe(drawn.length);
    expect(await page.getAttribute('base', 'target')).toBe('_top');
    expect(await page.getAttribute('meta[name=robots]', 'content')).toBe('noindex');
    await ctx.close();
  });

  it('takes the same filters from its URL', async () => {
    const page = await browser.newPage();
    const errors = watchErrors(page);
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(`${base}embed/who-backs-whom/?grade=confirmed&view=table`);
    expect(await page.locator('#table').isVisible()).toBe(true);
    const grades = await page
      .locator('.relation-table tbody tr:not([hidden]) td:nth-child(5)')
      .allTextContents();
    expect(grades.length).toBeGreaterThan(0);
    expect(new Set(grades)).toEqual(new Set(['Confirmed']));
    expect(requests.filter((u) => !u.startsWith(new URL(base).origin))).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('the full page offers a copyable iframe snippet that follows the filters', async () => {
    const page = await browser.newPage();
    await page.goto(`${base}who-backs-whom/`);
    await page.click('#graph-controls summary'); // the filters start folded
    await page.uncheck('input[name=grade][value=alleged]');
    const code = await page.locator('#embed-snippet code').textContent();
    expect(code).toMatch(
      /^<iframe src="https?:\/\/[^"]+\/embed\/who-backs-whom\/\?grade=[a-z,]+" title="[^"]+"/,
    );
    expect(code).not.toContain('alleged');
  });
});

describe('sharing', () => {
  const png = (file: string) => {
    const b = readFileSync(file);
    expect(b.subarray(1, 4).toString()).toBe('PNG');
    return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
  };
  it.each([
    ['', 'social/home.png'],
    ['report/', 'social/report.png'],
    ['who-backs-whom/', 'social/who-backs-whom.png'],
    ['actors/hts/', 'social/actors/hts.png'],
    // the Arabic edition shares its own images, drawn in Arabic
    ['ar/', 'social/ar/home.png'],
    ['ar/actors/hts/', 'social/ar/actors/hts.png'],
  ])('%s has a title, description, canonical URL and a 1200x630 social image', (path, image) => {
    const html = readFileSync(`${dist}/${path}index.html`, 'utf8');
    const meta = (p: string) =>
      new RegExp(`<meta (?:property|name)="${p}" content="([^"]*)"`).exec(html)?.[1];
    expect(meta('og:title')).toBeTruthy();
    expect(meta('og:description')).toBeTruthy();
    expect(meta('twitter:card')).toBe('summary_large_image');
    expect(meta('og:url')).toMatch(/^https?:\/\//);
    expect(meta('og:image')).toMatch(new RegExp(`^https?://.*/${image.replace(/[./]/g, '\\$&')}$`));
    expect(html).toMatch(/<link rel="canonical" href="https?:\/\/[^"]+">/);
    expect(png(`${dist}/${image}`)).toEqual({ width: 1200, height: 630 });
  });
});
