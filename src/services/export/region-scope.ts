import { sql, type RawBuilder } from 'kysely';
import { RegiokrachtError } from '../../domain/errors.js';
import type { Store } from '../../storage/store.js';

/** A region that an export is narrowed to, checked to exist. */
export interface RegionScope {
  readonly code: string;
  readonly level: number;
}

/** The region with `code` (any case), or NOT_FOUND naming what to use instead. */
export async function regionScope(store: Store, code: string): Promise<RegionScope> {
  const canonical = code.trim().toUpperCase();
  const region = await store.db
    .selectFrom('regions')
    .select(['code', 'level'])
    .where('code', '=', canonical)
    .executeTakeFirst();
  if (!region) {
    throw new RegiokrachtError(
      'NOT_FOUND',
      `no region with code ${code}; use a NUTS code such as NL213 or a country code such as NL`,
    );
  }
  return { code: region.code, level: Number(region.level) };
}

/** The country with `code` (any case) when some region lies in it, else NOT_FOUND. */
export async function countryScope(store: Store, code: string): Promise<string> {
  const canonical = code.trim().toUpperCase();
  const found = await store.db
    .selectFrom('regions')
    .select('code')
    .where('country_code', '=', canonical)
    .limit(1)
    .executeTakeFirst();
  if (!found) {
    throw new RegiokrachtError(
      'NOT_FOUND',
      `no regions in country ${code}; use a code such as NL, DE or EL`,
    );
  }
  return canonical;
}

/**
 * The condition "the region in `column` is the scope or lies below it": NUTS codes nest by prefix
 * (NL2 > NL21 > NL213), so it compares the code's first characters. A plain substring, not LIKE,
 * since `_` in codes such as EU27_2020 is a LIKE wildcard.
 */
export function regionWithin(column: string, scope: RegionScope): RawBuilder<boolean> {
  return sql<boolean>`substr(${sql.ref(column)}, 1, ${sql.lit(scope.code.length)}) = ${scope.code}`;
}
