// `npm run bench -- --scale`: builds synthetic content at several sizes, each in its own temporary
// copy of the project (never in src/content or the shared dist/), and measures wall time, CPU time,
// peak memory and each phase of the build (integrations/build-profile.ts marks them). With
// `--vs-starlight`, Starlight builds the same pages from the same text in the same run, alternating
// with ours, and the results are ratios. Figures are measured, never estimated.
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import {
  budgetTable,
  run,
  runTree,
  type Add,
  type Row,
  type Run,
  type TreeRun,
} from './measure.ts';
import { generateContent, type plan } from './generate-content.ts';
import { installStarlight, STARLIGHT, starlightSite } from './starlight.ts';
import { PROJECT_FILES } from '../project-files.ts';

const root = resolve('.');

/**
 * Copies the project into a new temporary folder (as tests/build do). node_modules is a real folder
 * of symlinks to the project's packages, without the dot-folders, so that Astro's and Vite's caches
 * (node_modules/.astro, .vite) belong to this copy: builds running side by side do not share them,
 * and every build here starts cold.
 */
/** A build's phase: its wall time, CPU time and the highest memory sampled inside it. */
interface Phase {
  name: string;
  label: string;
  from: number;
  to: number;
  cpu?: number;
  seconds: number;
  peakMb: number | undefined;
}
/** Render time of the routes of one type, summed from Astro's log. */
interface RouteTime {
  pages: number;
  ms: number;
  slowest: { path: string; ms: number };
}
/** One build of a size by one site. */
interface SiteBuild extends TreeRun {
  pages: number;
}
/** One of our builds, with its profile. */
interface OurBuild extends SiteBuild {
  phases: Phase[];
  routes: Record<string, RouteTime>;
}
/** A who-backs-whom page of a build. */
interface DiagramPage {
  path: string;
  bytes: number;
  gz: number;
  precached: boolean;
}
/** Everything measured at one size. */
interface SizeResult {
  target: number;
  counts?: ReturnType<typeof plan>;
  byType?: Record<string, number>;
  diagram?: DiagramPage[];
  ours: OurBuild[];
  starlight: SiteBuild[];
}

export function copyProject(prefix = 'idlib-bench-'): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  for (const f of PROJECT_FILES) cpSync(join(root, f), join(dir, f), { recursive: true });
  mkdirSync(join(dir, 'node_modules'));
  for (const name of readdirSync(join(root, 'node_modules'))) {
    if (name.startsWith('.')) continue;
    symlinkSync(join(root, 'node_modules', name), join(dir, 'node_modules', name), 'dir');
  }
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Runs `astro build` in `dir` with the project's Node; resolves with run()'s figures. */
export function buildIn(dir: string, env: Record<string, string> = {}): Promise<Run> {
  return run(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: dir,
    env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1', ...env },
  });
}

/** Every file under `dir` whose name ends with `ext`, as paths relative to `dir`. */
function filesUnder(dir: string, ext: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true })
    .map(String)
    .filter((p) => p.endsWith(ext));
}

/** The route type of a built page, from its path in dist/. */
function pageType(path: string): string {
  if (path.startsWith('ar/')) return pageType(path.slice(3)); // the Arabic edition counts with the English
  const m = /^(actors|events|relations)\/[^/]+\/index\.html$/.exec(path);
  if (m?.[1]) return m[1];
  if (path.endsWith('.html')) return 'fixed pages';
  if (path.startsWith('social/')) return 'social images (social/*.png)';
  return 'other endpoints';
}

/**
 * Astro's build log gives each generated page's render time ("├─ /actors/x/index.html (+12ms)")
 * and the time of each phase; this sums them per page type and picks out the phases.
 */
function profileLog(output: string): Record<string, RouteTime> {
  const perType: Record<string, RouteTime> = {};
  for (const m of output.matchAll(/[├└]─\s+\/(\S+?)\s+\(\+(\d+(?:\.\d+)?)(ms|s)\)/g)) {
    const path = (m[1] ?? '').replace(/^\//, '');
    const ms = Number(m[2]) * (m[3] === 's' ? 1000 : 1);
    const type = pageType(path);
    const t = (perType[type] ??= { pages: 0, ms: 0, slowest: { path: '', ms: 0 } });
    t.pages += 1;
    t.ms += ms;
    if (ms > t.slowest.ms) t.slowest = { path, ms };
  }
  return perType;
}

const sec = (s: number) => `${s.toFixed(1)} s`;
const mb = (m: number) => `${m.toFixed(0)} MB`;
/** Above this share of the machine's CPU taken by other processes during a build, the run was busy. */
const BUSY_SHARE = 0.1;
/** Other processes' CPU time during a build, for the progress lines. */
const otherCpu = (b: TreeRun) =>
  b.otherCpuSeconds === undefined ? '' : `; others ${sec(b.otherCpuSeconds)} CPU`;
const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = (i: number) => s[i] ?? NaN;
  return s.length % 2 ? mid((s.length - 1) / 2) : (mid(s.length / 2 - 1) + mid(s.length / 2)) / 2;
};

