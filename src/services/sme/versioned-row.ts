import type { Kysely } from 'kysely';
import type { Database } from '../../storage/schema.js';
import { VersionConflictError } from '../../domain/version-conflict-error.js';

/**
 * Writes `set` to one row of `contact_points` or `funds` and raises its version, unless someone
 * else raised it first: then a CONFLICT carrying the record as `reread` gives it.
 */
export async function bumpVersion<T extends { readonly version: number }>(
  db: Kysely<Database>,
  table: 'contact_points' | 'funds',
  what: string,
  id: string,
  version: number,
  set: Record<string, string | number | null>,
  reread: (db: Kysely<Database>, id: string) => Promise<T | null>,
): Promise<void> {
  const result = await db
    .updateTable(table)
    .set({ ...set, version: version + 1 })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) !== 1)
    throw new VersionConflictError(what, id, version, (await reread(db, id))!);
}
