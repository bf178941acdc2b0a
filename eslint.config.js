// @ts-check
import js from '@eslint/js';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import tseslint from 'typescript-eslint';

/**
 * One way down. The folders of src/ in layers, lowest first; a folder may import the folders
 * below it and never one above it, and no two files may import each other, directly or round
 * a longer loop (import-x/no-cycle):
 *
 *   core <- domain <- storage <- importers <- services <- reports <- app <- (http, cli) <- main.ts
 *
 * web stands apart: it reaches the server over HTTP and imports only src/domain.
 * README.md ("Architecture") draws the same picture. Each folder gets one list of forbidden
 * imports, each with the reason.
 */
const EDGES = ['**/http/**', '**/cli/**', '**/main', '**/main.js'];
const BACKENDS = ['**/storage/sqlite/**', '**/storage/postgres/**', 'better-sqlite3', 'pg'];
const APP = ['**/app/**'];
const why = {
  core: 'src/core is pure analytics: no I/O, no database, no clock, no environment. Pass data in.',
  domain:
    'src/domain holds types, schemas, reference tables and pure rules; it must not reach storage or the outer layers.',
  storage:
    'src/storage sits below the importers, services, reports and app layer; pass what it needs in.',
  importers:
    'src/importers sit below the services: an importer writes through storage and must not call a service, report or the app layer.',
  services:
    'src/services sit below the reports and the app layer: a service returns data, the layers above render or wire it.',
  reports:
    'src/reports read through the services: no importer, no app layer; the HTTP and CLI edges call the reports.',
  app: 'src/app wires the layers below it for the CLI and the server; it must not import them.',
  edges: 'Inner layers must not import the HTTP or CLI edges; pass what they need in.',
  backend:
    'Only src/main.ts and src/storage know which database is in use; go through the Store interface.',
  web: "The web application reaches the server over HTTP alone; it may import src/domain and the API contract's types only.",
  sideways: 'The HTTP and CLI edges are peers: share code through src/app or a layer below.',
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
const TS = ['**/*.ts'];

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
  // Type-aware rules: a promise is awaited, returned or voided on purpose, never dropped.
  {
    files: TS,
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
    },
  },
  // No import cycle between the files of src/ (they import each other as `./x.js`). Tests, bench
  // and scripts sit outside: nothing in src/ imports them, so they cannot close a cycle in it.
  {
    files: ['src/**/*.ts'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/extensions': ['.ts', '.js'],
      'import-x/external-module-folders': ['node_modules', 'node_modules/@types'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts'] },
      'import-x/resolver-next': [createNodeResolver({ extensionAlias: { '.js': ['.ts', '.js'] } })],
    },
    rules: { 'import-x/no-cycle': ['error', { ignoreExternal: true }] },
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
          ...APP,
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
          '**/reports/**',
          'kysely',
          ...APP,
          ...EDGES,
          ...BACKENDS,
        ],
        why.domain,
      ],
    ],
  ),
  layer(
    ['src/storage/**/*.ts'],
    [
      [['**/importers/**', '**/services/**', '**/reports/**', ...APP], why.storage],
      [EDGES, why.edges],
    ],
  ),
  layer(
    ['src/importers/**/*.ts'],
    [
      [['**/services/**', '**/reports/**', ...APP], why.importers],
      [EDGES_BUT_CONTRACT, why.edges],
      [BACKENDS, why.backend],
    ],
  ),
  layer(
    ['src/services/**/*.ts'],
    [
      [['**/reports/**', ...APP], why.services],
      [EDGES_BUT_CONTRACT, why.edges],
      [BACKENDS, why.backend],
    ],
  ),
  layer(
    ['src/reports/**/*.ts'],
    [
      [['**/importers/**', ...APP], why.reports],
      [EDGES_BUT_CONTRACT, why.edges],
      [BACKENDS, why.backend],
    ],
  ),
  layer(
    ['src/app/**/*.ts'],
    [
      [EDGES, why.app],
      [BACKENDS, why.backend],
    ],
  ),
  layer(
    ['src/http/**/*.ts'],
    [
      [['**/cli/**'], why.sideways],
      [BACKENDS, why.backend],
    ],
  ),
  layer(
    ['src/cli/**/*.ts'],
    [
      [['**/http/**'], why.sideways],
      [BACKENDS, why.backend],
    ],
  ),
  layer(
    ['src/web/**/*.ts'],
    [
      [
        [
          '**/core/**',
          '**/storage/**',
          '**/services/**',
          '**/importers/**',
          '**/reports/**',
          'node:*',
          ...EDGES_BUT_CONTRACT,
        ],
        why.web,
      ],
    ],
  ),
  contractTypesOnly([
    'src/services/**/*.ts',
    'src/importers/**/*.ts',
    'src/reports/**/*.ts',
    'src/web/**/*.ts',
  ]),
  // Tests may reach real files, processes and the database directly to check what the code did.
  {
    files: ['**/*.test.ts', 'test/**/*.ts', 'bench/**/*.ts', 'scripts/**/*.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
);
