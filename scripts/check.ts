/**
 * npm run check: the content check (scripts/check-content.ts), in about a second. Prints every
 * problem as file:line, field, problem and fix, warnings for single-source claims, and GitHub
 * annotations when GITHUB_ACTIONS=true. Exits 1 on any problem. The MDX bodies are parsed in a
 * child process (scripts/mdx-worker.ts), so that a crash of the native parser names its file,
 * while this process checks the rest.
 *
 *   node scripts/check.ts [--root DIR] [--content DIR] [--quiet]
 */
import { fileURLToPath } from 'node:url';
import './resolve-ts.ts';

const { main, childMdxChecker, childMdxCheckerBeside } = await import('./check-content.ts');
const root = fileURLToPath(new URL('..', import.meta.url));
const worker = fileURLToPath(new URL('mdx-worker.ts', import.meta.url));
process.exitCode = await main(process.argv.slice(2), {
  checkMdx: childMdxChecker(worker, root),
  // the MDX bodies are checked in the worker while this process checks the rest
  checkMdxBeside: childMdxCheckerBeside(worker, root),
  projectRoot: root,
});
