import type { SelectQueryBuilder } from 'kysely';
import type { ExportSource } from './export-source.js';

/** A cell of an exported table: text, a number, or empty. */
export type ExportCell = string | number | null;

/** A column: its header and whether its cells are text or numbers (typed cells in XLSX). */
export interface ExportColumn {
  readonly name: string;
  readonly type: 'text' | 'number';
}

/**
 * Columns by header, in order: text columns, but for those named in `numbers`.
 *
 * @example
 * exportColumns(['region', 'year', 'value'], ['year', 'value']);
 */
export function exportColumns(
  names: readonly string[],
  numbers: readonly string[] = [],
): readonly ExportColumn[] {
  return names.map((name) => ({ name, type: numbers.includes(name) ? 'number' : 'text' }));
}

/**
 * A table to export, read lazily: `batches()` queries the store a few thousand rows at a time, so
 * that CSV, JSON and XLSX can be written while the rows are still being read.
 */
export interface ExportTable {
  /** What the table holds: `indicators`, `actors`, `participations` (sheet name, JSON `export`). */
  readonly name: string;
  readonly columns: readonly ExportColumn[];
  /** The data sets and import runs behind the rows. */
  readonly source: ExportSource;
  /** How many rows `batches()` yields (checked before writing an XLSX sheet). */
  count(): Promise<number>;
  /** The rows, cells in the order of `columns`, a batch at a time. */
  batches(): AsyncIterable<readonly (readonly ExportCell[])[]>;
}

/** How many rows a query selects: the `count()` of a table read from one query. */
export async function selectedRowCount<DB, TB extends keyof DB>(
  query: SelectQueryBuilder<DB, TB, object>,
): Promise<number> {
  const row: { n?: unknown } | undefined = await query
    .select((eb) => eb.fn.countAll().as('n'))
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

/**
 * A number as plain decimal text, never in exponent notation (importers read `-12.5`, not
 * `1e-7`); non-finite numbers become empty.
 *
 * @example
 *   exportNumberText(0.0000001); // "0.0000001"
 *   exportNumberText(1234.5);    // "1234.5"
 */
export function exportNumberText(value: number): string {
  if (!Number.isFinite(value)) return '';
  const text = String(value);
  const e = text.indexOf('e');
  if (e === -1) return text;
  // Shift the decimal point of the mantissa by the exponent: exact, unlike toFixed.
  const sign = text.startsWith('-') ? '-' : '';
  const mantissa = text.slice(sign.length, e);
  const point = mantissa.indexOf('.');
  const digits = mantissa.replace('.', '');
  const at = (point === -1 ? mantissa.length : point) + Number(text.slice(e + 1));
  if (at <= 0) return `${sign}0.${'0'.repeat(-at)}${digits}`;
  if (at >= digits.length) return `${sign}${digits}${'0'.repeat(at - digits.length)}`;
  return `${sign}${digits.slice(0, at)}.${digits.slice(at)}`;
}
