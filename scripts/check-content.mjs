#!/usr/bin/env node
/**
 * npm run check (before astro check): the content check, in about a second.
 * Bundles scripts/check-content.ts and the src/lib modules it uses with esbuild (they use
 * extensionless imports, which Node cannot load directly), then runs it. Prints every problem as
 * file:line, field, problem and fix, warnings for single-source claims, and GitHub annotations
 * when GITHUB_ACTIONS=true. Exits 1 on any problem.
 *
 *   node scripts/check-content.mjs [--root DIR] [--content DIR]
 */
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const entry = fileURLToPath(new URL('./check-content.ts', import.meta.url));
const out = await build({
  entryPoints: [entry],
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  write: false,
  logLevel: 'error',
  // yaml is CommonJS under Node: give the bundle a require() for its require('process').
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
});
// A temporary file rather than a data: URL, so that a crash has a readable stack trace.
const dir = mkdtempSync(join(tmpdir(), 'idlib-check-'));
let main;
try {
  const file = join(dir, 'check-content.mjs');
  writeFileSync(file, out.outputFiles[0].text);
  ({ main } = await import(pathToFileURL(file).href));
} finally {
  rmSync(dir, { recursive: true, force: true });
}

// MDX syntax as the build reads it: satteri is the MDX compiler @astrojs/mdx uses. It runs in a
// child process, so that a crash of the (native) parser names the file instead of killing the check.
let satteri;
try {
  satteri = import.meta.resolve('satteri');
} catch {
  satteri = undefined;
}
const CHILD = `
import { writeSync, readFileSync } from 'node:fs';
const { mdxToMdast } = await import(process.env.SATTERI_URL);
for (const f of JSON.parse(readFileSync(0, 'utf8'))) {
  writeSync(1, JSON.stringify({ start: f.file }) + '\\n');
  let error = null;
  try { mdxToMdast(f.raw, { features: { gfm: true, frontmatter: true }, position: false }); }
  catch (e) { error = String(e && e.message ? e.message : e); }
  writeSync(1, JSON.stringify({ file: f.file, error }) + '\\n');
}`;

/** Parses the files in as few child processes as possible; a file the parser dies on is reported as crashed. */
function parseMdx(files) {
  const results = new Map();
  let remaining = files;
  while (remaining.length) {
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', CHILD], {
      input: JSON.stringify(remaining), encoding: 'utf8', maxBuffer: 256 * 1024 * 1024,
      env: { ...process.env, SATTERI_URL: satteri }, stdio: ['pipe', 'pipe', 'pipe'],
    });
    let started;
    for (const line of (r.stdout ?? '').split('\n')) {
      if (!line.trim()) continue;
      const msg = JSON.parse(line);
      if (msg.start) started = msg.start;
      else {
        results.set(msg.file, msg.error ?? undefined);
        started = undefined;
      }
    }
    if (started === undefined) {
      if (r.status !== 0 && results.size === 0) throw new Error(`the MDX parser could not run: ${(r.stderr ?? '').split('\n')[0]}`);
      break;
    }
    results.set(started, { crashed: true });
    remaining = remaining.slice(remaining.findIndex((f) => f.file === started) + 1);
  }
  return results;
}

process.exitCode = main(process.argv.slice(2), satteri ? { parseMdx } : {});
