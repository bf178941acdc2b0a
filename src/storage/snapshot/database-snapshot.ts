import type { TableInfo } from '../catalog/table-catalog.js';
import type { Backend } from '../store.js';

/** Rows read per batch from a snapshot. */
export const SNAPSHOT_BATCH = 1000;

/**
 * A read-only view of a whole database as of one moment: every read through it sees the same
 * committed state, whatever other connections write meanwhile (SQLite: one read transaction;
 * PostgreSQL: one REPEATABLE READ, READ ONLY transaction).
 */
export interface DatabaseSnapshot {
  readonly backend: Backend;
  /** Every ordinary table, from the database's own catalogue. */
  readonly tables: readonly TableInfo[];
  /** Rows in the table. */
  count(table: TableInfo): Promise<number>;
  /** The table's rows in primary-key order, in batches; values in `table.columns` order. */
  rows(table: TableInfo): AsyncIterable<readonly (readonly unknown[])[]>;
}

/** `select <columns> from <table> order by <primary key>`, quoted for both backends. */
export function orderedSelectSql(table: TableInfo): string {
  const q = (name: string) => `"${name.replaceAll('"', '""')}"`;
  const order = table.primaryKey.length > 0 ? table.primaryKey : table.columns;
  return `select ${table.columns.map(q).join(', ')} from ${q(table.name)} order by ${order.map(q).join(', ')}`;
}
