import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { dirname, join } from 'node:path';
import { existsSync } from 'node:fs';
import type { AuditActor } from '../domain/audit-actor.js';
import { RegiokrachtError, type RowError } from '../domain/errors.js';
import { recordAudit } from '../storage/record-audit.js';
import { sql } from 'kysely';
import { refreshIndicatorSummary } from '../storage/indicator-summary-refresh.js';
import { suspendSecondaryIndexes, type SuspendedIndexes } from '../storage/secondary-indexes.js';
import type { Backend, Row, Store, StoreTx, TableName } from '../storage/store.js';
import type {
  DatasetInfo,
  ImportContext,
  ImportProgress,
  ImportSummary,
  Importer,
  SkipCount,
  TableWriter,
  TableWriterOptions,
} from './importer.js';
import { ImportRefusedError, MAX_ROW_ERRORS } from './import-refused-error.js';
import { IMPORT_LIMITS } from './limits.js';
import { widenPageCache } from './page-cache.js';
import { DamagedFileError, LineReader } from './text/line-reader.js';
import { retrievalDate } from './retrieval-date.js';
import type { TextEncodingName } from './text/text-decoding.js';

/** The runner's clock: a function returning now, or an object with `now()`. */
export type Clock = (() => Date) | { now(): Date };

export interface RunImportOptions {
  /** Validate and count, then roll everything back. */
  readonly dryRun?: boolean;
  readonly onProgress?: (progress: ImportProgress) => void;
  readonly clock?: Clock;
  /**
   * The directory with the JRC NUTS converter tables (n2_cm_v2016_v2021.csv...). Default: a
   * `nuts_conversion` directory next to the file or up to three levels above it.
   */
  readonly nutsConversionDir?: string;
  /** Who the audit trail names for the import (`cli:<os user>`, a user); `system` when absent. */
  readonly actor?: AuditActor;
  /** The text encoding of the file (default UTF-8, decoded strictly); see `--encoding`. */
  readonly encoding?: TextEncodingName;
  /** Regions a boundary file may add that are not loaded yet (`--new-regions`; default none). */
  readonly allowNewRegions?: boolean;
}

const DEFAULT_BATCH = 5_000;
const NO_DATA_ROWS = 'the file has no data rows; nothing was imported';
const TOO_MANY_ROWS = `more than ${IMPORT_LIMITS.maxRows.toLocaleString('en-GB')} data rows, the limit for one file; split it`;

/**
 * Imports one file with `importer`, all or nothing.
 *
 * - The file's SHA-256 is computed first; the import's id is `<kind>-<first 16 hex digits>`, so
 *   the same file imported again gets the same id and its rows do not change.
 * - Everything, including the provenance row in `imports`, is written in one transaction.
 * - Rows are written in batches of a few thousand through `tx.upsert`; unchanged rows count
 *   neither as inserted nor as updated, so a second run reports 0 and 0.
 * - On SQLite, a table that is still empty when its first full batch is written loads without
 *   its secondary indexes; they are built again at the end, in the same transaction.
 * - If any row is refused, everything is rolled back and an {@link ImportRefusedError}
 *   (code IMPORT_REFUSED) is thrown, listing the first 100 errors as `file:row: field: reason`.
 * - With `dryRun`, the file is validated and counted, then rolled back.
 *
 * @example
 *   const summary = await runImport(store, cordisImporter, 'data/cordis/h2020_participations_eunets.csv.gz');
 *   // { kind: 'cordis', read: 144726, inserted: 212048, updated: 0, refused: 0, ... }
 */
