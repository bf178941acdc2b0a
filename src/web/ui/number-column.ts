import { formatNumber } from '../i18n/i18n.js';
import type { Column } from './data-table.js';

/**
 * A table column of a number: shown with `digits` decimals in the page's language, given
 * unformatted in a CSV download.
 */
export function numberColumn<T>(
  label: string,
  value: (row: T) => number,
  digits?: number,
): Column<T> {
  return { label, numeric: true, value, cell: (row) => formatNumber(value(row), digits) };
}