/** Readable names for the phases integrations/build-profile.ts marks; others keep their own. */
const PHASES: Record<string, string> = {
  'astro start-up': 'Start-up (Node, Astro, the config)',
  'idlib:content-check config:setup': 'Content check (scripts/check.ts)',
  'astro content sync': 'Content sync and types (Astro)',
  'astro bundle': 'Bundling (Vite)',
  'astro render':
    "Rendering: pages, social images, data files; the page pass and Pagefind's copies on worker threads",
  '@astrojs/sitemap build:done': 'Sitemap',
  'idlib:page-pass build:done': 'Page pass: pages not rendered by Astro, problems, _headers',
  'idlib:pagefind build:done': 'Pagefind',
  'release memory': '… a memory-reducing garbage collection first (release-memory.ts)',
  'idlib:offline build:done': 'Offline: service worker and zip, side by side',
  'service worker': '… service worker (Workbox)',
  zip: '… zip (the download)',
};

/** A phase's readable name; Pagefind's steps are marked per language ("pagefind index ar"). */
function phaseLabel(name: string): string {
  const pagefind = /^pagefind (index|write) (\S+)$/.exec(name);
  if (pagefind)
    return `… ${pagefind[1] === 'index' ? 'indexing' : 'writing the index'} (Pagefind, ${pagefind[2]})`;
  return PHASES[name] ?? name;
}

/**
 * The phases of one of our builds: the marks from integrations/build-profile.ts, paired, with the
 * wall time, the CPU time of the build process (all its threads) and the highest memory of the
 * whole process tree sampled inside each. Start-up runs from the spawn to the first mark; the exit
 * from the last mark to the end of the process.
 */
function phasesOf(marksFile: string, built: TreeRun): Phase[] {
  if (!existsSync(marksFile)) return [];
  // one mark a line, as integrations/build-profile.ts writes them
  const marks = readFileSync(marksFile, 'utf8')
    .trim()
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as { name: string; edge: 'start' | 'end'; at: number; cpu: number });
  const open = new Map<string, { at: number; cpu: number }>();
  const phases: Omit<Phase, 'seconds' | 'peakMb'>[] = [];
  for (const m of marks) {
    if (m.edge === 'start') {
      open.set(m.name, m);
      continue;
    }
    const from = open.get(m.name) ?? { at: built.startedAt, cpu: 0 };
    open.delete(m.name);
    phases.push({
      name: m.name,
      label: phaseLabel(m.name),
      from: from.at,
      to: m.at,
      cpu: (m.cpu - from.cpu) / 1000,
    });
  }
  const last = marks.at(-1);
  if (last)
    phases.push({
      name: 'exit',
      label: "Exit (Astro's summary, processes closed)",
      from: last.at,
      to: built.startedAt + built.seconds * 1000,
    });
  const timed = phases.map((p): Phase => {
    const inside = built.samples.filter((s) => s.at >= p.from && s.at <= p.to);
    return {
      ...p,
      seconds: (p.to - p.from) / 1000,
      peakMb: inside.length ? Math.max(...inside.map((s) => s.mb)) : undefined,
    };
  });
  // hooks that take no time (config hooks of other integrations) would only clutter the table
  return timed
    .sort((a, b) => a.from - b.from)
    .filter((p) => p.seconds >= 0.05 || PHASES[p.name] !== undefined);
}

