import type { Kysely } from 'kysely';
import type { Database } from '../../storage/schema.js';
import { invalid } from './field-check.js';

/** A region code that exists, in its canonical (upper-case) form; INVALID_INPUT naming `field` otherwise. */
export async function regionField(
  db: Kysely<Database>,
  value: unknown,
  field: string,
): Promise<string> {
  if (typeof value !== 'string' || value.trim() === '')
    throw invalid(field, 'is required: a NUTS code such as NL213');
  const code = value.trim().toUpperCase();
  const found = await db
    .selectFrom('regions')
    .select('code')
    .where('code', '=', code)
    .executeTakeFirst();
  if (!found) throw invalid(field, `no region with code ${value}; use a NUTS code such as NL213`);
  return code;
}
