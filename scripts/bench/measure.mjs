// Measuring helpers for `npm run bench`: child processes with wall time and peak memory, gzip
// sizes, and the project's TypeScript modules bundled for Node.
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { gzipSync } from 'node:zlib';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

/** Runs a command; resolves with exit code, wall seconds and peak resident memory (MB, Linux). */
export function run(cmd, args, options = {}) {
  return new Promise((resolve) => {
    const start = performance.now();
    const child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'], ...options });
    let peakKb = 0;
    let output = '';
    child.stdout.on('data', (d) => {
      output += d;
    });
    child.stderr.on('data', (d) => {
      output += d;
    });
    const poll = setInterval(() => {
      try {
        const m = /VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
        if (m) peakKb = Math.max(peakKb, Number(m[1]));
      } catch {
        /* the process has ended, or this is not Linux */
      }
    }, 50);
    child.on('close', (code) => {
      clearInterval(poll);
      resolve({ code, seconds: (performance.now() - start) / 1000, peakMb: peakKb / 1024, output });
    });
  });
}

export const gz = (text) => gzipSync(Buffer.from(text)).length;
export const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

/** Bundles a TypeScript module of the project for Node and imports it. */
export async function importTs(entry) {
  return import(await importUrl(entry));
}

/** Bundles a TypeScript module of the project for Node; resolves with the bundle's file URL. */
export async function importUrl(entry) {
  // Inside node_modules so that the bundle's own imports (astro/zod) resolve.
  const out = join('node_modules', '.cache', 'bench', `${entry.replace(/\W/g, '_')}.mjs`);
  await build({
    entryPoints: [entry],
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile: out,
    logLevel: 'silent',
    packages: 'external',
  });
  return pathToFileURL(resolve(out)).href;
}

/** Inline <style> and <script> text of an HTML page (this site inlines both); JSON data excluded. */
export function pageParts(html) {
  const styles = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]).join('');
  const scripts = [
    ...html.matchAll(
      /<script(?![^>]*type="application\/(?:ld\+)?json")[^>]*>([\s\S]*?)<\/script>/g,
    ),
  ]
    .map((m) => m[1])
    .join('');
  return { html, styles, scripts };
}

/** The ids of `root` and of every process below it, from /proc (Linux). */
function processTree(root) {
  const parent = new Map();
  for (const p of readdirSync('/proc')) {
    if (!/^\d+$/.test(p)) continue;
    try {
      // the command name may hold spaces and brackets: the fields after the last ')' are fixed
      const stat = readFileSync(`/proc/${p}/stat`, 'utf8');
      parent.set(Number(p), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
    } catch {
      /* gone */
    }
  }
  const tree = new Set([root]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const [pid, ppid] of parent)
      if (!tree.has(pid) && tree.has(ppid)) {
        tree.add(pid);
        grew = true;
      }
  }
  return [...tree];
}

const TICKS = 100; // USER_HZ: /proc reports CPU time in hundredths of a second on Linux

/**
 * Like run(), and also samples the whole process tree (the build and its children, such as
 * Pagefind's binary) every `every` ms: resolves with the tree's peak resident memory (the sum over
 * its processes at one sample), the samples themselves ({ at: Date.now(), mb }) so that a peak can
 * be placed in a phase, and the CPU time of the build and its children (user + system, seconds).
 */
export function runTree(cmd, args, options = {}, every = 100) {
  return new Promise((resolve) => {
    const start = performance.now();
    const startedAt = Date.now();
    const child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'], ...options });
    const load = loadavg()[0];
    let peakKb = 0;
    let cpuTicks = 0;
    let output = '';
    const samples = [];
    child.stdout.on('data', (d) => {
      output += d;
    });
    child.stderr.on('data', (d) => {
      output += d;
    });
    const poll = setInterval(() => {
      let kb = 0;
      for (const pid of processTree(child.pid)) {
        try {
          const status = readFileSync(`/proc/${pid}/status`, 'utf8');
          kb += Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
          if (pid === child.pid)
            peakKb = Math.max(peakKb, Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0));
        } catch {
          /* ended */
        }
      }
      try {
        const stat = readFileSync(`/proc/${child.pid}/stat`, 'utf8');
        const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        // utime, stime, and the same for children it has waited for
        cpuTicks = Number(f[11]) + Number(f[12]) + Number(f[13]) + Number(f[14]);
      } catch {
        /* ended */
      }
      if (kb) samples.push({ at: Date.now(), mb: kb / 1024 });
    }, every);
    child.on('close', (code) => {
      clearInterval(poll);
      resolve({
        code,
        seconds: (performance.now() - start) / 1000,
        startedAt,
        output,
        samples,
        peakMb: peakKb / 1024,
        treePeakMb: Math.max(0, ...samples.map((s) => s.mb)),
        cpuSeconds: cpuTicks / TICKS,
        load: [load, loadavg()[0]],
      });
    });
  });
}
