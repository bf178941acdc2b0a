import type { Compilable } from 'kysely';
import type { Store } from './store.js';

/** The values of each of `K`'s columns of rows of type `O`, in row order. */
export type Columns<O, K extends keyof O> = { readonly [P in K]: readonly O[P][] };

/**
 * The rows of `query` column by column, under the names of its `columns`, which must be the
 * columns it selects, in order (checked): a large read without an object per row (see
 * {@link Store.selectColumns}). `length` is the number of rows.
 *
 * @example
 * const { id, name, length } = await selectColumns(store, db.selectFrom('actors').select(['id', 'name']), ['id', 'name']);
 */
export async function selectColumns<O, const K extends readonly (keyof O & string)[]>(
  store: Store,
  query: Compilable<O>,
  columns: K,
): Promise<Columns<O, K[number]> & { readonly length: number }> {
  const result = await store.selectColumns(query.compile());
  if (result.names.join('\0') !== columns.join('\0')) {
    throw new Error(
      `the query selects ${result.names.join(', ')}, not the columns asked for (${columns.join(', ')})`,
    );
  }
  const out: Record<string, unknown> = { length: result.columns[0]?.length ?? 0 };
  columns.forEach((name, i) => (out[name] = result.columns[i]));
  return out as Columns<O, K[number]> & { readonly length: number };
}
