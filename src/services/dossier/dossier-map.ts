import type { Store } from '../../storage/store.js';
import type { FigureSource } from '../analytics/provenance.js';
import { regionGeometries } from '../regions/geometry-service.js';
import { locatorMapMethod } from '../sources/source-methods.js';
import { sourceReference } from '../sources/source-reference.js';
import type { DossierMapInput } from './dossier-inputs.js';

/** Simplification of the locator map's boundaries, in degrees: fine enough for a 300-point map. */
const MAP_TOLERANCE = 0.01;

/**
 * The locator map: the regions of the same level in the country, the region among them, and
 * (for NUTS 3) its province as an outline.
 */
export async function dossierMap(
  store: Store,
  region: string,
  level: number,
  country: string,
  parent: string | null,
): Promise<{ map: DossierMapInput | null; source: FigureSource }> {
  const context = await regionGeometries(store, {
    level,
    country,
    tolerance: MAP_TOLERANCE,
  });
  const own = context.features.find((f) => f.id === region);
  const parents =
    level === 3 && parent
      ? await regionGeometries(store, {
          level: 2,
          country,
          tolerance: MAP_TOLERANCE,
        })
      : null;
  const parentFeature = parents?.features.find((f) => f.id === parent);
  const files = await store.db
    .selectFrom('imports')
    .select(['id', 'file'])
    .where('dataset_id', '=', context.source_id ?? '')
    .orderBy('id')
    .execute();
  const used = files.filter(
    (f) =>
      f.file.includes(`_RG_${context.scale}_`) &&
      (f.file.includes(`LEVL_${level}`) || (parents !== null && f.file.includes('LEVL_2'))) &&
      !f.file.startsWith('NL_'),
  );
  const source = await sourceReference(
    store,
    { datasets: [context.source_id], imports: used.map((f) => f.id) },
    locatorMapMethod({
      scale: context.scale,
      tolerance: MAP_TOLERANCE,
      level,
      country,
      province: parents !== null,
    }),
  );
  return {
    map: own
      ? {
          region: { code: own.id, geometry: own.geometry },
          context: context.features.map((f) => ({
            code: f.id,
            name_nl: f.properties.name_nl,
            name_en: f.properties.name_en,
            geometry: f.geometry,
          })),
          parent: parentFeature
            ? { code: parentFeature.id, geometry: parentFeature.geometry }
            : null,
          contextLevel: level,
        }
      : null,
    source,
  };
}
