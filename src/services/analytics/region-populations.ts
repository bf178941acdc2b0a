import type { Store } from '../../storage/store.js';

/** Eurostat's population on 1 January (demo_r_pjangrp3, all ages and sexes), NUTS 0 to 3. */
export const POPULATION_INDICATOR = 'demo_r_pjangrp3_T_NR_TOTAL';

/** The latest population held of each of `regions`, with its year; regions without one are absent. */
export async function regionPopulations(
  store: Store,
  regions: readonly string[],
): Promise<Map<string, { value: number; year: number }>> {
  if (regions.length === 0) return new Map();
  const rows = await store.db
    .selectFrom('indicator_values')
    .select(['region_code', 'year', 'value'])
    .where('indicator_id', '=', POPULATION_INDICATOR)
    .where('region_code', 'in', [...regions])
    .where('value', 'is not', null)
    .execute();
  const out = new Map<string, { value: number; year: number }>();
  for (const r of rows) {
    const year = Number(r.year);
    const held = out.get(r.region_code);
    if (r.value !== null && (!held || year > held.year))
      out.set(r.region_code, { value: Number(r.value), year });
  }
  return out;
}
