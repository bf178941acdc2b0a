import { csvRecord } from './csv-record.js';
import type { ExportTable } from './export-table.js';

/**
 * A table as RFC 4180 CSV in UTF-8: the header record, then one chunk of text per batch of rows,
 * so that a large table is never held as one string.
 */
export async function* tableCsv(table: ExportTable): AsyncGenerator<string> {
  yield csvRecord(table.columns.map((c) => c.name));
  for await (const batch of table.batches()) {
    let chunk = '';
    for (const row of batch) chunk += csvRecord(row);
    if (chunk !== '') yield chunk;
  }
}
