/** Debian's Chromium driven by playwright-core, with the flags this sandbox needs. */
import { chromium, type Browser, type Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { CHROMIUM_ARGS, findChromium } from '../../scripts/ensure-browsers.ts';

export async function launch(): Promise<Browser> {
  const executablePath = findChromium();
  if (!executablePath)
    throw new Error('No Chromium found: run `node scripts/ensure-browsers.ts` (npm test does).');
  return chromium.launch({
    executablePath,
    args: [...CHROMIUM_ARGS, '--disable-quic'],
  });
}

const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** Runs axe-core at WCAG 2.2 AA (and everything below it) on the page as it is now. */
export async function axe(page: Page): Promise<AxeViolation[]> {
  // Evaluated through DevTools, not as a page script: the pages' strict CSP would block that.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  return page.evaluate(async () => {
    // @ts-expect-error axe is injected above
    const result = await window.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
    });
    return result.violations.map((v: AxeViolation) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target })),
    }));
  });
}

/** Collects console errors, uncaught exceptions and failed requests while a page is used. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => errors.push(`exception: ${e.message}`));
  // No request may leave the site: only the local test server, files on disk and data: URLs.
  page.on('request', (r) => {
    const url = r.url();
    if (!/^(https?:\/\/(127\.0\.0\.1|localhost)(:\d+)?\/|file:|data:|blob:)/.test(url))
      errors.push(`request to another origin: ${url}`);
  });
  // ERR_ABORTED is a load cut short by the next navigation (often the favicon), not a failure.
  page.on('requestfailed', (r) => {
    const why = r.failure()?.errorText ?? '';
    if (!why.includes('ERR_ABORTED')) errors.push(`request failed: ${r.url()} ${why}`);
  });
  return errors;
}

/** Every page of a build (the real site's in dist/ by default): the sitemap's URLs, as paths. */
export function sitemapPaths(dist = 'dist'): string[] {
  const index = readFileSync(join(dist, 'sitemap-0.xml'), 'utf8');
  return [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
}
