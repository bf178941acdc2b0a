import type { DatasetReference } from '../../http/schemas/common.js';
import type { Store } from '../../storage/store.js';

/** The data sets with these ids as sources name them, in id order; none for no ids. */
export async function datasetReferences(
  store: Store,
  ids: readonly string[],
): Promise<DatasetReference[]> {
  if (ids.length === 0) return [];
  return store.db
    .selectFrom('datasets')
    .select(['id', 'title', 'publisher', 'licence', 'url', 'retrieved_at'])
    .where('id', 'in', ids)
    .orderBy('id')
    .execute();
}
