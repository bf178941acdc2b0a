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
 * Drops the secondary indexes of `table` (those that are neither its primary key nor unique, so
 * that every constraint still holds during the load) and returns how to build them again from
 * their own definitions. Meant to run inside a transaction: on both backends the drop and the
 * rebuild are part of it, so a rolled-back load leaves the indexes as they were. Loading many
 * rows into an empty table and building its indexes once afterwards is markedly faster than
 * growing them row by row.
 */
export async function suspendSecondaryIndexes(
  db: Kysely<Database>,
  backend: Backend,
  table: TableName,
): Promise<SuspendedIndexes> {
  const indexes =
    backend === 'sqlite'
      ? (
          await sql<{ name: string; definition: string }>`select name, sql as definition
            from sqlite_master
            where type = 'index' and tbl_name = ${table} and sql is not null
              and lower(sql) not like 'create unique%'
            order by name`.execute(db)
        ).rows
      : (
          await sql<{ name: string; definition: string }>`select i.relname as name,
              pg_get_indexdef(i.oid) as definition
            from pg_index x
            join pg_class i on i.oid = x.indexrelid
            join pg_class t on t.oid = x.indrelid
            join pg_namespace n on n.oid = t.relnamespace
            where t.relname = ${table} and n.nspname = current_schema()
              and not x.indisunique and not x.indisprimary
            order by i.relname`.execute(db)
        ).rows;
  for (const index of indexes) await sql`drop index ${sql.id(index.name)}`.execute(db);
  return {
    names: indexes.map((i) => i.name),
    async restore() {
      for (const index of indexes) await sql.raw(index.definition).execute(db);
    },
  };
}
