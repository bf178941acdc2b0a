import type { ImportContext } from '../importer.js';
import { csvRecordBatches } from '../text/csv-records.js';
import { withImportLimits } from '../text/csv-table.js';
import type { LineReader } from '../text/line-reader.js';

/**
 * Reads a comma-separated file with a header row: `header` turns the header's cells into what
 * `row` needs to read each later row (column positions). A row the CSV reader finds broken, or
 * with another number of fields than the header, is refused; an empty file refuses the file.
 * Rows are counted as read, and the writers flushed after each batch.
 */
export async function readCommaSeparatedRows<Columns>(
  ctx: ImportContext,
  reader: LineReader,
  header: (fields: string[]) => Columns,
  row: (columns: Columns, fields: string[], line: number) => void,
): Promise<void> {
  let columns: { value: Columns; width: number } | undefined;
  const records = csvRecordBatches(reader, withImportLimits({ delimiter: ',' }), (p) =>
    ctx.refuse(p.line, p.field ?? '(row)', p.reason),
  );
  for await (const batch of records) {
    for (const { fields, line } of batch) {
      if (!columns) {
        columns = { value: header(fields), width: fields.length };
        continue;
      }
      ctx.rowsRead(1);
      if (fields.length !== columns.width) {
        ctx.refuse(
          line,
          '(row)',
          `expected ${columns.width} fields, found ${fields.length} (truncated line or wrong delimiter?)`,
        );
        continue;
      }
      row(columns.value, fields, line);
    }
    await ctx.flush();
  }
  if (!columns) ctx.refuseFile(1, '(header)', 'the file is empty');
}