/** The who-backs-whom pages of a build: bytes, gzipped bytes and whether the service worker precaches each. */
function diagramPages(dist: string): DiagramPage[] {
  const sw = existsSync(join(dist, 'sw.js')) ? readFileSync(join(dist, 'sw.js'), 'utf8') : '';
  return [
    'who-backs-whom/index.html',
    'ar/who-backs-whom/index.html',
    'embed/who-backs-whom/index.html',
    'ar/embed/who-backs-whom/index.html',
  ]
    .filter((p) => existsSync(join(dist, p)))
    .map((path) => {
      const bytes = readFileSync(join(dist, path));
      return {
        path,
        bytes: bytes.length,
        gz: gzipSync(bytes).length,
        precached: sw.includes(`"${path}"`),
      };
    });
}

/** Empties a copy's output and caches, so that the next build starts cold. */
function cold(dir: string): void {
  for (const f of [
    'dist',
    '.astro',
    'node_modules/.astro',
    'node_modules/.vite',
    'node_modules/.cache',
  ])
    rmSync(join(dir, f), { recursive: true, force: true });
}

/**
 * Runs the scale benchmark and adds its rows through `add(what, measured, budget, pass)`.
 * `sizes` are target pages per edition (scripts/bench/generate-content.ts; every page is built in
 * English and in Arabic); with `vsStarlight`, each size is built `runs` times by each site,
 * alternating (ours, Starlight, Starlight, ours, ...). `log` receives progress lines.
 */
export async function scaleBench(
  add: Add,
  {
    sizes = [200, 500, 1000, 5000],
    vsStarlight = false,
    runs = vsStarlight ? 2 : 1,
    log = console.log,
  }: { sizes?: number[]; vsStarlight?: boolean; runs?: number; log?: (s: string) => void } = {},
): Promise<SizeResult[]> {
  const results: SizeResult[] = [];
  const install = vsStarlight ? installStarlight({ log }) : undefined;
  for (const target of sizes) {
    const copy = copyProject(`idlib-scale-${target}-`);
    const r: SizeResult = { target, ours: [], starlight: [] };
    results.push(r);
    let site: ReturnType<typeof starlightSite> | undefined;
    try {
      const counts = await generateContent(join(copy.dir, 'src/content'), target);
      r.counts = counts;
      log(
        `scale: ${target} pages per edition: ${counts.actors} actors, ${counts.events} events, ${counts.relations} relations, ${counts.sources} sources (${copy.dir})`,
      );
      const ours = async (i: number) => {
        cold(copy.dir);
        const marks = join(copy.dir, `profile-${i}.jsonl`);
        // Synthetic graphs are far denser than the real one: their diagrams' legibility is reported
        // by the build, not fatal (the real site's build stops on an overlap or a pass-through).
        const built = await runTree(
          process.execPath,
          [join(root, 'node_modules/astro/bin/astro.mjs'), 'build'],
          {
            cwd: copy.dir,
            env: {
              ...process.env,
              FORCE_COLOR: '0',
              NO_COLOR: '1',
              IDLIB_DIAGRAM_CHECK: 'report',
              IDLIB_BUILD_PROFILE: marks,
            },
          },
        );
        const dist = join(copy.dir, 'dist');
        const html = filesUnder(dist, '.html');
        const one: OurBuild = {
          ...built,
          pages: html.length,
          phases: phasesOf(marks, built),
          routes: profileLog(built.output),
        };
        if (i === 0) {
          const byType: Record<string, number> = {};
          for (const p of html) byType[pageType(p)] = (byType[pageType(p)] ?? 0) + 1;
          r.byType = byType;
          r.diagram = diagramPages(dist);
        }
        if (install && !site && built.code === 0) site = starlightSite(install, dist);
        r.ours.push(one);
        log(
          `scale: ${target}: ours, run ${i + 1}: exit ${built.code}, ${sec(built.seconds)}, ${sec(built.cpuSeconds)} CPU, ${html.length} HTML files, peak ${mb(built.treePeakMb)} (load ${built.load.map((l) => l.toFixed(1)).join(' → ')}${otherCpu(built)})`,
        );
        if (built.code !== 0) log(built.output.slice(-4000));
        return built.code === 0;
      };
      const starlight = async (i: number) => {
        if (!site) return;
        site.clean();
        const built = await runTree(
          process.execPath,
          [join(site.dir, 'node_modules/astro/bin/astro.mjs'), 'build'],
          {
            cwd: site.dir,
            env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' },
          },
        );
        const html = filesUnder(join(site.dir, 'dist'), '.html');
        r.starlight.push({ ...built, pages: html.length });
        log(
          `scale: ${target}: Starlight, run ${i + 1}: exit ${built.code}, ${sec(built.seconds)}, ${sec(built.cpuSeconds)} CPU, ${html.length} HTML files, peak ${mb(built.treePeakMb)} (load ${built.load.map((l) => l.toFixed(1)).join(' → ')}${otherCpu(built)})`,
        );
        if (built.code !== 0) log(built.output.slice(-4000));
      };
      for (let i = 0; i < runs; i++) {
        // ABBA: whichever goes second in one run goes first in the next, so a machine growing busier
        // or quieter weighs on both alike. Our first build always comes first: it makes Starlight's text.
        if (i % 2 === 0) {
          if (!(await ours(i)) && i === 0) break;
          if (vsStarlight) await starlight(i);
        } else {
          if (vsStarlight) await starlight(i);
          await ours(i);
        }
      }
    } finally {
      site?.remove();
      copy.remove();
    }
  }
  addRows(add, results, { sizes, vsStarlight });
  return results;
}

