// Measuring helpers for `npm run bench`: child processes with wall time and peak memory, gzip
// sizes, and the project's TypeScript modules bundled for Node.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
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
    child.stdout.on('data', (d) => { output += d; });
    child.stderr.on('data', (d) => { output += d; });
    const poll = setInterval(() => {
      try {
        const m = /VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
        if (m) peakKb = Math.max(peakKb, Number(m[1]));
      } catch { /* the process has ended, or this is not Linux */ }
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
  await build({ entryPoints: [entry], bundle: true, platform: 'node', format: 'esm', outfile: out, logLevel: 'silent', packages: 'external' });
  return pathToFileURL(resolve(out)).href;
}

/** Inline <style> and <script> text of an HTML page (this site inlines both); JSON data excluded. */
export function pageParts(html) {
  const styles = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]).join('');
  const scripts = [...html.matchAll(/<script(?![^>]*type="application\/(?:ld\+)?json")[^>]*>([\s\S]*?)<\/script>/g)]
    .map((m) => m[1]).join('');
  return { html, styles, scripts };
}
