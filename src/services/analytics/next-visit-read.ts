import type { Store } from '../../storage/store.js';

/** The visits that are not cancelled: the region and the day of each. */
export function readHeldVisits(store: Store): Promise<{ region_code: string; date: string }[]> {
  return store.db
    .selectFrom('visits')
    .select(['region_code', 'date'])
    .where('status', '!=', 'cancelled')
    .execute();
}

/** The key areas of each region's spearheads (clusters), by region code. */
export async function readSpearheadKeyAreas(store: Store): Promise<Map<string, string[]>> {
  const rows = await store.db
    .selectFrom('cluster_key_areas as c')
    .innerJoin('clusters as cl', 'cl.id', 'c.cluster_id')
    .select(['cl.region_code', 'c.key_area_id'])
    .execute();
  const byRegion = new Map<string, string[]>();
  for (const c of rows)
    byRegion.set(c.region_code, [...(byRegion.get(c.region_code) ?? []), c.key_area_id]);
  return byRegion;
}
