import { defineConfig } from 'vitest/config';

// Tests that need a database are named *.db.test.ts. `npm test` runs them on SQLite;
// `npm run test:pg` runs the same files on PostgreSQL (REGIOKRACHT_TEST_BACKEND=postgres).
export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 120_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
          exclude: ['**/*.db.test.ts', '**/*.e2e.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'db',
          include: ['src/**/*.db.test.ts', 'test/**/*.db.test.ts'],
          // API answers are checked against their response schemas (fields a schema lacks fail).
          setupFiles: ['test/support/response-contract.setup.ts'],
          fileParallelism: false,
        },
      },
      {
        // The web application in Chromium against the built front end and the real data
        // (test/e2e/README.md); builds dist/web and loads ../shared/data in its setup.
        extends: true,
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.e2e.test.ts'],
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 300_000,
        },
      },
    ],
  },
});
