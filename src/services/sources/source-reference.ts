import { publicFileName } from '../analytics/provenance.js';
import type { Store } from '../../storage/store.js';
import { datasetReferences } from './dataset-references.js';
import type { MethodText } from './method-text.js';
import type { DatasetReference, ImportReference } from '../../http/schemas/common.js';

export type { DatasetReference, ImportReference };

/** Where a figure comes from: the data sets, the import runs, and how it was derived (en, nl). */
export interface SourceReference extends MethodText {
  datasets: DatasetReference[];
  imports: ImportReference[];
}

/** The ids of the data sets and import runs that rows name (null where a row names none). */
export interface SourceIds {
  readonly datasets: readonly (string | null)[];
  readonly imports: readonly (string | null)[];
}

/**
 * The source object of a figure, from the ids of the data sets and import runs its rows name.
 * Unknown and null ids are left out; the order of the ids is kept.
 */
export async function sourceReference(
  store: Store,
  ids: SourceIds,
  method: MethodText,
): Promise<SourceReference> {
  const datasetIds = unique(ids.datasets);
  const importIds = unique(ids.imports);
  const [datasets, imports] = await Promise.all([
    datasetReferences(store, datasetIds),
    importIds.length
      ? store.db
          .selectFrom('imports')
          .select(['id', 'file', 'checksum', 'finished_at'])
          .where('id', 'in', importIds)
          .execute()
      : Promise.resolve([]),
  ]);
  const byOrder = <T extends { id: string }>(rows: T[], order: string[]) =>
    order.flatMap((id) => rows.filter((r) => r.id === id));
  return {
    datasets: byOrder(datasets, datasetIds),
    imports: byOrder(imports, importIds).map((i) => ({ ...i, file: publicFileName(i.file) })),
    ...method,
  };
}

function unique(ids: readonly (string | null)[]): string[] {
  return [...new Set(ids.filter((id): id is string => id !== null && id !== ''))];
}