/** The rows: each size's figures, the ratios to Starlight, and the issue's targets. */
function addRows(
  add: Add,
  results: SizeResult[],
  { sizes, vsStarlight }: { sizes: number[]; vsStarlight: boolean },
): void {
  const big = Math.max(...sizes);
  for (const r of results) {
    const ok = r.ours.filter((b) => b.code === 0);
    const label = `Scale ${r.target.toLocaleString('en')} per edition: ${(r.ours[0]?.pages ?? 0).toLocaleString('en')} HTML pages (${r.counts?.actors} actors, ${r.counts?.events} events, ${r.counts?.relations} relations, two editions)`;
    if (!ok.length) {
      add(`${label}: build`, `**failed** (exit ${r.ours[0]?.code})`, 'builds', false);
      continue;
    }
    const t = median(ok.map((b) => b.seconds));
    add(
      `${label}: wall time${ok.length > 1 ? ` (median of ${ok.length})` : ''}`,
      `${sec(t)}${ok.length > 1 ? ` (${ok.map((b) => b.seconds.toFixed(1)).join(', ')})` : ''}`,
      r.target === big ? '< 120 s' : 'report only',
      r.target !== big || t < 120,
    );
    add(
      `${label}: CPU time, build and its children`,
      sec(median(ok.map((b) => b.cpuSeconds))),
      'report only',
      true,
    );
    add(
      `${label}: peak memory, whole process tree (astro process alone)`,
      `${mb(median(ok.map((b) => b.treePeakMb)))} (${mb(median(ok.map((b) => b.peakMb)))})`,
      r.target === big ? '< 2 GB (tree)' : 'report only',
      r.target !== big || median(ok.map((b) => b.treePeakMb)) < 2048,
    );
    add(`${label}: pages per second`, ((ok[0]?.pages ?? 0) / t).toFixed(1), 'report only', true);

    const sl = r.starlight.filter((b) => b.code === 0);
    if (vsStarlight) {
      if (!sl.length) {
        add(
          `${label}: Starlight ${STARLIGHT}`,
          r.starlight[0] ? `**failed** (exit ${r.starlight[0].code})` : 'not built',
          'builds',
          false,
        );
      } else {
        const ts = median(sl.map((b) => b.seconds));
        const pairs = ok.flatMap((b, i) => {
          const theirs = sl[i];
          return theirs ? [(b.seconds / theirs.seconds).toFixed(2)] : [];
        });
        const timeRatio = t / ts;
        const memRatio = median(ok.map((b) => b.treePeakMb)) / median(sl.map((b) => b.treePeakMb));
        const target = r.target === 1000 ? 0.8 : r.target === 5000 ? 0.5 : undefined;
        add(
          `${label}: time against Starlight ${STARLIGHT} (${(sl[0]?.pages ?? 0).toLocaleString('en')} HTML pages, same text)`,
          `**${timeRatio.toFixed(2)}×** (${sec(t)} vs ${sec(ts)}; run by run ${pairs.join(', ')}; CPU ${(median(ok.map((b) => b.cpuSeconds)) / median(sl.map((b) => b.cpuSeconds))).toFixed(2)}×)`,
          target ? `≤ ${target}×` : 'report only',
          !target || timeRatio <= target,
        );
        const memTarget = r.target === 5000 ? 0.6 : undefined;
        add(
          `${label}: peak memory against Starlight (process trees)`,
          `**${memRatio.toFixed(2)}×** (${mb(median(ok.map((b) => b.treePeakMb)))} vs ${mb(median(sl.map((b) => b.treePeakMb)))})`,
          memTarget ? `≤ ${memTarget}×` : 'report only',
          !memTarget || memRatio <= memTarget,
        );
      }
    }
    for (const d of r.diagram ?? []) {
      const budget = d.bytes <= 300 * 1024 && d.gz <= 60 * 1024 && d.precached;
      add(
        `${label}: ${d.path}`,
        `${(d.bytes / 1024).toFixed(0)} KB, ${(d.gz / 1024).toFixed(1)} KB gzipped, ${d.precached ? 'precached' : '**not precached**'}`,
        '≤ 300 KB, ≤ 60 KB gzipped, precached',
        budget,
      );
    }
  }
  for (let i = 1; i < results.length; i++) {
    const a = results[i - 1]?.ours.find((b) => b.code === 0);
    const b = results[i]?.ours.find((x) => x.code === 0);
    const last = i === results.length - 1;
    const what = `Scale: growth, time per page at ${b?.pages.toLocaleString('en') ?? sizes[i]} ÷ at ${a?.pages.toLocaleString('en') ?? sizes[i - 1]} HTML pages`;
    const budget = last ? '≤ 2× (close to linear)' : 'report only';
    if (!a || !b) {
      add(what, 'not measured: a build failed', budget, !last);
      continue;
    }
    const ratio = b.seconds / b.pages / (a.seconds / a.pages);
    add(
      what,
      `${ratio.toFixed(2)}× (pages ×${(b.pages / a.pages).toFixed(1)}, time ×${(b.seconds / a.seconds).toFixed(1)})`,
      budget,
      !last || ratio <= 2,
    );
  }
}

