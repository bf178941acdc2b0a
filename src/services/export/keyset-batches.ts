/**
 * Rows read per query when an export walks a table: few enough that reading and writing one batch
 * stays a short stretch of work, between which the server answers other requests.
 */
export const EXPORT_BATCH = 250;

/**
 * Walks a table in key order, `size` rows per query: `page(after)` returns the rows after the key
 * of the previous page's last row (all from the start when `after` is undefined). Keyset paging
 * costs the same for every page, unlike OFFSET, and works the same on SQLite and PostgreSQL.
 */
export async function* keysetBatches<R>(
  page: (after: R | undefined, size: number) => Promise<readonly R[]>,
  size: number = EXPORT_BATCH,
): AsyncGenerator<readonly R[]> {
  let after: R | undefined;
  for (;;) {
    const rows = await page(after, size);
    if (rows.length > 0) yield rows;
    if (rows.length < size) return;
    after = rows.at(-1);
  }
}
