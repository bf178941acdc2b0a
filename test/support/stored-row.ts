import type { Kysely, Selectable } from 'kysely';
import type { Database } from '../../src/storage/schema.js';
import type { Store } from '../../src/storage/store.js';

/** A table of the domain model. */
type Table = keyof Database & string;

/**
 * The stored row of `table` whose `column` (by default `id`) holds `value`; throws when there is
 * none. What a test reads back after an import or a write to check the columns it set.
 */
export function storedRow<T extends Table>(
  store: Store,
  table: T,
  value: string,
  column: keyof Database[T] & string = 'id' as keyof Database[T] & string,
): Promise<Selectable<Database[T]>> {
  // One table at a time: the generic table name is beyond what Kysely's types follow.
  const db = store.db as unknown as Kysely<Record<string, Record<string, string>>>;
  return db
    .selectFrom(table)
    .selectAll()
    .where(column as string, '=', value)
    .executeTakeFirstOrThrow() as Promise<Selectable<Database[T]>>;
}
