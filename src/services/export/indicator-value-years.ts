import type { Store } from '../../storage/store.js';

/**
 * The years in which at least one of the indicators has a value (not missing) for a region of the
 * level (every level when left out) in the country (every country when left out), ascending.
 */
export async function indicatorValueYears(
  store: Store,
  query: {
    readonly indicators: readonly string[];
    readonly level?: number | undefined;
    readonly country?: string | undefined;
  },
): Promise<number[]> {
  if (query.indicators.length === 0) return [];
  let q = store.db
    .selectFrom('indicator_values as v')
    .innerJoin('regions as r', 'r.code', 'v.region_code')
    .select('v.year')
    .distinct()
    .where('v.indicator_id', 'in', query.indicators)
    .where('v.value', 'is not', null)
    .orderBy('v.year');
  if (query.level !== undefined) q = q.where('r.level', '=', query.level);
  if (query.country !== undefined) q = q.where('r.country_code', '=', query.country);
  return (await q.execute()).map((y) => Number(y.year));
}
