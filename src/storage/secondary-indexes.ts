import { sql, type Kysely } from 'kysely';
import type { Database } from './schema.js';
import type { Backend, TableName } from './store.js';

/** A table's secondary indexes, dropped for a bulk load; `restore` builds them again. */
export interface SuspendedIndexes {
  /** The names of the indexes dropped. */
  readonly names: readonly string[];
  restore(): Promise<void>;
}

/**
 * On SQLite, drops the secondary indexes of `table` (those that are neither its primary key nor
 * unique, so that every constraint still holds during the load) and returns how to build them
 * again from their own definitions. Meant to run inside a transaction: the drop and the rebuild
 * are part of it, so a rolled-back load leaves the indexes as they were, and readers (WAL) keep
 * seeing the table as it was, indexes included, until the commit. Loading many rows into an empty
 * table and building its indexes once afterwards is markedly faster than growing them row by row.
 *
 * On PostgreSQL nothing is dropped: DROP INDEX would lock the table against every reader until
 * the import commits.
 */
export async function suspendSecondaryIndexes(
  db: Kysely<Database>,
  backend: Backend,
  table: TableName,
): Promise<SuspendedIndexes> {
  if (backend !== 'sqlite') return { names: [], restore: () => Promise.resolve() };
  const { rows: indexes } = await sql<{ name: string; definition: string }>`select name,
      sql as definition
    from sqlite_master
    where type = 'index' and tbl_name = ${table} and sql is not null
      and lower(sql) not like 'create unique%'
    order by name`.execute(db);
  for (const index of indexes) await sql`drop index ${sql.id(index.name)}`.execute(db);
  return {
    names: indexes.map((i) => i.name),
    async restore() {
      for (const index of indexes) await sql.raw(index.definition).execute(db);
    },
  };
}
