// `npm run bench -- --scale`: builds synthetic content at three sizes, each in its own temporary
// copy of the project (never in src/content or the shared dist/), and measures wall time, pages per
// second, peak memory and how build time grows with size. Figures are measured, never estimated.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { run } from './measure.mjs';
import { generateContent } from './generate-content.mjs';

const root = resolve('.');
const PROJECT_FILES = ['src', 'public', 'integrations', 'scripts', 'docs', 'astro.config.mjs', 'tsconfig.json', 'package.json'];

/**
 * Copies the project into a new temporary folder (as tests/build do). node_modules is a real folder
 * of symlinks to the project's packages, without the dot-folders, so that Astro's and Vite's caches
 * (node_modules/.astro, .vite) belong to this copy: builds running side by side do not share them,
 * and every build here starts cold.
 */
export function copyProject(prefix = 'idlib-bench-') {
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
export function buildIn(dir, env = {}) {
  return run(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: dir,
    env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1', ...env },
  });
}

/** Every file under `dir` whose name ends with `ext`, as paths relative to `dir`. */
export function filesUnder(dir, ext) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true }).map(String).filter((p) => p.endsWith(ext));
}

/** The route type of a built page, from its path in dist/. */
export function pageType(path) {
  const m = /^(actors|events|relations)\/[^/]+\/index\.html$/.exec(path);
  if (m) return m[1];
  if (path.endsWith('.html')) return 'fixed pages';
  if (path.startsWith('social/')) return 'social images (social/*.png)';
  return 'other endpoints';
}

/**
 * Astro's build log gives each generated page's render time ("├─ /actors/x/index.html (+12ms)")
 * and the time of each phase; this sums them per page type and picks out the phases.
 */
