/** One cell of a figure's data: numbers stay numbers, an absent value is null. */
export type CsvValue = string | number | null | undefined;

/** A figure's data as a table: a header row and the rows under it. */
export interface CsvTable {
  readonly columns: readonly string[];
  readonly rows: readonly (readonly CsvValue[])[];
}

/** The byte order mark that makes Excel read a CSV file as UTF-8. */
export const CSV_BOM = '\uFEFF';

/**
 * A figure's data as CSV text for spreadsheets: a byte order mark (so Excel reads UTF-8), a header
 * row, commas between fields, CRLF line ends (RFC 4180), numbers with a decimal point whatever the
 * interface language, an absent value (null, NaN) as an empty field. A text that a spreadsheet
 * would run as a formula (starting with =, +, @ or a - that begins no number) gets a leading
 * apostrophe.
 *
 * @example
 * figureCsv({ columns: ['region', 'score'], rows: [['Twente', 0.5], ['Veluwe', null]] });
 * // '\uFEFFregion,score\r\nTwente,0.5\r\nVeluwe,\r\n'
 */
export function figureCsv(table: CsvTable): string {
  const width = table.columns.length;
  const lines = [table.columns.map(csvField)];
  for (const [r, row] of table.rows.entries()) {
    if (row.length !== width)
      throw new RangeError(`CSV row ${r + 1} has ${row.length} fields; the header has ${width}`);
    lines.push(row.map(csvField));
  }
  return CSV_BOM + lines.map((fields) => fields.join(',') + '\r\n').join('');
}

/** One field: a number written with a decimal point, text quoted where it has to be. */
export function csvField(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return '';
    return Object.is(value, -0) ? '0' : String(value);
  }
  const text = /^[=+@\t\r]|^-(?![\d.])/.test(value) ? `'${value}` : value;
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
