/** A column of a printed table: header and how to read the cell from a row. */
export interface Column<T> {
  readonly header: string;
  readonly value: (row: T) => string | number | null | undefined;
  readonly align?: 'left' | 'right';
}

/** Formats a number for a table: fixed decimals, '–' for nothing. */
export function num(
  value: number | null | undefined,
  decimals = 2,
  lang: 'en' | 'nl' = 'en',
): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '–';
  const text = value.toFixed(decimals);
  return lang === 'nl' ? text.replace('.', ',') : text;
}

/** Renders rows as a plain-text table with aligned columns. */
export function formatTable<T>(rows: readonly T[], columns: readonly Column<T>[]): string {
  const cells = rows.map((row) => columns.map((c) => String(c.value(row) ?? '–')));
  const widths = columns.map((c, i) =>
    Math.max(c.header.length, ...cells.map((r) => r[i]!.length)),
  );
  const line = (values: readonly string[]) =>
    values
      .map((v, i) =>
        columns[i]!.align === 'right' ? v.padStart(widths[i]!) : v.padEnd(widths[i]!),
      )
      .join('  ')
      .trimEnd();
  return [
    line(columns.map((c) => c.header)),
    line(widths.map((w) => '-'.repeat(w))),
    ...cells.map(line),
  ].join('\n');
}

/** Prints a value as indented JSON. */
export function printJson(value: unknown): void {
  console.log(JSON.stringify(value, null, 2));
}

/** Prints `rows` as indented JSON when `json` is set, else as a table of `columns`. */
export function printRows<T>(
  rows: readonly T[],
  json: boolean | undefined,
  columns: readonly Column<T>[],
): void {
  if (json) printJson(rows);
  else console.log(formatTable(rows, columns));
}
