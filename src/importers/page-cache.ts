import { sql, type Kysely } from 'kysely';
import type { Database } from '../storage/schema.js';
import type { Backend } from '../storage/store.js';

/**
 * SQLite's page cache during an import, in KiB (`pragma cache_size = -N`). With the default of
 * 2 MB, a load that writes to several tables and checks its foreign keys in no particular order
 * keeps dropping and reading back the same pages, and spills pages it changed to the journal
 * before the commit. 32 MB loaded the data directory in no less CPU time than 16 MB (the
 * difference was within the noise of a shared machine), and the memory the larger cache took
 * stayed with the process (the allocator does not hand it back) through the figures computed
 * after `init`, its largest step: 20-25 MB more at the peak. It is set back when the import ends.
 */
export const IMPORT_PAGE_CACHE_KIB = 16 * 1024;

/**
 * On SQLite, widens the connection's page cache to {@link IMPORT_PAGE_CACHE_KIB} for an import
 * and returns how to set it back (call it once the transaction has ended). On PostgreSQL nothing
 * changes (the server sizes its own buffers).
 */
export async function widenPageCache(
  db: Kysely<Database>,
  backend: Backend,
): Promise<(db: Kysely<Database>) => Promise<void>> {
  if (backend !== 'sqlite') return () => Promise.resolve();
  const { rows } = await sql<{ cache_size: number }>`pragma cache_size`.execute(db);
  const before = Number(rows[0]?.cache_size ?? -2000);
  // A setting already as large (or larger) is left as it is; a positive setting counts pages.
  const kib = before < 0 ? -before : before * 4;
  if (kib >= IMPORT_PAGE_CACHE_KIB) return () => Promise.resolve();
  await sql.raw(`pragma cache_size = -${IMPORT_PAGE_CACHE_KIB}`).execute(db);
  return async (after) => {
    await sql.raw(`pragma cache_size = ${Math.trunc(before)}`).execute(after);
  };
}
