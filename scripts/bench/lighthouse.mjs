// Lighthouse for `npm run bench`: builds the site in a temporary copy of the project (so builds
// others run in dist/ at the same time cannot change what is measured), serves that copy's dist/
// with scripts/static-server.mjs and runs Lighthouse's default (mobile) configuration on five pages,
// one after another in one Chromium, three runs each (the median run is kept). Reports the four
// category scores and LCP, TBT and CLS; the budget is 100 in every category, and any audit that
// keeps a category below 100 is named.
//   node scripts/bench/lighthouse.mjs     (prints the rows on their own)
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM_ARGS, findChromium } from '../ensure-browsers.mjs';
import { serve } from '../static-server.mjs';
import { buildIn, copyProject } from './scale.mjs';

export const LIGHTHOUSE_PAGES = {
  home: '',
  report: 'report/',
  'actor profile (hts)': 'actors/hts/',
  timeline: 'events/',
  'who backs whom': 'who-backs-whom/',
};
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const FLAGS = ['--headless=new', ...CHROMIUM_ARGS.filter((f) => f !== '--headless')];

/** Audits of a category that score below 1 (weighted ones first, with their weight). */
function failing(lhr, category) {
  const out = [];
  for (const ref of lhr.categories[category].auditRefs) {
    const a = lhr.audits[ref.id];
    if (!a || a.score === null || a.score >= 1) continue;
    if (['informative', 'notApplicable', 'manual', 'error'].includes(a.scoreDisplayMode)) continue;
    out.push({ id: ref.id, score: a.score, weight: ref.weight, value: a.displayValue });
  }
  return out.sort((x, y) => y.weight - x.weight);
}

/** One Lighthouse run on `url` through the Chromium on `port`, reduced to what the bench reports. */
async function once(lighthouse, url, port) {
  const started = performance.now();
  const { lhr } = await lighthouse(url, {
    port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: CATEGORIES,
  });
  const scores = Object.fromEntries(
    CATEGORIES.map((c) => [
      c,
      lhr.categories[c].score === null ? null : Math.round(lhr.categories[c].score * 100),
    ]),
  );
  const metric = (id) => lhr.audits[id]?.numericValue;
  return {
    seconds: (performance.now() - started) / 1000,
    scores,
    lcp: metric('largest-contentful-paint'),
    tbt: metric('total-blocking-time'),
    cls: metric('cumulative-layout-shift'),
    failing: Object.fromEntries(
      CATEGORIES.filter((c) => scores[c] !== 100).map((c) => [c, failing(lhr, c)]),
    ),
    runtimeError: lhr.runtimeError?.message,
    warnings: lhr.runWarnings ?? [],
    lhr,
    versions: {
      lighthouse: lhr.lighthouseVersion,
      chrome: lhr.environment?.hostUserAgent?.match(/Chrome\/[\d.]+/)?.[0],
      benchmarkIndex: lhr.environment?.benchmarkIndex,
    },
  };
}

/**
 * Runs Lighthouse on the pages of the site served at `baseUrl`, `runs` times each (Lighthouse's
 * scores vary from run to run, more so on a busy machine), and keeps the median run by performance
 * score; resolves with one result per page, with the range of performance scores seen.
 */
export async function runLighthouse(
  baseUrl,
  { chromePath = findChromium(), runs = 3, log = console.log } = {},
) {
  const { default: lighthouse } = await import('lighthouse');
  const chromeLauncher = await import('chrome-launcher');
  const chrome = await chromeLauncher.launch({
    chromePath,
    chromeFlags: FLAGS,
    logLevel: 'silent',
  });
  const results = [];
  try {
    for (const [name, path] of Object.entries(LIGHTHOUSE_PAGES)) {
      const all = [];
      for (let i = 0; i < runs; i++)
        all.push(await once(lighthouse, `${baseUrl}${path}`, chrome.port));
      all.sort((a, b) => (a.scores.performance ?? 0) - (b.scores.performance ?? 0));
      const r = {
        name,
        path: `/${path}`,
        runs,
        ...all[Math.floor(all.length / 2)],
        perfRange: [all[0].scores.performance, all[all.length - 1].scores.performance],
      };
      log(
        `lighthouse: ${name} ${JSON.stringify(r.scores)} (median of ${runs}; performance ${r.perfRange.join('-')})`,
      );
      results.push(r);
    }
  } finally {
    await chrome.kill();
  }
  return results;
}

