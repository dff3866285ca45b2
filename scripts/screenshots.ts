// `npm run screenshots`: what readers see of the diagrams, for reviewers. Serves the build in dist/
// (run `npm run build` first) and writes PNGs to docs/screenshots/ with Debian's Chromium:
// the who-backs-whom network at 1280 px, at 375 px (the phone form) and in dark mode, an actor's
// one-hop diagram at both widths, and the home page's miniature in dark mode; and the Arabic
// edition, right to left: its home, report and an actor page (the first screen of each) and its
// diagram, at 1280 and 375 px.
// Regenerate them whenever the diagram changes, and commit them.
import { existsSync, mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { findChromium } from './ensure-browsers.ts';
import { serve } from './static-server.ts';

if (!existsSync('dist/who-backs-whom/index.html')) {
  console.error('dist/ has no build: run `npm run build` first.');
  process.exit(1);
}
const executablePath = findChromium();
if (!executablePath) {
  console.error('No Chromium found: run `node scripts/ensure-browsers.ts`.');
  process.exit(1);
}
const out = 'docs/screenshots';
mkdirSync(out, { recursive: true });
const server = await serve({ root: 'dist' });
const browser = await chromium.launch({
  executablePath,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run'],
});

/** One screenshot: a page at a width, its first screen or one element, light or dark. */
interface Shot {
  file: string;
  path: string;
  width: number;
  target?: string;
  dark?: boolean;
}
const shots: Shot[] = [
  { file: 'who-backs-whom-1280.png', path: 'who-backs-whom/', width: 1280, target: '#network' },
  { file: 'who-backs-whom-375.png', path: 'who-backs-whom/', width: 375, target: '#network' },
  {
    file: 'who-backs-whom-dark-1280.png',
    path: 'who-backs-whom/',
    width: 1280,
    target: '#network',
    dark: true,
  },
  {
    file: 'who-backs-whom-dark-375.png',
    path: 'who-backs-whom/',
    width: 375,
    target: '#network',
    dark: true,
  },
  {
    file: 'who-backs-whom-people-1280.png',
    path: 'who-backs-whom/?people=1',
    width: 1280,
    target: '#network',
  },
  { file: 'actor-one-hop-1280.png', path: 'actors/hts/', width: 1280, target: '.mini-network' },
  { file: 'actor-one-hop-375.png', path: 'actors/hts/', width: 375, target: '.mini-network' },
  { file: 'home-miniature-dark.png', path: '', width: 1280, target: '.home-diagram', dark: true },
  ...[1280, 375].flatMap((width) => [
    { file: `ar-home-${width}.png`, path: 'ar/', width },
    { file: `ar-report-${width}.png`, path: 'ar/report/', width },
    { file: `ar-actor-${width}.png`, path: 'ar/actors/hts/', width },
    {
      file: `ar-who-backs-whom-${width}.png`,
      path: 'ar/who-backs-whom/',
      width,
      target: '#network',
    },
  ]),
];
for (const s of shots) {
  const page = await browser.newPage({
    viewport: { width: s.width, height: 900 },
    colorScheme: s.dark ? 'dark' : 'light',
    deviceScaleFactor: 1,
  });
  await page.goto(`${server.url}${s.path}`);
  const el = s.target ? page.locator(s.target).first() : undefined;
  await el?.scrollIntoViewIfNeeded();
  // The miniature is lazy: wait until it has loaded.
  await page.evaluate(() =>
    Promise.all(
      [...document.images].map(async (i) => {
        i.loading = 'eager';
        try {
          await i.decode();
        } catch {
          /* an image that cannot load is shot as a reader would see it */
        }
      }),
    ),
  );
  // A page without a target: its first screen, as a reader opening it sees it.
  if (el) await el.screenshot({ path: `${out}/${s.file}` });
  else await page.screenshot({ path: `${out}/${s.file}` });
  console.log(`wrote ${out}/${s.file}`);
  await page.close();
}
await browser.close();
await server.close();
