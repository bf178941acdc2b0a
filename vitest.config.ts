import { defineConfig } from 'vitest/config';

/**
 * The tests in four tiers (README "Tests"); `npm test` runs all four.
 *
 * - unit: no database, no browser, no ../shared/data. REGIOKRACHT_DATA_DIR points at a directory
 *   that does not exist, so a unit test that reads the real data fails in every checkout, not
 *   only in one without the data. Put such a test in another tier.
 * - db: `*.db.test.ts` on SQLite (`npm run test:db`) or PostgreSQL (`npm run test:pg`,
 *   REGIOKRACHT_TEST_BACKEND=postgres), and the command-line tests that run whole commands
 *   against a SQLite database file and the real data (SQLite only, so left out on PostgreSQL).
 * - e2e: the web application in Chromium (test/e2e/README.md).
 * - reference: `*.ref.test.ts`, comparisons with reference tools (NetworkX) and with the real
 *   data files themselves; no database.
 */
const onPostgres = process.env.REGIOKRACHT_TEST_BACKEND === 'postgres';

/** Command-line tests that run commands on a SQLite database file over the real data. */
const CLI_ON_DATABASE = [
  'src/cli/cli.test.ts',
  'src/cli/commands/analytics-text.test.ts',
  'src/cli/region-arguments.test.ts',
  'src/cli/commands/backup.test.ts',
  'src/cli/commands/data.test.ts',
  'src/cli/commands/dossier.test.ts',
  'src/cli/commands/export.test.ts',
  'src/cli/commands/keyareas.test.ts',
  'src/cli/commands/next-visit.test.ts',
  'src/cli/commands/serve.test.ts',
  'src/cli/commands/sme.test.ts',
  'src/cli/commands/user.test.ts',
];

/** Where no unit test may find data: a directory that is never there. */
const NO_DATA_DIR = '/nonexistent/regiokracht-unit-tests-read-no-data';

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
          exclude: ['**/*.db.test.ts', '**/*.e2e.test.ts', '**/*.ref.test.ts', ...CLI_ON_DATABASE],
          env: { REGIOKRACHT_DATA_DIR: NO_DATA_DIR },
          // Unit tests change no global state (no module mocks, stubbed globals or fake timers),
          // so the files of a worker share its loaded modules instead of loading them again for
          // each file: most of the tier's time went into loading, not into the tests.
          isolate: false,
        },
      },
      {
        extends: true,
        test: {
          name: 'db',
          include: [
            'src/**/*.db.test.ts',
            'test/**/*.db.test.ts',
            ...(onPostgres ? [] : CLI_ON_DATABASE),
          ],
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
      {
        extends: true,
        test: {
          name: 'reference',
          include: ['src/**/*.ref.test.ts', 'test/**/*.ref.test.ts'],
        },
      },
    ],
  },
});
