// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/**
 * Layer rules: dependencies point one way, core <- domain <- services <- (http, cli, reports).
 * Each folder gets one list of forbidden imports, each with the reason.
 */
const EDGES = ['**/http/**', '**/cli/**', '**/main', '**/main.js'];
const BACKENDS = ['**/storage/sqlite/**', '**/storage/postgres/**', 'better-sqlite3', 'pg'];
const why = {
  core: 'src/core is pure analytics: no I/O, no database, no clock, no environment. Pass data in.',
  domain:
    'src/domain holds types, schemas and errors only; it must not reach storage or the outer layers.',
  edges: 'Inner layers must not import the HTTP or CLI edges; pass what they need in.',
  backend:
    'Only src/main.ts and src/storage know which database is in use; go through the Store interface.',
  web: 'The web application reaches the server over HTTP alone.',
  contract:
    'The API contract (src/http/schemas) is shared as types only: `import type` it; its values belong to the routes.',
};
/** The edges, less the contract: services and the web take its types (checked by `contractTypesOnly`). */
const EDGES_BUT_CONTRACT = [['**/http/*', '!**/http/schemas'], ...EDGES.slice(1)];
const contractTypesOnly = (files) => ({
  files,
  rules: {
    '@typescript-eslint/no-restricted-imports': [
      'error',
      {
        patterns: [
          { group: ['**/http/schemas/**'], allowTypeImports: true, message: why.contract },
        ],
      },
    ],
  },
});
const layer = (files, groups) => ({
  files,
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: groups.flatMap(([patterns, message]) =>
          patterns.map((p) => ({ group: Array.isArray(p) ? p : [p], message })),
        ),
      },
    ],
  },
});

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'data/', 'coverage/', 'test-artifacts/', 'src/web/dist/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { console: 'readonly', process: 'readonly', URL: 'readonly' } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  layer(
    ['src/core/**/*.ts'],
    [
      [
        [
          'node:*',
          '**/domain/**',
          '**/storage/**',
          '**/services/**',
          '**/importers/**',
          '**/reports/**',
          '**/config*',
          'kysely',
          ...EDGES,
          ...BACKENDS,
        ],
        why.core,
      ],
    ],
  ),
  layer(
    ['src/domain/**/*.ts'],
    [
      [
        [
          'node:*',
          '**/storage/**',
          '**/services/**',
          '**/importers/**',
          'kysely',
          ...EDGES,
          ...BACKENDS,
        ],
        why.domain,
      ],
    ],
  ),
  layer(['src/storage/**/*.ts'], [[EDGES, why.edges]]),
  layer(
    ['src/services/**/*.ts', 'src/importers/**/*.ts', 'src/reports/**/*.ts'],
    [
      [EDGES_BUT_CONTRACT, why.edges],
      [BACKENDS, why.backend],
    ],
  ),
  contractTypesOnly(['src/services/**/*.ts', 'src/importers/**/*.ts', 'src/reports/**/*.ts']),
  layer(['src/http/**/*.ts', 'src/cli/**/*.ts'], [[BACKENDS, why.backend]]),
  layer(
    ['src/web/**/*.ts'],
    [
      [
        ['**/storage/**', '**/services/**', '**/importers/**', 'node:*', ...EDGES_BUT_CONTRACT],
        why.web,
      ],
    ],
  ),
  contractTypesOnly(['src/web/**/*.ts']),
  // Tests may reach real files, processes and the database directly to check what the code did.
  {
    files: ['**/*.test.ts', 'test/**/*.ts', 'bench/**/*.ts', 'scripts/**/*.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
);
