import type { RowError } from '../domain/errors.js';
import type { Backend, Row, RowValues, StoreTx, TableName } from '../storage/store.js';
import { BatchWriter } from './batch-writer.js';
import { BulkLoad } from './bulk-load.js';
import type {
  DatasetInfo,
  ImportContext,
  ImportSummary,
  SkipCount,
  TableWriter,
  TableWriterOptions,
} from './importer.js';
import { MAX_ROW_ERRORS } from './import-refused-error.js';
import { IndicatorSummaryRows } from './indicator-summary-rows.js';
import { IMPORT_LIMITS } from './limits.js';
import type { RunImportOptions } from './run-import-options.js';
import { LineReader } from './text/line-reader.js';

const TOO_MANY_ROWS = `more than ${IMPORT_LIMITS.maxRows.toLocaleString('en-GB')} data rows, the limit for one file; split it`;

/** The context one importer run writes through; keeps counts, errors and skips. */
export class ImportRun implements ImportContext {
  read = 0;
  inserted = 0;
  updated = 0;
  refusedRows = 0;
  errorCount = 0;
  datasetId: string | null = null;
  /** The `indicator_summary` rows of the indicators whose values this run wrote. */
  readonly indicatorSummary = new IndicatorSummaryRows();
  readonly errors: RowError[] = [];
  private lastRefusedRow = -1;
  private format = '';
  private readonly skips = new Map<string, { count: number; examples: string[] }>();
  private readonly notes: string[] = [];
  private readonly writers: BatchWriter[] = [];
  private bytesRead = 0;
  private bytesTotal = 0;
  private reader: LineReader | undefined;
  /** The tables loaded without their secondary indexes. */
  private readonly bulkLoad: BulkLoad;

  constructor(
    readonly tx: StoreTx,
    private readonly backend: Backend,
    readonly kind: string,
    readonly file: string,
    readonly importId: string,
    readonly now: () => Date,
    readonly nutsConversionDir: string | undefined,
    private readonly options: RunImportOptions,
    /** When `data pull` fetched this file from its publisher, or null when not recorded. */
    private readonly retrievedAt: string | null,
  ) {
    this.bulkLoad = new BulkLoad(tx.db, backend);
  }

  get refusing(): boolean {
    return this.refusedRows > 0;
  }

  async openLines(): Promise<LineReader> {
    this.reader = await LineReader.open(
      this.file,
      (bytesRead, bytesTotal) => {
        this.bytesRead = bytesRead;
        this.bytesTotal = bytesTotal;
        this.progress();
      },
      { encoding: this.options.encoding ?? 'utf-8', limits: IMPORT_LIMITS },
    );
    return this.reader;
  }

  get allowNewRegions(): boolean {
    return this.options.allowNewRegions ?? false;
  }

  /** Lines read so far from the file opened last. */
  get linesRead(): number {
    return this.reader?.linesRead ?? 0;
  }

  setFormat(format: string): void {
    this.format = format;
  }

  async useDataset(dataset: DatasetInfo): Promise<void> {
    await this.tx.upsert(
      'datasets',
      ['id'],
      [
        {
          id: dataset.id,
          title: dataset.title,
          publisher: dataset.publisher,
          licence: dataset.licence,
          url: dataset.url,
          retrieved_at: this.retrievedAt,
        },
      ],
    );
    this.datasetId = dataset.id;
  }

  rowsRead(count: number): void {
    this.read += count;
    if (this.read > IMPORT_LIMITS.maxRows) this.refuseFile(this.read + 1, '(rows)', TOO_MANY_ROWS);
  }

  refuse(row: number, field: string, reason: string): void {
    this.errorCount++;
    if (row !== this.lastRefusedRow) {
      this.refusedRows++;
      this.lastRefusedRow = row;
    }
    if (this.errors.length < MAX_ROW_ERRORS)
      this.errors.push({ file: this.file, row, field, reason });
  }

  /** Refuses the file as a whole; its reason goes first, before any row refused so far. */
  refuseFile(row: number, field: string, reason: string): never {
    const kept = this.errors.length;
    this.refuse(row, field, reason);
    if (this.errors.length > kept) this.errors.pop();
    this.errors.unshift({ file: this.file, row, field, reason });
    if (this.errors.length > MAX_ROW_ERRORS) this.errors.pop();
    throw new FileRefused(this);
  }

