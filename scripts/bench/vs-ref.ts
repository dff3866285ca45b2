// `npm run bench -- --vs-ref=main`: the real site built by another commit and by this working tree,
// side by side in one run (so a busy machine weighs on both alike), reported as ratios. Each build
// runs in its own temporary copy (the commit's files from `git archive`), with the project's
// packages linked in and its own caches. This tree is built cold (no social-image cache) and then
// warm (the cache the cold build left), as a contributor's first and next builds.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { runTree, type Add, type TreeRun } from './measure.ts';
import { copyProject } from './scale.ts';

const root = resolve('.');
const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = (i: number) => s[i] ?? NaN;
  return s.length % 2 ? mid((s.length - 1) / 2) : (mid(s.length / 2 - 1) + mid(s.length / 2)) / 2;
};

/** The files of `ref` in a new temporary folder, with the project's packages linked in. */
function copyRef(ref: string): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'idlib-ref-'));
  execFileSync(
    'sh',
    ['-c', `git archive ${JSON.stringify(ref)} | tar -x -C ${JSON.stringify(dir)}`],
    { cwd: root },
  );
  mkdirSync(join(dir, 'node_modules'));
  for (const name of readdirSync(join(root, 'node_modules'))) {
    if (!name.startsWith('.'))
      symlinkSync(join(root, 'node_modules', name), join(dir, 'node_modules', name), 'dir');
  }
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

function build(dir: string, { keepCache = false } = {}): Promise<TreeRun> {
  for (const f of [
    'dist',
    '.astro',
    'node_modules/.astro',
    'node_modules/.vite',
    ...(keepCache ? [] : ['node_modules/.cache']),
  ]) {
    rmSync(join(dir, f), { recursive: true, force: true });
  }
  // Same build date for both: the copies have no git history to take it from.
  return runTree(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: dir,
    env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1', SOURCE_DATE_EPOCH: '1562889600' },
  });
}

/** Builds `ref` and this tree `runs` times each, alternating; adds the rows through `add`. */
export async function refBench(
  add: Add,
  {
    ref = 'main',
    runs = 3,
    log = console.log,
  }: { ref?: string; runs?: number; log?: (s: string) => void } = {},
): Promise<void> {
  const commit = execFileSync('git', ['rev-parse', '--short', ref], {
    cwd: root,
    encoding: 'utf8',
  }).trim();
  const theirs = copyRef(ref);
  const ours = copyProject('idlib-ours-');
  type Kind = 'ref' | 'cold' | 'warm';
  const times: Record<Kind, TreeRun[]> = { ref: [], cold: [], warm: [] };
  const one = async (what: Kind, dir: string, opts: { keepCache?: boolean } = {}) => {
    const b = await build(dir, opts);
    if (b.code !== 0) throw new Error(`${what} build failed:\n${b.output.slice(-3000)}`);
    times[what].push(b);
    log(
      `vs-ref: ${what}: ${b.seconds.toFixed(1)} s, ${b.cpuSeconds.toFixed(1)} s CPU, peak ${b.treePeakMb.toFixed(0)} MB (load ${b.load.map((l) => l.toFixed(1)).join(' → ')})`,
    );
  };
  try {
    for (let i = 0; i < runs; i++) {
      // ABBA order, so a machine growing busier or quieter weighs on both alike
      if (i % 2 === 0) {
        await one('ref', theirs.dir);
        await one('cold', ours.dir);
        await one('warm', ours.dir, { keepCache: true });
      } else {
        await one('warm', ours.dir, { keepCache: true });
        await one('cold', ours.dir);
        await one('ref', theirs.dir);
      }
    }
  } finally {
    theirs.remove();
    ours.remove();
  }
  const m = (k: Kind, f: (b: TreeRun) => number) => median(times[k].map(f));
  const wall = (b: TreeRun) => b.seconds;
  const cpu = (b: TreeRun) => b.cpuSeconds;
  const mem = (b: TreeRun) => b.treePeakMb;
  const label = `Real site, this tree ÷ ${ref} (${commit}), ${runs} builds each, alternating`;
  for (const [k, what] of [
    ['cold', 'first build (no social-image cache)'],
    ['warm', 'next build (social images cached)'],
  ] as const) {
    const r = m(k, wall) / m('ref', wall);
    add(
      `${label}: wall time, ${what}`,
      `**${r.toFixed(2)}×** (${m(k, wall).toFixed(1)} s vs ${m('ref', wall).toFixed(1)} s; runs ${times[k].map((b) => b.seconds.toFixed(1)).join(', ')} vs ${times.ref.map((b) => b.seconds.toFixed(1)).join(', ')})`,
      '≤ 1.0×',
      r <= 1,
    );
    add(
      `${label}: CPU time, ${what}`,
      `${(m(k, cpu) / m('ref', cpu)).toFixed(2)}× (${m(k, cpu).toFixed(1)} s vs ${m('ref', cpu).toFixed(1)} s)`,
      'report only',
      true,
    );
    add(
      `${label}: peak memory, ${what}`,
      `${(m(k, mem) / m('ref', mem)).toFixed(2)}× (${m(k, mem).toFixed(0)} MB vs ${m('ref', mem).toFixed(0)} MB)`,
      'report only',
      true,
    );
  }
}
