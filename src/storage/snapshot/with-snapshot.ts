import { withPostgresSnapshot } from '../postgres/postgres-snapshot.js';
import { withSqliteSnapshot } from '../sqlite/sqlite-snapshot.js';
import type { Store } from '../store.js';
import type { DatabaseSnapshot } from './database-snapshot.js';

/**
 * Runs `work` over a consistent snapshot of the store's database (see {@link DatabaseSnapshot}).
 * On SQLite the snapshot is read through a connection of its own to the store's file.
 */
export function withSnapshot<T>(
  store: Store,
  work: (snapshot: DatabaseSnapshot) => Promise<T>,
): Promise<T> {
  return store.backend === 'sqlite'
    ? withSqliteSnapshot(store.location, work)
    : withPostgresSnapshot(store.db, work);
}
