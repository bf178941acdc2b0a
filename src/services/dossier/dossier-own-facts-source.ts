import type { Store } from '../../storage/store.js';
import type { FigureSource } from '../analytics/provenance.js';
import type { MethodText } from '../sources/method-text.js';
import { sourceReference } from '../sources/source-reference.js';

/** The data sets named by `ids` and every import run of them, with the method in words. */
export async function dossierOwnFactsSource(
  store: Store,
  ids: readonly (string | null)[],
  method: MethodText,
): Promise<FigureSource> {
  const datasetIds = [...new Set(ids.filter((id): id is string => !!id))];
  const imports = datasetIds.length
    ? await store.db
        .selectFrom('imports')
        .select('id')
        .where('dataset_id', 'in', datasetIds)
        .orderBy('finished_at')
        .orderBy('id')
        .execute()
    : [];
  return sourceReference(
    store,
    { datasets: datasetIds, imports: imports.map((i) => i.id) },
    method,
  );
}