  skip(reason: string, example?: string): void {
    let entry = this.skips.get(reason);
    if (!entry) {
      entry = { count: 0, examples: [] };
      this.skips.set(reason, entry);
    }
    entry.count++;
    if (example !== undefined && entry.examples.length < 5) entry.examples.push(example);
  }

  note(text: string): void {
    this.notes.push(text);
  }

  writer(table: TableName, key: readonly string[], options: TableWriterOptions = {}): TableWriter {
    const writer = new BatchWriter(this, table, key, options);
    this.writers.push(writer);
    return writer;
  }

  async upsert(table: TableName, key: readonly string[], rows: readonly Row[]): Promise<void> {
    if (rows.length === 0 || this.refusing) return;
    if (table === 'indicator_values') await this.indicatorSummary.beforeValues(this.tx.db, rows);
    const counts = await this.tx.upsert(table, key, rows);
    if (table === 'indicator_values') this.indicatorSummary.afterValues(rows, counts);
    else if (table === 'regions') this.indicatorSummary.regionsWritten(rows);
    this.inserted += counts.inserted;
    this.updated += counts.updated;
  }

  /**
   * As {@link upsert}, each row given as its values in the order of `columns`, with the values
   * of `same` that every row has. Indicator values
   * and regions, which the indicator summary follows, go through {@link upsert}.
   */
  async upsertValues(
    table: TableName,
    key: readonly string[],
    columns: readonly string[],
    rows: readonly RowValues[],
    same?: Row,
  ): Promise<void> {
    if (rows.length === 0 || this.refusing) return;
    if (table === 'indicator_values' || table === 'regions') {
      await this.upsert(table, key, rowObjects(columns, rows, same));
      return;
    }
    const counts = await this.tx.upsertValues(table, key, columns, rows, same);
    this.inserted += counts.inserted;
    this.updated += counts.updated;
  }

  async flush(): Promise<void> {
    for (const writer of this.writers) if (writer.full) await writer.flush();
  }

  async flushAll(): Promise<void> {
    for (const writer of this.writers) await writer.flush();
    await this.bulkLoad.restore();
  }

  /**
   * Before a full batch, or the rows written ahead of one: the table may be loaded without its
   * secondary indexes from here on ({@link BulkLoad}; {@link flushAll} builds them again).
   */
  async beforeBulkWrite(table: TableName, rows: number): Promise<void> {
    if (!this.refusing) await this.bulkLoad.beforeBatch(table, rows);
  }

  progress(): void {
    this.options.onProgress?.({
      kind: this.kind,
      file: this.file,
      bytesRead: this.bytesRead,
      bytesTotal: this.bytesTotal,
      rowsRead: this.read,
    });
  }

  summary(checksum: string, dryRun: boolean): ImportSummary {
    const skips: SkipCount[] = [...this.skips].map(([reason, s]) => ({
      reason,
      count: s.count,
      examples: s.examples,
    }));
    return {
      kind: this.kind,
      file: this.file,
      format: this.format || this.kind,
      read: this.read,
      inserted: this.inserted,
      updated: this.updated,
      refused: 0,
      skipped: skips.reduce((sum, s) => sum + s.count, 0),
      skips,
      notes: this.notes,
      importId: this.importId,
      checksum,
      dryRun,
    };
  }
}

/** Rows of values as objects by column name, with the values of `same` that all of them have. */
function rowObjects(columns: readonly string[], rows: readonly RowValues[], same?: Row): Row[] {
  return rows.map((values) => ({
    ...Object.fromEntries(columns.map((c, i) => [c, values[i] ?? null])),
    ...same,
  }));
}

/** Thrown out of the transaction to roll back a dry run. */
export class DryRunRollback extends Error {}

/** Thrown when rows were refused: the transaction rolls back. */
export class RefusedRows extends Error {
  constructor(readonly run: ImportRun) {
    super('rows refused');
  }
}

/** Thrown when the file as a whole is refused. */
export class FileRefused extends Error {
  constructor(readonly run: ImportRun) {
    super('file refused');
    this.name = 'FileRefused';
  }
}