export async function runImport(
  store: Store,
  importer: Importer,
  file: string,
  options: RunImportOptions = {},
): Promise<ImportSummary> {
  const now = clockOf(options.clock);
  if (!existsSync(file)) {
    throw new RegiokrachtError('DATA_FILE_INVALID', `${file}: no such file`);
  }
  const checksum = await fileChecksum(file);
  const importId = `${importer.kind}-${checksum.slice(0, 16)}`;
  const startedAt = now().toISOString();
  const nutsConversionDir = options.nutsConversionDir ?? findNutsConversionDir(file);
  const retrievedAt = await retrievalDate(file, checksum);
  let summary: ImportSummary | undefined;
  let narrowPageCache: ((db: Store['db']) => Promise<void>) | undefined;
  try {
    await store.transaction(async (tx) => {
      narrowPageCache = await widenPageCache(tx.db, store.backend);
      const run = new ImportRun(
        tx,
        store.backend,
        importer.kind,
        file,
        importId,
        now,
        nutsConversionDir,
        options,
        retrievedAt,
      );
      await tx.upsert(
        'imports',
        ['id'],
        [importRow(importId, null, importer.kind, file, checksum, startedAt, null, run, 'running')],
      );
      try {
        await importer.run(run);
        await run.flushAll();
        // The indicator list's levels and years, current in the same transaction as the values.
        if (run.indicatorIds.size > 0) await refreshIndicatorSummary(tx.db, [...run.indicatorIds]);
      } catch (error) {
        if (error instanceof FileRefused) throw error;
        if (error instanceof DamagedFileError) {
          run.refuseFile(error.line ?? run.linesRead + 1, error.field ?? '(file)', error.message);
        }
        throw error;
      }
      if (run.refusedRows > 0) throw new RefusedRows(run);
      if (run.read === 0) run.refuseFile(2, '(rows)', NO_DATA_ROWS);
      await tx.upsert(
        'imports',
        ['id'],
        [
          importRow(
            importId,
            run.datasetId,
            importer.kind,
            file,
            checksum,
            startedAt,
            now().toISOString(),
            run,
            options.dryRun ? 'dry-run' : 'done',
          ),
        ],
      );
      summary = run.summary(checksum, options.dryRun ?? false);
      if (options.dryRun) throw new DryRunRollback();
      await recordAudit(
        tx.db,
        options.actor,
        {
          action: 'import',
          entity: 'import',
          entityId: importId,
          before: null,
          after: {
            kind: importer.kind,
            file,
            checksum,
            read: summary.read,
            inserted: summary.inserted,
            updated: summary.updated,
          },
        },
        now(),
      );
    });
  } catch (error) {
    await narrowPageCache?.(store.db);
    if (error instanceof DryRunRollback && summary) return summary;
    if (error instanceof RefusedRows || error instanceof FileRefused) {
      const run = error.run;
      throw new ImportRefusedError(file, run.errors, {
        refusedRows: run.refusedRows,
        errorCount: run.errorCount,
      });
    }
    if (error instanceof RegiokrachtError) throw error;
    throw new RegiokrachtError(
      'IMPORT_REFUSED',
      `${file} was not imported: ${(error as Error).message}; nothing was changed`,
      { cause: error },
    );
  }
  await narrowPageCache?.(store.db);
  if (!summary) throw new Error('import finished without a summary');
  return summary;
}

/** SHA-256 of a file's bytes (as stored, compressed or not), in hex; read as a stream. */
export async function fileChecksum(file: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(file, { highWaterMark: 1 << 20 })) {
    hash.update(chunk as Buffer);
  }
  return hash.digest('hex');
}

