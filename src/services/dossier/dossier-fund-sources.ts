import type { Store } from '../../storage/store.js';

/** The page each fund named by `ids` was taken from, by fund id; null when none is registered. */
export async function readDossierFundSources(
  store: Store,
  ids: readonly string[],
): Promise<Map<string, string | null>> {
  if (ids.length === 0) return new Map();
  const rows = await store.db
    .selectFrom('funds')
    .select(['id', 'source_url'])
    .where('id', 'in', [...ids])
    .execute();
  return new Map(rows.map((r) => [r.id, r.source_url]));
}
