import type { StoreTx, UpsertCount } from '../../storage/store.js';

/** The starter tables whose records are written once and then belong to their editors. */
type WrittenOnceTable = 'clusters' | 'visits' | 'good_practices' | 'contact_points' | 'funds';

/** The ids among `ids` already in `table`. */
export async function presentIds(
  tx: StoreTx,
  table: WrittenOnceTable,
  ids: readonly string[],
): Promise<Set<string>> {
  const rows = await tx.db.selectFrom(table).select('id').where('id', 'in', ids).execute();
  return new Set(rows.map((r) => r.id));
}

/** The region codes among `codes` that are loaded: a record waits until its regions are. */
export async function loadedRegions(tx: StoreTx, codes: readonly string[]): Promise<Set<string>> {
  const rows = await tx.db
    .selectFrom('regions')
    .select('code')
    .where('code', 'in', codes)
    .execute();
  return new Set(rows.map((r) => r.code));
}

/** The columns a starter record is first written with: published, at `at`, version 1. */
export function firstPublished(at: string) {
  return { status: 'published', created_at: at, updated_at: at, version: 1 } as const;
}

/** The counts of several upserts, added up. */
export function sumCounts(counts: readonly UpsertCount[]): UpsertCount {
  return {
    inserted: counts.reduce((n, c) => n + c.inserted, 0),
    updated: counts.reduce((n, c) => n + c.updated, 0),
  };
}
