import type { Store } from '../../storage/store.js';
import type { MethodText } from '../sources/method-text.js';
import { datasetReferences } from '../sources/dataset-references.js';
import type { DatasetReference, ImportReference, SourceIds } from '../sources/source-reference.js';

/** An import run behind exported rows, with the data set it loaded. */
export interface ExportImport extends ImportReference {
  readonly dataset_id: string | null;
}

/**
 * Where exported rows come from: the data sets (publisher, licence, address, retrieval date), the
 * import runs (file, checksum, time), and in words what the export holds. The shape of the API's
 * `source` objects, with each import naming its data set.
 */
export interface ExportSource extends MethodText {
  readonly datasets: readonly DatasetReference[];
  readonly imports: readonly ExportImport[];
}

/**
 * The source of an export from the ids its rows name: every import run and data set once, in id
 * order, plus the data sets of those imports. Unknown and null ids are left out.
 */
export async function exportSource(
  store: Store,
  ids: SourceIds,
  method: MethodText,
): Promise<ExportSource> {
  const importIds = unique(ids.imports);
  const imports = importIds.length
    ? await store.db
        .selectFrom('imports')
        .select(['id', 'file', 'checksum', 'finished_at', 'dataset_id'])
        .where('id', 'in', importIds)
        .execute()
    : [];
  const datasetIds = unique([...ids.datasets, ...imports.map((i) => i.dataset_id)]);
  const datasets = await datasetReferences(store, datasetIds);
  return {
    datasets: datasets.sort(byId),
    imports: imports.sort(byId),
    ...method,
  };
}

function unique(ids: readonly (string | null)[]): string[] {
  return [...new Set(ids.filter((id): id is string => id !== null && id !== ''))].sort();
}

function byId(a: { id: string }, b: { id: string }): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
