import { RegiokrachtError } from '../../domain/errors.js';
import type { Store } from '../../storage/store.js';
import type { RegionDetail, RegionSummary } from '../../http/schemas/regions.js';
import { regionClusterKeyAreas } from '../clusters/cluster-records.js';

const SUMMARY_COLUMNS = [
  'code',
  'kind',
  'level',
  'name_nl',
  'name_en',
  'country_code',
  'parent_code',
] as const;

/** Regions, filtered by level and country, ordered by code. */
export async function listRegions(
  store: Store,
  filter: { level?: number; country?: string },
): Promise<RegionSummary[]> {
  let query = store.db.selectFrom('regions').select(SUMMARY_COLUMNS).orderBy('code');
  if (filter.level !== undefined) query = query.where('level', '=', filter.level);
  if (filter.country) query = query.where('country_code', '=', filter.country.toUpperCase());
  return query.execute();
}

/** One region with its parent, children, spearheads and platforms. */
export async function getRegion(store: Store, code: string): Promise<RegionDetail> {
  const region = await store.db
    .selectFrom('regions')
    .select([...SUMMARY_COLUMNS, 'nuts_version', 'source_id'])
    .where('code', '=', code.toUpperCase())
    .executeTakeFirst();
  if (!region)
    throw new RegiokrachtError(
      'NOT_FOUND',
      `no region with code ${code}; use a NUTS 2021 code such as NL213`,
    );

  const [parent, children, clusters, weights, platforms] = await Promise.all([
    region.parent_code
      ? store.db
          .selectFrom('regions')
          .select(SUMMARY_COLUMNS)
          .where('code', '=', region.parent_code)
          .executeTakeFirst()
      : Promise.resolve(undefined),
    store.db
      .selectFrom('regions')
      .select(SUMMARY_COLUMNS)
      .where('parent_code', '=', region.code)
      .orderBy('code')
      .execute(),
    store.db
      .selectFrom('clusters')
      .select(['id', 'name_nl', 'name_en', 'description', 'source_id'])
      .where('region_code', '=', region.code)
      .orderBy('id')
      .execute(),
    regionClusterKeyAreas(store.db, [region.code], 'asc'),
    store.db
      .selectFrom('platforms')
      .select(['id', 'name', 'scope', 'source_id'])
      .where('region_code', '=', region.code)
      .orderBy('id')
      .execute(),
  ]);

  return {
    ...region,
    parent: parent ?? null,
    children,
    spearheads: clusters.map((c) => ({
      ...c,
      key_areas: weights
        .filter((w) => w.cluster_id === c.id)
        .map(({ id, taxonomy_id, name_nl, name_en, weight }) => ({
          key_area_id: id,
          taxonomy_id,
          name_nl,
          name_en,
          weight,
        })),
    })),
    platforms,
  };
}
