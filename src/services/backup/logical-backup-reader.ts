import { RegiokrachtError } from '../../domain/errors.js';
import { DamagedFileError, LineReader } from '../../importers/text/line-reader.js';
import { parseBackupHeader } from './backup-format.js';
import type { BackupBatch, BackupSource } from './backup-source.js';

const BATCH_ROWS = 1000;

/**
 * Opens a logical backup file (backup-format.ts) as a {@link BackupSource}. The header is read and
 * checked at once; the rows are checked as they are read: sections in header order, each row as
 * wide as its table, each table's row count as announced, and the trailer present. Any fault
 * throws DATA_FILE_INVALID naming the file and line, so a restore reading it rolls back.
 */
export async function readLogicalBackup(file: string): Promise<BackupSource> {
  const reader = await LineReader.open(file);
  const invalid = (line: number, reason: string, cause?: unknown) =>
    new RegiokrachtError(
      'DATA_FILE_INVALID',
      `${file}: line ${line}: ${reason}; the backup is damaged or not a Regiokracht backup, nothing was restored`,
      cause === undefined ? undefined : { cause },
    );
  const lines = (async function* () {
    try {
      for await (const batch of reader.batches()) yield* batch;
    } catch (error) {
      if (error instanceof DamagedFileError)
        throw invalid(reader.linesRead + 1, error.message, error);
      throw error;
    }
  })();
  if (reader.magic !== 'gzip') throw invalid(1, 'not a gzip file');
  const first = await lines.next();
  if (first.done) throw invalid(1, 'the file is empty');
  const header = parseBackupHeader(first.value);
  if (typeof header === 'string') throw invalid(1, header);

  return {
    origin: file,
    migrations: header.migrations,
    tables: header.tables,
    async *batches(): AsyncGenerator<BackupBatch> {
      let lineNo = 1;
      let tableIndex = -1;
      let seen = 0;
      let total = 0;
      let rows: unknown[][] = [];
      let ended = false;
      const current = () => header.tables[tableIndex];
      const closeSection = () => {
        const table = current();
        if (table && seen !== table.rows) {
          throw invalid(
            lineNo,
            `table ${table.name} has ${seen} rows where the header says ${table.rows}`,
          );
        }
      };
      for await (const line of lines) {
        lineNo++;
        if (ended) throw invalid(lineNo, 'text after the end of the backup');
        let value: unknown;
        try {
          value = JSON.parse(line);
        } catch (error) {
          throw invalid(lineNo, 'not JSON', error);
        }
        if (Array.isArray(value)) {
          const table = current();
          if (!table) throw invalid(lineNo, 'a row before the first table');
          if (value.length !== table.columns.length) {
            throw invalid(
              lineNo,
              `a row of ${table.name} with ${value.length} values for ${table.columns.length} columns`,
            );
          }
          rows.push(value);
          seen++;
          total++;
          if (rows.length >= BATCH_ROWS) {
            yield { table: table.name, rows };
            rows = [];
          }
          continue;
        }
        const marker = value as { table?: unknown; end?: unknown; rows?: unknown } | null;
        if (marker && typeof marker.table === 'string') {
          const table = current();
          if (table && rows.length > 0) yield { table: table.name, rows };
          rows = [];
          closeSection();
          const next = header.tables.findIndex((t, i) => i > tableIndex && t.name === marker.table);
          if (next < 0)
            throw invalid(lineNo, `table ${marker.table} is not in the header or out of order`);
          for (const skipped of header.tables.slice(tableIndex + 1, next)) {
            if (skipped.rows !== 0) throw invalid(lineNo, `table ${skipped.name} is missing`);
          }
          tableIndex = next;
          seen = 0;
          continue;
        }
        if (marker && marker.end === true) {
          const table = current();
          if (table && rows.length > 0) yield { table: table.name, rows };
          rows = [];
          closeSection();
          for (const skipped of header.tables.slice(tableIndex + 1)) {
            if (skipped.rows !== 0) throw invalid(lineNo, `table ${skipped.name} is missing`);
          }
          if (marker.rows !== total)
            throw invalid(
              lineNo,
              `the trailer counts ${String(marker.rows)} rows, the file holds ${total}`,
            );
          ended = true;
          continue;
        }
        throw invalid(lineNo, 'neither a row, a table nor the end');
      }
      if (!ended)
        throw invalid(lineNo + 1, 'the file ends before the end of the backup (truncated)');
    },
  };
}
