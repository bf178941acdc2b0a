import type { Store } from '../../storage/store.js';
import type { RegionInfo } from './analytics-data.js';

/**
 * The small tables every method checks its arguments against (regions, key areas), read once per
 * fingerprint: enough to answer from stored figures without reading the analytics inputs.
 */
export interface AnalyticsCatalogue {
  readonly fingerprint: string;
  readonly regions: ReadonlyMap<string, RegionInfo>;
  readonly keyAreas: readonly { readonly id: string; readonly taxonomy_id: string }[];
}

/** Reads the regions and the key areas (in taxonomy order) under `fingerprint`. */
export async function readAnalyticsCatalogue(
  store: Store,
  fingerprint: string,
): Promise<AnalyticsCatalogue> {
  const [regions, keyAreas] = await Promise.all([
    store.db
      .selectFrom('regions')
      .select(['code', 'kind', 'level', 'name_nl', 'name_en', 'country_code', 'parent_code'])
      .execute(),
    store.db
      .selectFrom('key_areas')
      .select(['id', 'taxonomy_id'])
      .orderBy('taxonomy_id')
      .orderBy('position')
      .execute(),
  ]);
  return { fingerprint, regions: new Map(regions.map((r) => [r.code, r])), keyAreas };
}
