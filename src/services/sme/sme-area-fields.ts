import { sql, type Kysely } from 'kysely';
import type { Database } from '../../storage/schema.js';
import { invalid } from '../visits/field-check.js';

/** Checks a list of NUTS codes: every one must be a region in the database. Upper case, no repeats. */
export async function regionCodes(
  db: Kysely<Database>,
  value: unknown,
  field: string,
): Promise<string[]> {
  const given = textList(value, field, 'must be a list of NUTS codes such as NL213');
  const codes = [...new Set(given.map((v) => v.trim().toUpperCase()))];
  const known = codes.length
    ? await db.selectFrom('regions').select('code').where('code', 'in', codes).execute()
    : [];
  const unknown = codes.filter((c) => !known.some((k) => k.code === c));
  if (unknown.length)
    throw invalid(field, `no region with code ${unknown.join(', ')}; use NUTS codes such as NL213`);
  return codes;
}

/**
 * Checks a list of municipalities, each a CBS code (GM0153) or a name (Enschede, any case): every
 * one must be in the database. Returns the codes, without repeats.
 */
export async function municipalityCodes(
  db: Kysely<Database>,
  value: unknown,
  field: string,
): Promise<string[]> {
  const given = textList(
    value,
    field,
    'must be a list of municipalities: CBS codes such as GM0153 or names',
  );
  const asked = [...new Set(given.map((v) => v.trim()).filter((v) => v !== ''))];
  if (asked.length === 0) return [];
  const rows = await db
    .selectFrom('municipalities')
    .select(['code', 'name'])
    .where((eb) =>
      eb.or([
        eb(
          'code',
          'in',
          asked.map((a) => a.toUpperCase()),
        ),
        eb(
          sql`lower(name)`,
          'in',
          asked.map((a) => a.toLowerCase()),
        ),
      ]),
    )
    .execute();
  const codes: string[] = [];
  const unknown: string[] = [];
  for (const a of asked) {
    const row =
      rows.find((r) => r.code === a.toUpperCase()) ??
      rows.find((r) => r.name.toLowerCase() === a.toLowerCase());
    if (row) {
      if (!codes.includes(row.code)) codes.push(row.code);
    } else unknown.push(a);
  }
  if (unknown.length)
    throw invalid(
      field,
      `no municipality ${unknown.join(', ')}; use a name such as Enschede or a CBS code such as GM0153`,
    );
  return codes;
}

/** A list of texts as given, empty when absent; INVALID_INPUT saying what `field` must be otherwise. */
function textList(value: unknown, field: string, mustBe: string): string[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value) || value.some((v) => typeof v !== 'string'))
    throw invalid(field, mustBe);
  return value as string[];
}
