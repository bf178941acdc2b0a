import { CompiledQuery, type Kysely } from 'kysely';
import { tableCatalog } from '../catalog/table-catalog.js';
import type { Database } from '../schema.js';
import {
  orderedSelectSql,
  SNAPSHOT_BATCH,
  type DatabaseSnapshot,
} from '../snapshot/database-snapshot.js';

/**
 * Reads the current schema in one REPEATABLE READ, READ ONLY transaction on one connection of the
 * pool: every table is read as of the transaction's first statement, while other connections go
 * on writing. Rows come through a cursor, a batch at a time.
 */
export async function withPostgresSnapshot<T>(
  db: Kysely<Database>,
  work: (snapshot: DatabaseSnapshot) => Promise<T>,
): Promise<T> {
  return db.connection().execute(async (conn) => {
    const query = async (text: string, params: readonly unknown[] = []) =>
      (await conn.executeQuery<Record<string, unknown>>(CompiledQuery.raw(text, [...params]))).rows;
    await query('begin isolation level repeatable read, read only');
    try {
      const tables = await tableCatalog('postgres', query);
      const result = await work({
        backend: 'postgres',
        tables,
        count: async (table) =>
          Number((await query(`select count(*) as n from "${table.name}"`))[0]?.n ?? 0),
        async *rows(table) {
          await query(`declare regiokracht_backup no scroll cursor for ${orderedSelectSql(table)}`);
          try {
            for (;;) {
              const rows = await query(`fetch forward ${SNAPSHOT_BATCH} from regiokracht_backup`);
              if (rows.length === 0) break;
              yield rows.map((row) => table.columns.map((c) => plainValue(row[c])));
            }
          } finally {
            await query('close regiokracht_backup');
          }
        },
      });
      await query('commit');
      return result;
    } catch (error) {
      await query('rollback').catch(() => undefined);
      throw error;
    }
  });
}

/** Dates (timestamp columns) as ISO text; everything else as the driver gives it. */
function plainValue(value: unknown): unknown {
  return value instanceof Date ? value.toISOString() : value;
}
