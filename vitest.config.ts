import { defineConfig } from 'vitest/config';

// Two projects so `npm run test:unit` stays fast: unit tests import plain TypeScript only,
// build and browser tests run the real CLI and Chromium.
export default defineConfig({
  test: {
    // `npm test` runs with --coverage; the thresholds hold for the unit tests alone, since build and
    // browser tests run the CLI in child processes that coverage does not see.
    coverage: {
      provider: 'v8',
      include: ['src/lib/**/*.ts'],
      exclude: [
        // Re-exports only, no logic of their own.
        'src/lib/**/index.ts',
      ],
      reporter: ['text-summary', 'text'],
      skipFull: true,
      thresholds: { lines: 90, branches: 90, functions: 90, statements: 90 },
    },
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      {
        test: {
          name: 'build',
          include: ['tests/build/**/*.test.ts'],
          testTimeout: 240_000,
          hookTimeout: 600_000,
          fileParallelism: false,
        },
      },
      {
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 600_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