/** A Markdown section profiling each of our builds (its first run): phases, memory, render time per route type. */
function profileMarkdown(results: SizeResult[]): string {
  const lines = ['## Where the time and memory go', ''];
  for (const r of results) {
    const b = r.ours[0];
    if (!b) continue;
    lines.push(
      `### ${r.target.toLocaleString('en')} pages per edition, ${b.pages.toLocaleString('en')} HTML pages: ${sec(b.seconds)} wall, ${sec(b.cpuSeconds)} CPU, peak ${mb(b.treePeakMb)} (process tree), exit ${b.code}`,
      '',
    );
    lines.push(
      `Phases, as integrations/build-profile.ts marks them (the first of our runs at this size; load average ${b.load.map((l) => l.toFixed(1)).join(' → ')} over the build). CPU is the build process's, all threads; Pagefind's own process is in the memory column only:`,
      '',
    );
    lines.push('| Phase | Wall | CPU | Peak memory in phase |', '|---|---|---|---|');
    for (const p of b.phases) {
      lines.push(
        `| ${p.label} | ${sec(p.seconds)} | ${p.cpu === undefined ? '-' : sec(p.cpu)} | ${p.peakMb === undefined ? '-' : mb(p.peakMb)} |`,
      );
    }
    lines.push(
      '',
      "Render time per route type (both editions), summed from Astro's per-route log lines (`(+N ms)`). Each includes the page's pass on a worker thread, and several pages are in flight at once (build.concurrency), so the sums overlap and exceed the phase's wall time:",
      '',
    );
    lines.push(
      '| Route type | Routes | Render time, summed | Per route | Slowest |',
      '|---|---|---|---|---|',
    );
    for (const [type, t] of Object.entries(b.routes).sort((x, y) => y[1].ms - x[1].ms)) {
      lines.push(
        `| ${type} | ${t.pages} | ${sec(t.ms / 1000)} | ${(t.ms / t.pages).toFixed(0)} ms | ${t.slowest.path} (${t.slowest.ms.toFixed(0)} ms) |`,
      );
    }
    if (b.code !== 0)
      lines.push(
        '',
        'The build failed; the end of its output:',
        '',
        '```',
        ...b.output.trim().split('\n').slice(-30),
        '```',
      );
    lines.push('');
  }
  return lines.join('\n');
}

