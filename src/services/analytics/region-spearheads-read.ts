import type { Store } from '../../storage/store.js';
import type { FundRow, SpearheadRow } from './region-clusters.js';

/** A region's spearheads (its clusters) with the key areas each is weighted in, by id. */
export async function readRegionSpearheads(store: Store, region: string): Promise<SpearheadRow[]> {
  const clusters = await store.db
    .selectFrom('clusters')
    .select(['id', 'name_nl', 'name_en', 'description', 'source_id'])
    .where('region_code', '=', region)
    .orderBy('id')
    .execute();
  const weights = clusters.length
    ? await store.db
        .selectFrom('cluster_key_areas')
        .select(['cluster_id', 'key_area_id', 'weight'])
        .where(
          'cluster_id',
          'in',
          clusters.map((c) => c.id),
        )
        .execute()
    : [];
  return clusters.map((c) => ({
    ...c,
    key_areas: weights
      .filter((w) => w.cluster_id === c.id)
      .map((w) => ({ key_area: w.key_area_id, weight: w.weight })),
  }));
}

/** The published investment funds of a region and of the regions above it, by id. */
export function readRegionFunds(store: Store, region: string): Promise<FundRow[]> {
  return store.db
    .selectFrom('funds')
    .select([
      'id',
      'name',
      'size_eur',
      'instruments',
      'target_sectors',
      'manager',
      'url',
      'source_id',
    ])
    .where('status', '=', 'published')
    .where('region_code', 'in', [
      region,
      ...(region.length > 2 ? [region.slice(0, 4), region.slice(0, 3)] : []),
    ])
    .orderBy('id')
    .execute();
}