/** A `nuts_conversion` directory beside the file or up to three levels above it. */
export function findNutsConversionDir(file: string): string | undefined {
  let dir = dirname(file);
  for (let i = 0; i < 4; i++) {
    const candidate = join(dir, 'nuts_conversion');
    if (existsSync(candidate)) return candidate;
    const parent = dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  return undefined;
}

function clockOf(clock: Clock | undefined): () => Date {
  if (!clock) return () => new Date();
  return typeof clock === 'function' ? clock : () => clock.now();
}

function importRow(
  id: string,
  datasetId: string | null,
  kind: string,
  file: string,
  checksum: string,
  startedAt: string,
  finishedAt: string | null,
  run: ImportRun,
  status: string,
): Row {
  return {
    id,
    dataset_id: datasetId,
    kind,
    file,
    checksum,
    started_at: startedAt,
    finished_at: finishedAt,
    rows_read: run.read,
    rows_inserted: run.inserted,
    rows_updated: run.updated,
    rows_refused: run.refusedRows,
    status,
  };
}

class DryRunRollback extends Error {}

class RefusedRows extends Error {
  constructor(readonly run: ImportRun) {
    super('rows refused');
  }
}

class FileRefused extends Error {
  constructor(readonly run: ImportRun) {
    super('file refused');
    this.name = 'FileRefused';
  }
}

/** The context one importer run writes through; keeps counts, errors and skips. */
class ImportRun implements ImportContext {
  read = 0;
  inserted = 0;
  updated = 0;
  refusedRows = 0;
  errorCount = 0;
  datasetId: string | null = null;
  /** The indicators whose values this run wrote (for `indicator_summary`). */
  readonly indicatorIds = new Set<string>();
  readonly errors: RowError[] = [];
  private lastRefusedRow = -1;
  private format = '';
  private readonly skips = new Map<string, { count: number; examples: string[] }>();
  private readonly notes: string[] = [];
  private readonly writers: BatchWriter[] = [];
  private bytesRead = 0;
  private bytesTotal = 0;
  private reader: LineReader | undefined;
  /** Per table written: its secondary indexes if they were dropped for the load, else null. */
  private readonly suspended = new Map<TableName, SuspendedIndexes | null>();

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
  ) {}

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
    if (table === 'indicator_values')
      for (const row of rows) this.indicatorIds.add(String(row.indicator_id));
    const counts = await this.tx.upsert(table, key, rows);
    this.inserted += counts.inserted;
    this.updated += counts.updated;
  }

  async flush(): Promise<void> {
    for (const writer of this.writers) if (writer.full) await writer.flush();
  }

  async flushAll(): Promise<void> {
    for (const writer of this.writers) await writer.flush();
    for (const indexes of this.suspended.values()) await indexes?.restore();
    this.suspended.clear();
  }

  /**
   * Before a table's first full batch: when the table is empty, drops its secondary indexes for
   * the load where the backend allows ({@link suspendSecondaryIndexes}; {@link flushAll} builds
   * them again). Asked once per table and run.
   */
  async beforeBulkWrite(table: TableName): Promise<void> {
    if (this.suspended.has(table)) return;
    this.suspended.set(table, null);
    if (this.refusing) return;
    const any = await sql`select 1 as one from ${sql.table(table)} limit 1`.execute(this.tx.db);
    if (any.rows.length > 0) return;
    this.suspended.set(table, await suspendSecondaryIndexes(this.tx.db, this.backend, table));
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

class BatchWriter implements TableWriter {
  private rows: Row[] = [];
  private readonly size: number;

  constructor(
    private readonly run: ImportRun,
    private readonly table: TableName,
    private readonly key: readonly string[],
    private readonly options: TableWriterOptions,
  ) {
    this.size = options.batchSize ?? DEFAULT_BATCH;
  }

  add(row: Row): void {
    if (!this.run.refusing) this.rows.push(row);
  }

  get queued(): number {
    return this.rows.length;
  }

  get full(): boolean {
    return this.rows.length >= this.size;
  }

  async flush(): Promise<void> {
    for (const before of this.options.after ?? []) await before.flush();
    if (this.rows.length === 0) return;
    if (this.rows.length >= this.size) await this.run.beforeBulkWrite(this.table);
    const rows = this.rows;
    this.rows = [];
    if (this.options.inKeyOrder) rows.sort(byKey(this.key));
    await this.run.upsert(this.table, this.key, rows);
  }
}

/** Orders rows by their key columns (stable: rows with the same key keep their order). */
function byKey(key: readonly string[]): (a: Row, b: Row) => number {
  return (a, b) => {
    for (const column of key) {
      const x = a[column] as string | number | null;
      const y = b[column] as string | number | null;
      if (x === y) continue;
      if (x === null) return -1;
      if (y === null) return 1;
      return x < y ? -1 : 1;
    }
    return 0;
  };
}
