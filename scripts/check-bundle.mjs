/**
 * Bundles the content check and its MDX worker with esbuild into node_modules/.cache/idlib-check/
 * (inside the project, so their package imports resolve). Used by scripts/check-content.mjs, the
 * build's content-check step and the tests.
 */
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
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
  await build({
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
  return { check: join(outdir, 'check.mjs'), worker: join(outdir, 'worker.mjs'), root };
}
