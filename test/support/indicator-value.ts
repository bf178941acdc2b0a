import type { Store } from '../../src/storage/store.js';

/** The value and flags stored for an indicator, region and year; undefined when none is. */
export function indicatorValue(store: Store, indicator: string, region: string, year: number) {
  return store.db
    .selectFrom('indicator_values')
    .select(['value', 'flags'])
    .where('indicator_id', '=', indicator)
    .where('region_code', '=', region)
    .where('year', '=', year)
    .executeTakeFirst();
}
