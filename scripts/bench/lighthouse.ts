// Lighthouse for `npm run bench`: builds the site in a temporary copy of the project (so builds
// others run in dist/ at the same time cannot change what is measured), serves that copy's dist/
// with scripts/static-server.ts and runs Lighthouse's default (mobile) configuration on five pages,
// one after another in one Chromium, three runs each (the median run is kept). Reports the four
// category scores and LCP, TBT and CLS; the budget is 100 in every category, and any audit that
// keeps a category below 100 is named.
//   node scripts/bench/lighthouse.ts     (prints the rows on their own)
import { loadavg } from 'node:os';
import { join } from 'node:path';
import type { Result } from 'lighthouse';
import { CHROMIUM_ARGS, findChromium } from '../ensure-browsers.ts';
import { serve, type Served } from '../static-server.ts';
import type { Add, Row } from './measure.ts';
import { buildIn, copyProject } from './scale.ts';

type Lighthouse = (typeof import('lighthouse'))['default'];
type Category = (typeof CATEGORIES)[number];
/** An audit that keeps a category below 100. */
interface Failing {
  id: string;
  score: number;
  weight: number;
  value: string | undefined;
}
/** One run on one page, reduced to what the bench reports. */
interface Run {
  seconds: number;
  scores: Record<Category, number | null>;
  lcp: number | undefined;
  tbt: number | undefined;
  cls: number | undefined;
  failing: Partial<Record<Category, Failing[]>>;
  runtimeError: string | undefined;
  warnings: string[];
  lhr: Result;
  versions: { lighthouse: string; chrome: string | undefined; benchmarkIndex: number | undefined };
}
/** A page's median run, with the range of performance scores over its runs. */
interface PageResult extends Run {
  name: string;
  path: string;
  runs: number;
  perfRange: [number | null, number | null];
}

const LIGHTHOUSE_PAGES = {
  home: '',
  report: 'report/',
  'actor profile (hts)': 'actors/hts/',
  timeline: 'events/',
  'who backs whom': 'who-backs-whom/',
};
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const FLAGS = ['--headless=new', ...CHROMIUM_ARGS.filter((f) => f !== '--headless')];

/** Audits of a category that score below 1 (weighted ones first, with their weight). */
function failing(lhr: Result, category: Category): Failing[] {
  const out: Failing[] = [];
  for (const ref of lhr.categories[category]?.auditRefs ?? []) {
    const a = lhr.audits[ref.id];
    if (!a || a.score === null || a.score >= 1) continue;
    if (['informative', 'notApplicable', 'manual', 'error'].includes(a.scoreDisplayMode)) continue;
    out.push({ id: ref.id, score: a.score, weight: ref.weight, value: a.displayValue });
  }
  return out.sort((x, y) => y.weight - x.weight);
}

/** One Lighthouse run on `url` through the Chromium on `port`, reduced to what the bench reports. */
async function once(lighthouse: Lighthouse, url: string, port: number): Promise<Run> {
  const started = performance.now();
  const result = await lighthouse(url, {
    port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: [...CATEGORIES],
  });
  if (!result) throw new Error(`Lighthouse gave no result for ${url}`);
  const { lhr } = result;
  const score = (c: Category) => {
    const s = lhr.categories[c]?.score;
    return s === null || s === undefined ? null : Math.round(s * 100);
  };
  const scores = {
    performance: score('performance'),
    accessibility: score('accessibility'),
    'best-practices': score('best-practices'),
    seo: score('seo'),
  };
  const metric = (id: string) => lhr.audits[id]?.numericValue;
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
    warnings: lhr.runWarnings,
    lhr,
    versions: {
      lighthouse: lhr.lighthouseVersion,
      chrome: /Chrome\/[\d.]+/.exec(lhr.environment.hostUserAgent)?.[0],
      benchmarkIndex: lhr.environment.benchmarkIndex,
    },
  };
}

/**
 * Runs Lighthouse on the pages of the site served at `baseUrl`, `runs` times each (Lighthouse's
 * scores vary from run to run, more so on a busy machine), and keeps the median run by performance
 * score; resolves with one result per page, with the range of performance scores seen.
 */
async function runLighthouse(
  baseUrl: string,
  {
    chromePath = findChromium(),
    runs = 3,
    log = console.log,
  }: { chromePath?: string | undefined; runs?: number; log?: (s: string) => void } = {},
): Promise<PageResult[]> {
  const { default: lighthouse } = await import('lighthouse');
  const chromeLauncher = await import('chrome-launcher');
  const chrome = await chromeLauncher.launch({
    ...(chromePath ? { chromePath } : {}),
    chromeFlags: FLAGS,
    logLevel: 'silent',
  });
  const results: PageResult[] = [];
  try {
    for (const [name, path] of Object.entries(LIGHTHOUSE_PAGES)) {
      const all: Run[] = [];
      for (let i = 0; i < runs; i++)
        all.push(await once(lighthouse, `${baseUrl}${path}`, chrome.port));
      all.sort((a, b) => (a.scores.performance ?? 0) - (b.scores.performance ?? 0));
      const median = all[Math.floor(all.length / 2)];
      if (!median) throw new Error('runLighthouse: runs must be at least 1');
      const r: PageResult = {
        name,
        path: `/${path}`,
        runs,
        ...median,
        perfRange: [all[0]?.scores.performance ?? null, all.at(-1)?.scores.performance ?? null],
      };
      log(
        `lighthouse: ${name} ${JSON.stringify(r.scores)} (median of ${runs}; performance ${r.perfRange.join('-')})`,
      );
      results.push(r);
    }
  } finally {
    chrome.kill();
  }
  return results;
}

const short: Record<Category, string> = {
  performance: 'perf',
  accessibility: 'a11y',
  'best-practices': 'best practices',
  seo: 'SEO',
};

/**
 * Builds a temporary copy, runs Lighthouse on it and adds one row per page (plus one for the run)
 * through `add(what, measured, budget, pass)`.
 */
export async function lighthouseBench(
  add: Add,
  { log = console.log }: { log?: (s: string) => void } = {},
): Promise<PageResult[]> {
  const chromePath = findChromium();
  if (!chromePath) {
    add('Lighthouse', 'skipped: no Chromium found', 'run node scripts/ensure-browsers.ts', true);
    return [];
  }
  const started = performance.now();
  const copy = copyProject('idlib-lighthouse-');
  let server: Served | undefined;
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
      const metrics = `LCP ${((r.lcp ?? NaN) / 1000).toFixed(2)} s, TBT ${Math.round(r.tbt ?? NaN)} ms, CLS ${(r.cls ?? NaN).toFixed(3)}`;
      const fails = CATEGORIES.map((c) => [c, r.failing[c] ?? []] as const)
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
    const v = results[0]?.versions;
    add(
      `Lighthouse: time for build of a temporary copy + 5 pages × ${results[0]?.runs ?? 0} runs`,
      `${((performance.now() - started) / 1000).toFixed(0)} s (build ${built.seconds.toFixed(0)} s; Lighthouse ${v?.lighthouse}, ${v?.chrome}, benchmarkIndex ${v?.benchmarkIndex}, load average ${(loadavg()[0] ?? 0).toFixed(1)})`,
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
  const rows: Row[] = [];
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
