import { setImmediate as nextTurn } from 'node:timers/promises';
import { sql, type Expression, type SqlBool } from 'kysely';
import type { Store } from '../../storage/store.js';

/** Rows of a table one SQLite statement of an export reads at most (a few milliseconds). */
export const ROWID_SLICE = 2_000;

/**
 * Runs `read` over the whole of `table` and returns its rows, all together.
 *
 * On SQLite a statement runs on the server's own thread to its end: one statement over a large
 * table (a distinct scan of every participation, a lookup per project) holds up every other
 * request for as long as it runs. There `read` is called once per range of `slice` rowids, given
 * the condition that limits it to that range, with a turn of the event loop between two ranges.
 * On PostgreSQL the statement runs in the database server while Node answers other requests, so
 * `read` is called once, with no condition.
 *
 * @example
 * const ids = await inRowidSlices(store, 'participations', 'p', (range) =>
 *   store.db.selectFrom('participations as p').select('p.import_id')
 *     .$if(range !== undefined, (q) => q.where(range!)).distinct().execute());
 */
export async function inRowidSlices<R>(
  store: Store,
  table: 'participations' | 'projects' | 'actors',
  alias: string,
  read: (range: Expression<SqlBool> | undefined) => Promise<readonly R[]>,
  slice: number = ROWID_SLICE,
): Promise<R[]> {
  if (store.backend !== 'sqlite') return [...(await read(undefined))];
  const { rows } = await sql<{
    low: number | null;
    high: number | null;
  }>`select min(rowid) as low, max(rowid) as high from ${sql.table(table)}`.execute(store.db);
  const low = rows[0]?.low ?? null;
  const high = rows[0]?.high ?? null;
  if (low === null || high === null) return [];
  const rowid = sql.ref(`${alias}.rowid`);
  const found: R[] = [];
  for (let from = low; from <= high; from += slice) {
    if (from > low) await nextTurn();
    found.push(...(await read(sql<SqlBool>`${rowid} >= ${from} and ${rowid} < ${from + slice}`)));
  }
  return found;
}
