import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      // The layout searches take a few seconds each; on a loaded machine the 5 s default is too tight.
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], testTimeout: 30_000 } },
      {
        // Broken content copies built for real: the build must stop with a clear message.
        test: { name: 'build', include: ['tests/build/**/*.test.ts'], testTimeout: 240_000, hookTimeout: 240_000 },
      },
      {
        // Browser tests against the one build in dist/ (npm run test:e2e builds it first).
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/global-setup.ts'],
          testTimeout: 180_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
