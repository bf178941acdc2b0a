import type { DatabaseSnapshot } from '../../storage/snapshot/database-snapshot.js';
import {
  DERIVED_TABLES,
  type BackupBatch,
  type BackupSource,
  type BackupTable,
} from './backup-source.js';
import { rowsInSelfKeyOrder, tablesInKeyOrder } from './table-order.js';

/**
 * A consistent snapshot of a database as a {@link BackupSource}: every table the database lists
 * except the derived ones ({@link DERIVED_TABLES}), in foreign-key order, with the rows counted in the same snapshot. A table that refers to itself
 * is read whole and reordered (see {@link rowsInSelfKeyOrder}); the others are streamed.
 */
export async function snapshotBackupSource(
  snapshot: DatabaseSnapshot,
  origin: string,
): Promise<BackupSource> {
  const ordered = tablesInKeyOrder(snapshot.tables).filter((t) => !DERIVED_TABLES.has(t.name));
  const tables: BackupTable[] = [];
  for (const table of ordered) {
    tables.push({ name: table.name, columns: table.columns, rows: await snapshot.count(table) });
  }
  const migrations: string[] = [];
  const migrationTable = ordered.find((t) => t.name === 'kysely_migration');
  if (migrationTable) {
    const column = migrationTable.columns.indexOf('name');
    for await (const batch of snapshot.rows(migrationTable)) {
      for (const row of batch) migrations.push(String(row[column]));
    }
  }
  return {
    origin,
    migrations: migrations.sort(),
    tables,
    async *batches(): AsyncGenerator<BackupBatch> {
      for (const table of ordered) {
        const selfReferring = table.foreignKeys.some((k) => k.refTable === table.name);
        if (!selfReferring) {
          for await (const rows of snapshot.rows(table)) yield { table: table.name, rows };
          continue;
        }
        const all: (readonly unknown[])[] = [];
        for await (const rows of snapshot.rows(table)) all.push(...rows);
        yield { table: table.name, rows: rowsInSelfKeyOrder(table, all) };
      }
    },
  };
}