const short = {
  performance: 'perf',
  accessibility: 'a11y',
  'best-practices': 'best practices',
  seo: 'SEO',
};

/**
 * Builds a temporary copy, runs Lighthouse on it and adds one row per page (plus one for the run)
 * through `add(what, measured, budget, pass)`.
 */
export async function lighthouseBench(add, { log = console.log } = {}) {
  const chromePath = findChromium();
  if (!chromePath) {
    add('Lighthouse', 'skipped: no Chromium found', 'run node scripts/ensure-browsers.mjs', true);
    return [];
  }
  const started = performance.now();
  const copy = copyProject('idlib-lighthouse-');
  let server;
  try {
    const built = await buildIn(copy.dir);
    if (built.code !== 0) {
      add('Lighthouse: build of a temporary copy', `failed (exit ${built.code})`, 'builds', false);
      log(built.output.slice(-4000));
      return [];
    }
    server = await serve({ root: join(copy.dir, 'dist') });
    const results = await runLighthouse(server.url, { chromePath, log });
    for (const r of results) {
      const pass = !r.runtimeError && CATEGORIES.every((c) => r.scores[c] === 100);
      const scores = CATEGORIES.map((c) => `${short[c]} ${r.scores[c] ?? 'n/a'}`).join(', ');
      const metrics = `LCP ${(r.lcp / 1000).toFixed(2)} s, TBT ${Math.round(r.tbt)} ms, CLS ${r.cls.toFixed(3)}`;
      const fails = Object.entries(r.failing)
        .filter(([, list]) => list.length)
        .map(
          ([c, list]) =>
            `${short[c]} below 100: ${list.map((a) => `\`${a.id}\` (${a.score.toFixed(2)}${a.weight ? `, weight ${a.weight}` : ''})`).join(', ')}`,
        );
      const error = r.runtimeError ? [`runtime error: ${r.runtimeError}`] : [];
      const spread =
        r.runs > 1
          ? [
              `median of ${r.runs} runs, performance ${r.perfRange[0] === r.perfRange[1] ? r.perfRange[0] : r.perfRange.join('–')} across them`,
            ]
          : [];
      add(
        `Lighthouse (mobile, default config): ${r.name} (${r.path})`,
        [scores, metrics, ...spread, ...fails, ...error].join('; '),
        '100 in each category',
        pass,
      );
    }
    const v = results[0]?.versions ?? {};
    add(
      `Lighthouse: time for build of a temporary copy + 5 pages × ${results[0]?.runs ?? 0} runs`,
      `${((performance.now() - started) / 1000).toFixed(0)} s (build ${built.seconds.toFixed(0)} s; Lighthouse ${v.lighthouse}, ${v.chrome}, benchmarkIndex ${v.benchmarkIndex}, load average ${loadavg()[0].toFixed(1)})`,
      '< 5 min',
      performance.now() - started < 300_000,
    );
    return results;
  } finally {
    await server?.close();
    copy.remove();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const rows = [];
  await lighthouseBench(
    (what, measured, budget, pass) => rows.push({ what, measured, budget, pass }),
    { log: (l) => console.error(l) },
  );
  console.log(
    [
      '| Measure | Measured | Budget | Result |',
      '|---|---|---|---|',
      ...rows.map(
        (r) => `| ${r.what} | ${r.measured} | ${r.budget} | ${r.pass ? 'pass' : '**FAIL**'} |`,
      ),
    ].join('\n'),
  );
}
