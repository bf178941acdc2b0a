import type { Row, Store, StoreTx, TableName } from '../../src/storage/store.js';

/** Hand-made rows by table, written in the order the tables are named. */
export type TableRows = Partial<Record<TableName, readonly Row[]>>;

/** The natural key of each table a test fills by hand whose key is not its `id`. */
const NATURAL_KEYS: Partial<Record<TableName, readonly string[]>> = {
  regions: ['code'],
  municipalities: ['code'],
  places: ['code'],
  place_aliases: ['alias_key'],
  postcodes: ['country_code', 'postcode'],
  indicator_values: ['indicator_id', 'region_code', 'year'],
  participations: ['project_id', 'actor_id'],
  project_programme_parts: ['project_id', 'programme_part'],
  contact_point_regions: ['contact_point_id', 'region_code'],
  good_practice_key_areas: ['practice_id', 'key_area_id'],
};

/**
 * Upserts hand-made rows into each named table, in the order named, by the table's natural key
 * (`id` unless NATURAL_KEYS says otherwise), inside the transaction `tx`.
 */
export async function upsertTables(tx: StoreTx, tables: TableRows): Promise<void> {
  for (const [table, rows] of Object.entries(tables) as [TableName, readonly Row[]][])
    await tx.upsert(table, NATURAL_KEYS[table] ?? ['id'], rows);
}

/** {@link upsertTables} in a transaction of its own: the rows land together or not at all. */
export function seedTables(store: Store, tables: TableRows): Promise<void> {
  return store.transaction((tx) => upsertTables(tx, tables));
}
