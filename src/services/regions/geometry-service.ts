import { simplifyGeometry, type AreaGeometry } from '../../core/geo/simplify-geometry.js';
import type { RegionFeatureCollection } from '../../http/schemas/regions.js';
import type { Store } from '../../storage/store.js';

/** Default map scale per NUTS level: coarse for countries, finer for provinces and COROP areas. */
export const DEFAULT_SCALE: Readonly<Record<number, string>> = {
  0: '60M',
  1: '60M',
  2: '20M',
  3: '20M',
};
/** Default simplification tolerance in degrees per level (0 = as stored). */
export const DEFAULT_TOLERANCE: Readonly<Record<number, number>> = {
  0: 0.02,
  1: 0.01,
  2: 0.005,
  3: 0.002,
};

export interface GeometryQuery {
  readonly level: number;
  readonly country?: string | undefined;
  readonly scale?: string | undefined;
  readonly tolerance?: number | undefined;
}

/**
 * The regions of one level as a GeoJSON FeatureCollection at a stored scale, simplified per level.
 * Falls back to the coarsest stored scale when the requested one is not loaded.
 */
export async function regionGeometries(
  store: Store,
  query: GeometryQuery,
): Promise<RegionFeatureCollection> {
  const wanted = query.scale ?? DEFAULT_SCALE[query.level] ?? '20M';
  const scales = await store.db
    .selectFrom('region_geometries as g')
    .innerJoin('regions as r', 'r.code', 'g.region_code')
    .select('g.scale')
    .distinct()
    .where('r.level', '=', query.level)
    .execute();
  // Fall back among GISCO's scales (60M, 20M, 03M) only: the CBS boundaries cover the
  // Netherlands alone.
  const available = scales
    .map((s) => s.scale)
    .filter((s) => /^\d\dM$/.test(s))
    .sort();
  const scale = available.includes(wanted) ? wanted : (available.at(-1) ?? wanted);
  let q = store.db
    .selectFrom('region_geometries as g')
    .innerJoin('regions as r', 'r.code', 'g.region_code')
    .select(['r.code', 'r.name_nl', 'r.name_en', 'g.geojson', 'g.source_id'])
    .where('r.level', '=', query.level)
    .where('g.scale', '=', scale)
    .orderBy('r.code');
  if (query.country) q = q.where('r.country_code', '=', query.country.toUpperCase());
  const rows = await q.execute();
  const tolerance = query.tolerance ?? DEFAULT_TOLERANCE[query.level] ?? 0;
  return {
    type: 'FeatureCollection',
    scale,
    source_id: rows[0]?.source_id ?? null,
    features: rows.map((r) => ({
      type: 'Feature',
      id: r.code,
      properties: { code: r.code, name_nl: r.name_nl, name_en: r.name_en },
      geometry: simplifyGeometry(JSON.parse(r.geojson) as AreaGeometry, tolerance),
    })),
  };
}
