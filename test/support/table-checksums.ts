import { createHash } from 'node:crypto';
import { sql } from 'kysely';
import type { Store } from '../../src/storage/store.js';

/**
 * A SHA-256 of every table's rows (each row as JSON, sorted), per table: a fingerprint that shows
 * a refused operation changed no value, not only no count. Meant for small test databases.
 */
export async function tableChecksums(store: Store): Promise<Record<string, string>> {
  const tables = (await store.db.introspection.getTables()).map((t) => t.name).sort();
  const sums: Record<string, string> = {};
  for (const table of tables) {
    const result = await sql<Record<string, unknown>>`select * from ${sql.table(table)}`.execute(
      store.db,
    );
    const rows = result.rows
      .map((r) => JSON.stringify(r, (_, v: unknown) => (typeof v === 'bigint' ? String(v) : v)))
      .sort();
    sums[table] =
      `${rows.length}:${createHash('sha256').update(rows.join('\n')).digest('hex').slice(0, 16)}`;
  }
  return sums;
}
