import type { Kysely } from 'kysely';
import { RegiokrachtError } from '../../domain/errors.js';
import type { RegionName } from '../../http/schemas/common.js';
import type { Database } from '../../storage/schema.js';

/**
 * The region with `code` (any case) and its names; NOT_FOUND otherwise, with `advice` on what to
 * use instead.
 *
 * @example
 * await regionByCode(db, 'nl213', 'a NUTS code such as NL213'); // { code: 'NL213', name_nl: 'Twente', ... }
 */
export async function regionByCode(
  db: Kysely<Database>,
  code: string,
  advice: string,
): Promise<RegionName> {
  const region = await db
    .selectFrom('regions')
    .select(['code', 'name_nl', 'name_en'])
    .where('code', '=', code.trim().toUpperCase())
    .executeTakeFirst();
  if (!region)
    throw new RegiokrachtError('NOT_FOUND', `no region with code ${code}; use ${advice}`);
  return region;
}
