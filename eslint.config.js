// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/** Layer rules: dependencies point one way, core <- domain <- services <- (http, cli, reports). */
const layer = (files, patterns, why) => ({
  files,
  rules: {
    'no-restricted-imports': [
      'error',
      { patterns: patterns.map((group) => ({ group, message: why })) },
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
      'node:*',
      'fs',
      'path',
      '**/storage/**',
      '**/services/**',
      '**/http/**',
      '**/cli/**',
      '**/importers/**',
      '**/config*',
      'kysely',
      'better-sqlite3',
      'pg',
    ],
    'src/core is pure analytics: no I/O, no database, no clock, no environment. Pass data in.',
  ),
  layer(
    ['src/domain/**/*.ts'],
    [
      'node:*',
      '**/storage/**',
      '**/services/**',
      '**/http/**',
      '**/cli/**',
      '**/importers/**',
      'kysely',
      'better-sqlite3',
      'pg',
    ],
    'src/domain holds types, schemas and errors only; it must not reach storage or the outer layers.',
  ),
  layer(
    ['src/storage/**/*.ts', 'src/services/**/*.ts', 'src/importers/**/*.ts', 'src/reports/**/*.ts'],
    ['**/http/**', '**/cli/**', '**/main', '**/main.js'],
    'Inner layers must not import the HTTP or CLI edges; pass what they need in.',
  ),
  layer(
    [
      'src/services/**/*.ts',
      'src/http/**/*.ts',
      'src/cli/**/*.ts',
      'src/importers/**/*.ts',
      'src/reports/**/*.ts',
    ],
    ['**/storage/sqlite/**', '**/storage/postgres/**', 'better-sqlite3', 'pg'],
    'Only src/main.ts and src/storage know which database is in use; go through the Store interface.',
  ),
  layer(
    ['src/web/**/*.ts'],
    ['**/storage/**', '**/services/**', '**/http/**', '**/cli/**', '**/importers/**', 'node:*'],
    'The web application reaches the server over HTTP alone.',
  ),
);
