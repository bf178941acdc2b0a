import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../../storage/schema.js';
import type { VersionedTable } from '../shared/versioned-write.js';

/**
 * A new identifier: a prefix and eight random hex digits, short enough to type on the command line.
 *
 * @example
 * newRecordId('commitment'); // 'commitment-3f9a0c1e'
 */
export function newRecordId(prefix: string): string {
  return `${prefix}-${randomBytes(4).toString('hex')}`;
}

/**
 * A readable identifier from words: lower case, ASCII letters and digits joined by hyphens, at
 * most `max` characters.
 *
 * @example
 * slugId('visit', 'NL213 2027-02-08'); // 'visit-nl213-2027-02-08'
 */
export function slugId(prefix: string, words: string, max = 60): string {
  const slug = words
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return `${prefix}-${slug}`.slice(0, max).replace(/-+$/, '');
}

/** `base`, or `base-2`, `base-3`, ... : the first that `taken` says is free. */
export async function unusedId(
  base: string,
  taken: (id: string) => Promise<boolean>,
): Promise<string> {
  if (!(await taken(base))) return base;
  for (let n = 2; ; n++) {
    const id = `${base}-${n}`;
    if (!(await taken(id))) return id;
  }
}

/**
 * `base`, or `base-2`, `base-3`, ... : the first that no row of `table` has as its id.
 *
 * @example
 * await unusedRowId(db, 'visits', 'visit-nl213-2027-02-08'); // 'visit-nl213-2027-02-08-2' when taken
 */
export function unusedRowId(
  db: Kysely<Database>,
  table: VersionedTable,
  base: string,
): Promise<string> {
  return unusedId(base, async (id) =>
    Boolean(await db.selectFrom(table).select('id').where('id', '=', id).executeTakeFirst()),
  );
}
