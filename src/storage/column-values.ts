/** The `width` columns of `rows`, each a list of values in row order. */
export function columnsOf(width: number, rows: readonly (readonly unknown[])[]): unknown[][] {
  const columns = Array.from({ length: width }, () => new Array<unknown>(rows.length));
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r] as readonly unknown[];
    for (let c = 0; c < width; c++) (columns[c] as unknown[])[r] = row[c];
  }
  return columns;
}
