import type { Compilable } from 'kysely';
import type { Store } from './store.js';

/** The values of `columns` of a row of type `O`, in that order. */
export type Tuple<O, K extends readonly (keyof O)[]> = { -readonly [I in keyof K]: O[K[I]] };

/**
 * The rows of `query` as tuples of its `columns`, which must be the columns it selects, in order
 * (checked): a large read without an object per row (see {@link Store.selectArrays}).
 *
 * @example
 * const rows = await selectTuples(store, db.selectFrom('actors').select(['id', 'name']), ['id', 'name']);
 */
export async function selectTuples<O, const K extends readonly (keyof O & string)[]>(
  store: Store,
  query: Compilable<O>,
  columns: K,
): Promise<Tuple<O, K>[]> {
  const result = await store.selectArrays(query.compile());
  if (result.columns.join('\0') !== columns.join('\0')) {
    throw new Error(
      `the query selects ${result.columns.join(', ')}, not the columns asked for (${columns.join(', ')})`,
    );
  }
  return result.rows as Tuple<O, K>[];
}