/** All builds, one line each, in the order they ran. */
function runsMarkdown(results: SizeResult[]): string {
  const lines = [
    '## Every build',
    '',
    '| Size | Site | Run | HTML pages | Wall | CPU | Peak memory (tree) | Load average before → after | Other processes’ CPU meanwhile |',
    '|---|---|---|---|---|---|---|---|---|',
  ];
  for (const r of results) {
    const sites: [string, SiteBuild[]][] = [
      ['ours', r.ours],
      [`Starlight ${STARLIGHT}`, r.starlight],
    ];
    for (const [site, list] of sites) {
      list.forEach((b, i) =>
        lines.push(
          `| ${r.target.toLocaleString('en')} | ${site} | ${i + 1} | ${b.pages.toLocaleString('en')} | ${b.code === 0 ? sec(b.seconds) : `failed (exit ${b.code})`} | ${sec(b.cpuSeconds)} | ${mb(b.treePeakMb)} | ${b.load.map((l) => l.toFixed(1)).join(' → ')} | ${b.otherCpuSeconds === undefined ? '-' : sec(b.otherCpuSeconds)} |`,
        ),
      );
    }
  }
  return lines.join('\n');
}

/**
 * Prints the scale rows and profile, and writes them to bench/results-scale.md when `write` is
 * set; sets the exit code.
 */
export function scaleReport(
  rows: Row[],
  results: SizeResult[],
  {
    write = false,
    vsStarlight = false,
    loadStart,
  }: { write?: boolean; vsStarlight?: boolean; loadStart?: number } = {},
): void {
  const table = budgetTable(rows);
  const builds = results.flatMap((r) => [...r.ours, ...r.starlight]);
  const loads = builds.flatMap((b) => b.load);
  const busiest = Math.max(loadStart ?? 0, ...loads);
  const cores = cpus().length;
  // What other processes took, as a share of the machine during each build; where /proc/stat is
  // missing, the load average (which counts the builds' own threads too) has to do.
  const shares = builds.flatMap((b) =>
    b.otherCpuSeconds === undefined || b.seconds <= 0
      ? []
      : [b.otherCpuSeconds / (b.seconds * cores)],
  );
  const measured = shares.length === builds.length && builds.length > 0;
  const worst = Math.max(0, ...shares);
  const busy = measured ? worst > BUSY_SHARE : busiest > cores;
  const others = measured
    ? `Other processes used at most ${(worst * 100).toFixed(0)}% of the machine's CPU during any one build (its busy time less the build's own, from /proc/stat). `
    : '';
  const report =
    `# Benchmark results: scale\n\n` +
    `Measured by \`npm run bench -- ${process.argv.slice(2).join(' ')}\` on ${new Date().toISOString().slice(0, 10)} with Node ${process.version} on ${cores} cores; ` +
    `load average ${loadStart === undefined ? '' : `${loadStart.toFixed(1)} at the start, `}up to ${busiest.toFixed(1)} during the builds (the builds' own threads count), ${(loadavg()[0] ?? 0).toFixed(1)} at the end. ` +
    others +
    (busy
      ? '**The machine was busy** (other work ran beside these builds): wall times are longer than on a quiet machine and vary from run to run; compare the ratios, measured in the same run, alternating, rather than the times. '
      : '') +
    '\n\nEach size is synthetic, schema-valid content (scripts/bench/generate-content.ts), built with `astro build` in its own temporary copy of the project, from cold caches (no dist/, no Astro or Vite cache, no social-image cache). ' +
    '**Sizes are pages per edition**: the generator writes English entries and the site builds every page in English and under /ar/ (the Arabic edition falls back to the English text where no translation exists), so a size builds about twice as many HTML pages. ' +
    (vsStarlight
      ? `Starlight ${STARLIGHT} (on the same Astro, installed into a temporary folder) is fed the text of every page our build made, both editions, as Markdown at the same paths (scripts/bench/starlight.ts), with its defaults: English at the root and Arabic under /ar/, its sidebar, its Pagefind search. Both sites build the same number of pages from the same words; each size is built alternately by each (ours, Starlight, Starlight, ours). Ratios are ours ÷ Starlight's medians. `
      : '') +
    "Peak memory is the highest sum of resident memory over the build's whole process tree (Pagefind's binary included), sampled every 100 ms; CPU time is the build's and its children's, user and system.\n\n" +
    `${table}\n\n${runsMarkdown(results)}\n\n${profileMarkdown(results)}\n`;
  if (write) {
    mkdirSync('bench', { recursive: true });
    writeFileSync('bench/results-scale.md', report);
  }
  console.log(report);
  if (!write) console.log('(not written: add --write to save this to bench/results-scale.md)');
  process.exitCode = rows.every((r) => r.pass) ? 0 : 1;
}
