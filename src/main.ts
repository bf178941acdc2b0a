import { migrateToLatest } from './storage/migrate.js';
import { openSqliteStore } from './storage/sqlite/sqlite-store.js';
import type { Store } from './storage/store.js';

export interface StoreChoice {
  /** PostgreSQL connection string; wins over dbPath when set. */
  readonly databaseUrl?: string | undefined;
  /** SQLite file. */
  readonly dbPath: string;
  /** PostgreSQL schema (tests use a fresh one). */
  readonly schema?: string;
  /** What this process is doing, named to writers that wait for its SQLite write lock. */
  readonly job?: string | undefined;
}

/** The one place that picks SQLite or PostgreSQL. Opens the store and brings its schema up to date. */
export async function openStore(choice: StoreChoice): Promise<Store> {
  const store = choice.databaseUrl
    ? // Loaded only for PostgreSQL: most runs use the embedded SQLite file.
      await (
        await import('./storage/postgres/postgres-store.js')
      ).openPostgresStore(choice.databaseUrl, choice.schema ? { schema: choice.schema } : {})
    : openSqliteStore(choice.dbPath, { job: choice.job });
  try {
    await migrateToLatest(
      store.db,
      store.backend === 'postgres' ? (choice.schema ?? 'public') : undefined,
    );
  } catch (error) {
    await store.close();
    throw error;
  }
  return store;
}
