#!/usr/bin/env node
/**
 * npm run check: the content check, in about a second. Bundles scripts/check-content.ts and the MDX
 * worker (scripts/mdx-worker.ts) with the src/lib modules they use into node_modules/.cache (they
 * use extensionless imports, which Node cannot load directly; packages stay external), then runs
 * it. Prints every problem as file:line, field, problem and fix, warnings for single-source
 * claims, and GitHub annotations when GITHUB_ACTIONS=true. Exits 1 on any problem.
 *
 *   node scripts/check-content.mjs [--root DIR] [--content DIR]
 */
import { pathToFileURL } from 'node:url';
import { bundleCheck } from './check-bundle.mjs';

const { check, worker, root } = await bundleCheck();
const { main, childMdxChecker } = await import(pathToFileURL(check).href);
process.exitCode = main(process.argv.slice(2), {
  checkMdx: childMdxChecker(worker, root),
  projectRoot: root,
});
