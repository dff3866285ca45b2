import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      // 30 s, not Vitest's 5 s: a first dynamic import of the layout code can take longer than 5 s
      // on a busy 2-core machine (seen in tests/unit/social-image.test.ts), which is not a failure.
      // isolate: false: the unit files share one module graph per worker instead of importing
      // zod, the schemas and the layouts again for each file (about 7 s of CPU less of 33 s);
      // they hold no global state between files.
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          testTimeout: 30_000,
          isolate: false,
        },
      },
      {
        // Real builds, one per failure class (tests/build/), on copies of the project.
        test: {
          name: 'build',
          include: ['tests/build/**/*.test.ts'],
          testTimeout: 240_000,
          hookTimeout: 240_000,
        },
      },
      {
        // Browser tests: the real site's smoke pass against the one build in dist/ (npm run test:e2e
        // builds it first); the code's behaviour against the fixture site (tests/fixtures/site-build.ts).
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/global-setup.ts'],
          testTimeout: 180_000,
          hookTimeout: 120_000,
          // two files at once, one per core; each file has its own browser and the servers take
          // free ports
          fileParallelism: true,
          maxWorkers: 2,
        },
      },
    ],
  },
});
