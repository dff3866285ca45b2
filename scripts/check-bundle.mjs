/**
 * Bundles the content check and its MDX worker with esbuild into node_modules/.cache/idlib-check/
 * (inside the project, so their package imports resolve). Used by scripts/check-content.mjs, the
 * build's content-check step and the tests.
 */
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/** @returns {Promise<{ check: string, worker: string, root: string }>} paths of the bundles and the project root */
export async function bundleCheck() {
  // one folder per project copy: the build tests share node_modules between copies built at once
  const outdir = join(
    root,
    'node_modules',
    '.cache',
    'idlib-check',
    createHash('sha256').update(root).digest('hex').slice(0, 12),
  );
  const result = await build({
    write: false,
    entryPoints: {
      check: join(root, 'scripts/check-content.ts'),
      worker: join(root, 'scripts/mdx-worker.ts'),
    },
    bundle: true,
    packages: 'external',
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outdir,
    outExtension: { '.js': '.mjs' },
    logLevel: 'error',
  });
  // Written beside, then renamed into place: the type check and the lint (both run the content
  // check through astro sync) bundle at the same moment in npm test, and a reader must never see
  // a file another process is halfway through writing.
  mkdirSync(outdir, { recursive: true });
  for (const file of result.outputFiles) {
    const temp = `${file.path}.${process.pid}.tmp`;
    writeFileSync(temp, file.contents);
    renameSync(temp, file.path);
  }
  return { check: join(outdir, 'check.mjs'), worker: join(outdir, 'worker.mjs'), root };
}
