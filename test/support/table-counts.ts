import { sql } from 'kysely';
import type { Store } from '../../src/storage/store.js';

/** Row count of one table. */
export async function tableCount(store: Store, table: string): Promise<number> {
  const result = await sql<{ n: number }>`select count(*) as n from ${sql.table(table)}`.execute(
    store.db,
  );
  return Number(result.rows[0]?.n ?? 0);
}

/** Row count of every table: a fingerprint to show that a failed operation changed nothing. */
export async function tableCounts(store: Store): Promise<Record<string, number>> {
  const tables = (await store.db.introspection.getTables()).map((t) => t.name).sort();
  const counts: Record<string, number> = {};
  for (const table of tables) counts[table] = await tableCount(store, table);
  return counts;
}
