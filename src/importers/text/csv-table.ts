import type { ImportContext } from '../importer.js';
import { IMPORT_LIMITS } from '../limits.js';
import { csvRecordBatches, type CsvOptions, type CsvProblem } from './csv-records.js';
import type { LineReader } from './line-reader.js';

/** The header of a CSV table: column names as written and a lookup by name. */
export class CsvHeader {
  private readonly byName: Map<string, number>;

  constructor(readonly names: readonly string[]) {
    this.byName = new Map(names.map((n, i) => [n.trim().toLowerCase(), i]));
  }

  /** The position of a column (case-insensitive), or -1. */
  index(name: string): number {
    return this.byName.get(name.toLowerCase()) ?? -1;
  }

  has(name: string): boolean {
    return this.byName.has(name.toLowerCase());
  }
}

/**
 * Reads a delimited file with a header row: checks the header with `onHeader` (which refuses the
 * file when it is not the expected kind), then hands every record with the right number of
 * fields to `onRecord`; records with another number of fields are refused ("truncated line or
 * wrong delimiter?"), and so are broken quotes. Rows are counted as read; the writers' queues are
 * flushed after each batch. Refuses an empty file.
 */
export async function readCsvTable(
  ctx: ImportContext,
  reader: LineReader,
  options: CsvOptions,
  onHeader: (header: CsvHeader) => void,
  onRecord: (fields: string[], line: number) => void,
): Promise<void> {
  let header: CsvHeader | undefined;
  // Problems found before the header is handed out wait for it, to be named by their column.
  const early: CsvProblem[] = [];
  const refuse = (p: CsvProblem) => ctx.refuse(p.line, columnName(header, p.field), p.reason);
  const records = csvRecordBatches(reader, withImportLimits(options), (p) =>
    header ? refuse(p) : early.push(p),
  );
  for await (const batch of records) {
    let start = 0;
    if (!header) {
      const first = batch[0];
      if (!first) continue;
      header = new CsvHeader(first.fields.map((f) => f.trim()));
      onHeader(header);
      for (const problem of early.splice(0)) refuse(problem);
      start = 1;
    }
    const width = header.names.length;
    ctx.rowsRead(batch.length - start);
    for (let i = start; i < batch.length; i++) {
      const { fields, line } = batch[i]!;
      if (fields.length !== width) {
        ctx.refuse(
          line,
          '(row)',
          `expected ${width} fields separated by "${options.delimiter === '\t' ? 'TAB' : options.delimiter}", found ${fields.length} (truncated line or wrong delimiter?)`,
        );
        continue;
      }
      onRecord(fields, line);
    }
    await ctx.flush();
  }
  if (!header) ctx.refuseFile(1, '(header)', 'the file is empty');
}

/** The header's name for a problem's `column N`, else the field as reported, or `(row)`. */
function columnName(header: CsvHeader | undefined, field: string | undefined): string {
  const column = /^column (\d+)$/.exec(field ?? '');
  return (column && header?.names[Number(column[1]) - 1]) || field || '(row)';
}

/** CSV options with the import limits on fields and records ({@link IMPORT_LIMITS}). */
export function withImportLimits(options: CsvOptions): CsvOptions {
  return {
    maxFieldChars: IMPORT_LIMITS.maxFieldChars,
    maxRecordChars: IMPORT_LIMITS.maxLineChars,
    ...options,
  };
}

/** The delimiter of a header line among `,`, `;` and TAB: the one that splits it most. */
export function detectDelimiter(headerLine: string): string {
  let best = ',';
  let most = 0;
  for (const d of [',', ';', '\t']) {
    const n = headerLine.split(d).length;
    if (n > most) {
      most = n;
      best = d;
    }
  }
  return best;
}
