// Main-thread blocking of the who-backs-whom page against an actor page, side by side in one
// run: Chromium at 4x CPU slowdown (DevTools' emulation, as Lighthouse's mobile profile), each
// page loaded in turn, nine times after one uncounted load each, from a fresh tab, 412 px wide. From a performance trace of each load:
//   TBT   total blocking time as Lighthouse defines it: every main-thread task after the first
//         contentful paint, counted for what it runs over 50 ms, until the page is quiet;
//   busy  every main-thread task from navigation to quiet, summed (parsing, style, layout,
//         script), which says the same without the 50 ms floor.
// Medians over the runs; the ratio is diagram over actor.
//   node scripts/bench/blocking.ts [root]     (prints the figures; root defaults to dist)
import { chromium, type Browser } from 'playwright-core';
import { findChromium } from '../ensure-browsers.ts';
import { serve } from '../static-server.ts';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

/** The fields of a Chromium trace event read here. */
interface TraceEvent {
  name: string;
  ph: string;
  tid: number;
  ts: number;
  dur?: number;
  args?: { data?: { url?: string } };
}

/** One load's figures, in milliseconds. */
interface Figures {
  tbt: number;
  busy: number;
  fcp: number;
}

async function once(browser: Browser, url: string): Promise<Figures> {
  const page = await browser.newPage({ viewport: { width: 412, height: 823 } });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await browser.startTracing(page, {
    categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'loading'],
  });
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForTimeout(1500);
  const trace = JSON.parse((await browser.stopTracing()).toString('utf8')) as {
    traceEvents: TraceEvent[];
  };
  await page.close();
  const events = trace.traceEvents;
  const fcpEvent = events.find((e) => e.name === 'firstContentfulPaint');
  const tid = fcpEvent?.tid;
  const fcp = fcpEvent?.ts ?? 0;
  const sent = events.find((e) => e.name === 'ResourceSendRequest' && e.args?.data?.url === url);
  const nav = sent?.ts ?? 0;
  const tasks = events
    .filter(
      (e) =>
        e.tid === tid &&
        e.ph === 'X' &&
        (e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask') &&
        e.ts >= nav,
    )
    .map((e) => ({ ...e, dur: e.dur ?? 0 }))
    .filter((e) => e.dur > 0);
  let tbt = 0;
  for (const t of tasks) {
    const end = t.ts + t.dur;
    if (end <= fcp) continue;
    tbt += Math.max(0, (end - Math.max(t.ts, fcp)) / 1000 - 50);
  }
  const busy = tasks.reduce((a, t) => a + t.dur / 1000, 0);
  if (process.env['BLOCKING_DEBUG']) {
    console.error(`-- ${url}: fcp ${((fcp - nav) / 1000).toFixed(0)} ms, tbt ${tbt.toFixed(0)}`);
    for (const t of tasks.filter((x) => x.dur > 40000)) {
      const inside = events.filter(
        (e) =>
          e.tid === tid &&
          e.ph === 'X' &&
          e.ts >= t.ts &&
          e.ts + (e.dur ?? 0) <= t.ts + t.dur &&
          e.ts !== t.ts &&
          (e.dur ?? 0) > 5000,
      );
      console.error(
        `task ${(t.dur / 1000).toFixed(0)} ms at ${((t.ts - nav) / 1000).toFixed(0)}: ${inside.map((e) => `${e.name} ${((e.dur ?? 0) / 1000).toFixed(0)}`).join(', ')}`,
      );
    }
  }
  return { tbt, busy, fcp: (fcp - nav) / 1000 };
}

/** Loads each page `runs` times, alternating, and returns the medians and the ratios. */
export async function blocking(
  baseUrl: string,
  {
    runs = 9,
    pages = { diagram: 'who-backs-whom/', actor: 'actors/hts/' },
  }: { runs?: number; pages?: Record<'diagram' | 'actor', string> } = {},
): Promise<
  Record<'diagram' | 'actor', Figures> & Record<'runs' | 'ratioTbt' | 'ratioBusy', number>
> {
  const executablePath = findChromium();
  const browser = await chromium.launch({
    ...(executablePath ? { executablePath } : {}),
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run'],
  });
  const got: Record<'diagram' | 'actor', Figures[]> = { diagram: [], actor: [] };
  try {
    // One load of each first, not counted: caches (compiled code, fonts) warm as a reader's would.
    for (const path of Object.values(pages)) await once(browser, `${baseUrl}${path}`);
    for (let i = 0; i < runs; i++)
      for (const k of ['diagram', 'actor'] as const)
        got[k].push(await once(browser, `${baseUrl}${pages[k]}`));
  } finally {
    await browser.close();
  }
  const medians = (list: Figures[]): Figures => ({
    tbt: median(list.map((r) => r.tbt)),
    busy: median(list.map((r) => r.busy)),
    fcp: median(list.map((r) => r.fcp)),
  });
  const diagram = medians(got.diagram);
  const actor = medians(got.actor);
  return {
    diagram,
    actor,
    runs,
    ratioTbt: diagram.tbt / Math.max(actor.tbt, 1),
    ratioBusy: diagram.busy / actor.busy,
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const server = await serve({ root: process.argv[2] ?? 'dist' });
  console.log(JSON.stringify(await blocking(server.url), null, 1));
  await server.close();
}
