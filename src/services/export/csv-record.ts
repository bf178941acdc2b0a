import { exportNumberText, type ExportCell } from './export-table.js';
import { formulaGuard } from './formula-guard.js';

/** RFC 4180 ends records with CRLF. */
export const CSV_LINE_END = '\r\n';

const NEEDS_QUOTES = /[",\r\n]/;

/**
 * One CSV field after RFC 4180: quoted when it holds a comma, a quote, CR or LF, with quotes
 * inside doubled. Text is guarded against formula injection ({@link formulaGuard}); numbers are
 * written as plain decimals; null is an empty field.
 *
 * @example
 *   csvField('Twente, Overijssel'); // '"Twente, Overijssel"'
 *   csvField('=1+1');               // "'=1+1"
 *   csvField(-12.5);                // '-12.5'
 */
export function csvField(cell: ExportCell): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return exportNumberText(cell);
  const text = formulaGuard(cell);
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** One CSV record with its line end. */
export function csvRecord(cells: readonly ExportCell[]): string {
  return cells.map(csvField).join(',') + CSV_LINE_END;
}
