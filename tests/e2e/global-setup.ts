import type { TestProject } from 'vitest/node';
import { existsSync } from 'node:fs';
import { serve } from '../../scripts/static-server.mjs';

declare module 'vitest' {
  export interface ProvidedContext { baseUrl: string }
}

/** Serves the one build in dist/ for every browser test file. */
export default async function setup(project: TestProject) {
  if (!existsSync('dist/index.html')) throw new Error('dist/ has no build: run `npm run build` first (npm run test:e2e does).');
  const server = await serve({ root: 'dist', base: process.env.BASE_PATH ?? '/' });
  project.provide('baseUrl', server.url);
  return () => server.close();
}
