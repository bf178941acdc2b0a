import type { Kysely } from 'kysely';

/** Indexes by name: the table of each, then the columns it covers, in order. */
export type TableIndexes = Readonly<Record<string, readonly [table: string, ...columns: string[]]>>;

/** Creates each of `indexes`, in the order given. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function createIndexes(db: Kysely<any>, indexes: TableIndexes): Promise<void> {
  for (const [name, [table, ...columns]] of Object.entries(indexes))
    await db.schema.createIndex(name).on(table).columns(columns).execute();
}
