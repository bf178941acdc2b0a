/**
 * Rows the next multi-row insert takes when `left` rows remain and one statement takes at most
 * `most`: `most` while that many remain, then a fifth of it, a fifth of that, and so on down to
 * one row. Each size is a statement prepared once; a remainder of 199 rows thus takes 15
 * statement runs (4 of 40, 4 of 8, 7 of 1) instead of 199 single-row ones, at the cost of a few
 * more statements per table.
 *
 * @example statementRows(1234, 200) -> 200; statementRows(34, 200) -> 8; statementRows(7, 200) -> 1
 */
export function statementRows(left: number, most: number): number {
  let size = Math.max(1, most);
  while (size > left && size > 1) size = Math.max(1, Math.floor(size / 5));
  return size;
}
