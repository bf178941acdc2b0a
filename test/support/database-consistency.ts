import { CompiledQuery, sql } from 'kysely';
import { tableCatalog } from '../../src/storage/catalog/table-catalog.js';
import type { Store } from '../../src/storage/store.js';

/**
 * What is wrong with a database, as lines; none when it is consistent. SQLite: the lines of
 * `PRAGMA integrity_check` other than "ok" and every `PRAGMA foreign_key_check` violation.
 * PostgreSQL (which cannot hold a broken key): for every foreign key, the rows whose reference
 * finds no row, counted, so that a restore that bypassed the keys would show.
 */
export async function databaseProblems(store: Store): Promise<string[]> {
  const problems: string[] = [];
  if (store.backend === 'sqlite') {
    const integrity = await sql<{ integrity_check: string }>`pragma integrity_check`.execute(
      store.db,
    );
    problems.push(...integrity.rows.map((r) => r.integrity_check).filter((line) => line !== 'ok'));
    const keys = await sql<{ table: string; parent: string }>`pragma foreign_key_check`.execute(
      store.db,
    );
    problems.push(...keys.rows.map((r) => `${r.table} -> ${r.parent}: broken reference`));
    return problems;
  }
  const query = async (text: string, params: readonly unknown[] = []) =>
    (await store.db.executeQuery<Record<string, unknown>>(CompiledQuery.raw(text, [...params])))
      .rows;
  for (const table of await tableCatalog('postgres', query)) {
    for (const key of table.foreignKeys) {
      const on = key.columns.map((c, i) => `p."${key.refColumns[i]}" = c."${c}"`).join(' and ');
      const present = key.columns.map((c) => `c."${c}" is not null`).join(' and ');
      const rows = await query(
        `select count(*) as n from "${table.name}" c where ${present} and not exists (select 1 from "${key.refTable}" p where ${on})`,
      );
      const n = Number(rows[0]?.n ?? 0);
      if (n > 0) problems.push(`${table.name} -> ${key.refTable}: ${n} broken references`);
    }
  }
  return problems;
}
