import type { Store } from '../../storage/store.js';
import { indicatorLabels, type IndicatorLabels } from './indicator-labels.js';

/**
 * The readers' labels (names in words, units, theme) of the indicators `ids`, by id, read in one
 * query; an id that is not stored is absent from the map.
 */
export async function indicatorLabelsById(
  store: Store,
  ids: readonly string[],
): Promise<Map<string, IndicatorLabels & { unit: string }>> {
  if (ids.length === 0) return new Map();
  const rows = await store.db
    .selectFrom('indicators')
    .select(['id', 'name_nl', 'name_en', 'unit', 'dataset_id'])
    .where('id', 'in', [...ids])
    .execute();
  return new Map(rows.map((r) => [r.id, { ...indicatorLabels(r), unit: r.unit }]));
}