export function profileLog(output) {
  const perType = {};
  for (const m of output.matchAll(/[├└]─\s+\/(\S+?)\s+\(\+(\d+(?:\.\d+)?)(ms|s)\)/g)) {
    const path = m[1].replace(/^\//, '');
    const ms = Number(m[2]) * (m[3] === 's' ? 1000 : 1);
    const type = pageType(path);
    const t = (perType[type] ??= { pages: 0, ms: 0, slowest: { path: '', ms: 0 } });
    t.pages += 1;
    t.ms += ms;
    if (ms > t.slowest.ms) t.slowest = { path, ms };
  }
  return perType;
}

const sec = (s) => `${s.toFixed(1)} s`;
const clock = (ms) => new Date(ms).toTimeString().slice(0, 8); // the HH:MM:SS of Astro's log lines

/**
 * Samples the resident memory of the `astro build` running in `dir` every 200 ms (found by its
 * working directory), so a peak can be placed in the build's log. run() gives the peak itself.
 */
function sampleMemory(dir) {
  const samples = [];
  let pid;
  const find = () => {
    for (const p of readdirSync('/proc')) {
      if (!/^\d+$/.test(p)) continue;
      try {
        if (readlinkSync(`/proc/${p}/cwd`) === dir && readFileSync(`/proc/${p}/cmdline`, 'utf8').includes('astro.mjs')) return p;
      } catch { /* gone */ }
    }
    return undefined;
  };
  const timer = setInterval(() => {
    pid ??= find();
    if (!pid) return;
    try {
      const m = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
      if (m) samples.push({ at: Date.now(), mb: Number(m[1]) / 1024 });
    } catch { /* ended */ }
  }, 200);
  return () => { clearInterval(timer); return samples; };
}

/**
 * The build's phases from its log (each timestamped line that is not a page or a warning ends a
 * phase), with each phase's length (the log has 1 s resolution) and the highest memory sampled in it;
 * and, for the memory peak, the page being rendered or the phase under way.
 */
export function phaseProfile(output, samples) {
  const lines = [...output.matchAll(/^(\d\d:\d\d:\d\d) (.*)$/gm)].map((m) => ({ t: m[1], text: m[2].trim() }));
  const phases = [];
  let prev;
  for (const l of lines) {
    if (/\[WARN\]|[├└]─/.test(l.text)) continue;
    if (prev) phases.push({ from: prev.t, to: l.t, text: l.text });
    prev = l;
  }
  const toSec = (t) => { const [h, m, s] = t.split(':').map(Number); return h * 3600 + m * 60 + s; };
  for (const p of phases) {
    p.seconds = toSec(p.to) - toSec(p.from);
    const inside = samples.filter((s) => { const c = clock(s.at); return c >= p.from && c <= p.to; });
    p.peakMb = inside.length ? Math.max(...inside.map((s) => s.mb)) : undefined;
  }
  const peak = samples.reduce((a, b) => (b.mb > (a?.mb ?? 0) ? b : a), undefined);
  let near;
  if (peak) {
    const c = clock(peak.at);
    const pageLines = lines.filter((l) => /[├└]─/.test(l.text));
    near = pageLines.filter((l) => l.t === c).map((l) => l.text.replace(/^[├└]─\s*/, ''))[0]
      ?? phases.find((p) => c >= p.from && c <= p.to)?.text;
  }
  return { phases, peak: peak && { at: clock(peak.at), mb: peak.mb, near } };
}

/**
 * Runs the scale benchmark and adds its rows through `add(what, measured, budget, pass)`.
 * `sizes` are the target totals of pages; `log` receives progress lines.
 */
export async function scaleBench(add, { sizes = [200, 1000, 5000], log = console.log } = {}) {
  const results = [];
  for (const target of sizes) {
    const copy = copyProject(`idlib-scale-${target}-`);
    try {
      const counts = await generateContent(join(copy.dir, 'src/content'), target);
      log(`scale: ${target} pages target: ${counts.actors} actors, ${counts.events} events, ${counts.relations} relations, ${counts.sources} sources; building in ${copy.dir} ...`);
      const stop = sampleMemory(copy.dir);
      // Synthetic graphs are far denser than the real one: their diagrams' legibility is reported
      // by the build, not fatal (the real site's build stops on an overlap or a pass-through).
      const built = await buildIn(copy.dir, { IDLIB_DIAGRAM_CHECK: 'report' });
      const samples = stop();
      const html = filesUnder(join(copy.dir, 'dist'), '.html');
      const byType = {};
      for (const p of html) byType[pageType(p)] = (byType[pageType(p)] ?? 0) + 1;
      const profile = profileLog(built.output);
      const r = { target, counts, ...built, pages: html.length, byType, profile, ...phaseProfile(built.output, samples) };
      results.push(r);
      log(`scale: ${target}: exit ${built.code}, ${sec(built.seconds)}, ${html.length} HTML files, peak ${built.peakMb.toFixed(0)} MB`);
      if (built.code !== 0) log(built.output.slice(-4000));
    } finally {
      copy.remove();
    }
  }

  for (const r of results) {
    const ok = r.code === 0;
    const label = `Scale: ${r.pages.toLocaleString('en')} pages (${r.counts.actors} actors, ${r.counts.events} events, ${r.counts.relations} relations)`;
    if (!ok) {
      add(`${label}: build`, `**failed** (exit ${r.code}) after ${sec(r.seconds)}`, 'builds', false);
      continue;
    }
    const big = r.target === Math.max(...sizes);
    add(`${label}: wall time`, sec(r.seconds), big ? '< 120 s' : 'report only', !big || r.seconds < 120);
    add(`${label}: pages per second`, (r.pages / r.seconds).toFixed(1), 'report only', true);
    add(`${label}: peak memory (astro process)`, `${r.peakMb.toFixed(0)} MB`, big ? '< 2 GB' : 'report only', !big || r.peakMb < 2048);
    add(`${label}: seconds per 1,000 pages`, sec((r.seconds / r.pages) * 1000), 'report only', true);
  }
  // Growth: time per page at each size against the size before it; the budget is on the largest.
  for (let i = 1; i < sizes.length; i++) {
    const a = results.find((r) => r.target === sizes[i - 1] && r.code === 0);
    const b = results.find((r) => r.target === sizes[i] && r.code === 0);
    const last = i === sizes.length - 1;
    const what = `Scale: growth, time per page at ${b?.pages.toLocaleString('en') ?? sizes[i]} ÷ at ${a?.pages.toLocaleString('en') ?? sizes[i - 1]} pages`;
    const budget = last ? '≤ 2× (close to linear)' : 'report only';
    if (!a || !b) { add(what, 'not measured: a build failed', budget, !last); continue; }
    const ratio = (b.seconds / b.pages) / (a.seconds / a.pages);
    add(what, `${ratio.toFixed(2)}× (pages ×${(b.pages / a.pages).toFixed(1)}, time ×${(b.seconds / a.seconds).toFixed(1)})`, budget, !last || ratio <= 2);
  }
  return results;
}

/** A Markdown section profiling each build: render time per page type, phases, memory. */
export function profileMarkdown(results) {
  const lines = ['## Where the time and memory go', ''];
  for (const r of results) {
    lines.push(`### ${r.pages.toLocaleString('en')} pages (target ${r.target.toLocaleString('en')}): ${sec(r.seconds)} wall, peak ${r.peakMb.toFixed(0)} MB, exit ${r.code}`, '');
    lines.push('Render time per route type, summed from Astro\'s per-route log lines (`(+N ms)`):', '');
    lines.push('| Route type | Routes | Render time, summed | Per route | Slowest |', '|---|---|---|---|---|');
    for (const [type, t] of Object.entries(r.profile).sort((a, b) => b[1].ms - a[1].ms)) {
      lines.push(`| ${type} | ${t.pages} | ${sec(t.ms / 1000)} | ${(t.ms / t.pages).toFixed(0)} ms | ${t.slowest.path} (${t.slowest.ms.toFixed(0)} ms) |`);
    }
    lines.push('', 'Phases from the build log (1 s resolution; each phase ends with the line shown), with the highest resident memory sampled in it (every 200 ms):', '');
    lines.push('| Ends at | Phase ended by | Length | Peak memory in phase |', '|---|---|---|---|');
    for (const p of r.phases) {
      lines.push(`| ${p.to} | ${p.text.replace(/\|/g, '\\|').slice(0, 120)} | ${p.seconds} s | ${p.peakMb === undefined ? '-' : `${p.peakMb.toFixed(0)} MB`} |`);
    }
    if (r.code !== 0) lines.push('', 'The build failed; the end of its output:', '', '```', ...r.output.trim().split('\n').slice(-30), '```');
    if (r.peak) lines.push('', `Highest sampled memory: ${r.peak.mb.toFixed(0)} MB at ${r.peak.at}, near: \`${r.peak.near ?? 'unknown'}\`.`);
    lines.push('');
  }
  return lines.join('\n');
}

/** Prints the scale rows and profile and writes them to bench/results-scale.md; sets the exit code. */
export function scaleReport(rows, results) {
  const table = [
    '| Measure | Measured | Budget | Result |',
    '|---|---|---|---|',
    ...rows.map((r) => `| ${r.what} | ${r.measured} | ${r.budget} | ${r.pass ? 'pass' : '**FAIL**'} |`),
  ].join('\n');
  const report = `# Benchmark results: scale\n\nMeasured by \`npm run bench -- --scale\` on ${new Date().toISOString().slice(0, 10)} with Node ${process.version} on ${cpus().length} cores (load average ${loadavg().map((l) => l.toFixed(1)).join(', ')} at the end). `
    + 'Each size is synthetic, schema-valid content (scripts/bench/generate-content.mjs) built with `astro build` in its own temporary copy of the project, from cold caches. '
    + 'Pages are the HTML files in the output; peak memory is the astro process\'s VmHWM (child processes such as Pagefind\'s binary are not included).\n\n'
    + `${table}\n\n${profileMarkdown(results)}\n`;
  mkdirSync('bench', { recursive: true });
  writeFileSync('bench/results-scale.md', report);
  console.log(report);
  process.exitCode = rows.every((r) => r.pass) ? 0 : 1;
}
