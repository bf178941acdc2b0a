import type { Kysely } from 'kysely';
import type { Database } from '../../storage/schema.js';
import { invalid } from '../visits/field-check.js';

/** Checks a list of NUTS codes: every one must be a region in the database. Upper case, no repeats. */
export async function regionCodes(
  db: Kysely<Database>,
  value: unknown,
  field: string,
): Promise<string[]> {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value) || value.some((v) => typeof v !== 'string'))
    throw invalid(field, 'must be a list of NUTS codes such as NL213');
  const codes = [...new Set((value as string[]).map((v) => v.trim().toUpperCase()))];
  const known = codes.length
    ? await db.selectFrom('regions').select('code').where('code', 'in', codes).execute()
    : [];
  const unknown = codes.filter((c) => !known.some((k) => k.code === c));
  if (unknown.length)
    throw invalid(field, `no region with code ${unknown.join(', ')}; use NUTS codes such as NL213`);
  return codes;
}

/** Checks a list of CBS municipality codes (GM0153): every one must be in the database. */
export async function municipalityCodes(
  db: Kysely<Database>,
  value: unknown,
  field: string,
): Promise<string[]> {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value) || value.some((v) => typeof v !== 'string'))
    throw invalid(field, 'must be a list of municipality codes such as GM0153');
  const codes = [...new Set((value as string[]).map((v) => v.trim().toUpperCase()))];
  const known = codes.length
    ? await db.selectFrom('municipalities').select('code').where('code', 'in', codes).execute()
    : [];
  const unknown = codes.filter((c) => !known.some((k) => k.code === c));
  if (unknown.length)
    throw invalid(
      field,
      `no municipality with code ${unknown.join(', ')}; use CBS codes such as GM0153 (Enschede)`,
    );
  return codes;
}
