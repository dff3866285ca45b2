import type { TestProject } from 'vitest/node';
import { existsSync } from 'node:fs';
import { serve } from '../../scripts/static-server.ts';
import { fixtureSite } from '../fixtures/site-build';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    fixtureUrl: string;
    fixtureDist: string;
  }
}

/**
 * Serves the one build of the real site in dist/ (the smoke pass over every page) and the fixture
 * site (tests/fixtures/site-build.ts: the project's code on fixture content, built here once per
 * run) for the tests of what the code does.
 */
export default async function setup(project: TestProject) {
  if (!existsSync('dist/index.html'))
    throw new Error('dist/ has no build: run `npm run build` first (npm run test:e2e does).');
  const fixtureDist = fixtureSite((s) => console.log(s));
  const server = await serve({ root: 'dist', base: process.env.BASE_PATH ?? '/' });
  const fixture = await serve({ root: fixtureDist, base: '/' });
  project.provide('baseUrl', server.url);
  project.provide('fixtureUrl', fixture.url);
  project.provide('fixtureDist', fixtureDist);
  return async () => {
    await server.close();
    await fixture.close();
  };
}
