import { randomBytes } from 'node:crypto';
import { openStore } from '../../src/main.js';
import type { Store } from '../../src/storage/store.js';

/** The backend the database tests run on: SQLite unless REGIOKRACHT_TEST_BACKEND=postgres. */
export const testBackend =
  process.env.REGIOKRACHT_TEST_BACKEND === 'postgres' ? 'postgres' : 'sqlite';

export const testDatabaseUrl =
  process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

/** The shared data directory the tests read real data from. */
export const sharedDataDir =
  process.env.REGIOKRACHT_DATA_DIR ?? new URL('../../../shared/data', import.meta.url).pathname;

/**
 * A fresh, migrated, empty store on the test backend: an in-memory SQLite database, or a new
 * PostgreSQL schema that is dropped again on close.
 */
export function openTestStore(): Promise<Store> {
  if (testBackend === 'postgres') {
    return openStore({
      dbPath: '',
      databaseUrl: testDatabaseUrl,
      schema: `test_${randomBytes(6).toString('hex')}`,
    });
  }
  return openStore({ dbPath: ':memory:' });
}
