import type { RowError } from '../domain/errors.js';
import type { Row, RowValues, StoreTx, TableName } from '../storage/store.js';
import type { LineReader } from './text/line-reader.js';

/** A data set rows come from; written to `datasets` and referenced by the import's provenance. */
export interface DatasetInfo {
  readonly id: string;
  readonly title: string;
  readonly publisher: string;
  readonly licence: string | null;
  readonly url: string | null;
}

/** How far an import has come; sent now and then while a file is read. */
export interface ImportProgress {
  readonly kind: string;
  readonly file: string;
  readonly bytesRead: number;
  readonly bytesTotal: number;
  readonly rowsRead: number;
  /**
   * When the file is one of a data directory's ({@link importDataDirectory}): its place among
   * them and the progress of the whole load (`done` of `total`), in bytes of the files
   * decompressed weighed by what a byte of their format costs (`loadCost`), for an estimate of
   * the time left.
   */
  readonly overall?: {
    readonly file: number;
    readonly files: number;
    readonly done: number;
    readonly total: number;
  };
}

/** Rows left out on purpose, for one reason (not errors: the file still loads). */
export interface SkipCount {
  readonly reason: string;
  readonly count: number;
  /** A few examples (row number and value), for the report. */
  readonly examples: readonly string[];
}

/** What an import did. Counts are data rows; the provenance row in `imports` is not counted. */
export interface ImportSummary {
  readonly kind: string;
  readonly file: string;
  /** The layout found in the file, e.g. 'eurostat-tsv' or 'cordis-eunets-participations'. */
  readonly format: string;
  readonly read: number;
  readonly inserted: number;
  readonly updated: number;
  readonly refused: number;
  /** Rows or values left out with a reason (see `skips`); they do not stop the import. */
  readonly skipped: number;
  readonly skips: readonly SkipCount[];
  /** Remarks on what was done (aggregated duplicates, organisations placed...). */
  readonly notes: readonly string[];
  readonly importId: string;
  readonly checksum: string;
  readonly dryRun: boolean;
}

/**
 * A table the import writes in batches. `add` only queues the row (no await per row, which keeps
 * the import fast); the context writes queued rows when the importer calls `ctx.flush()`, once
 * per batch of input, and at the end.
 */
export interface TableWriter {
  add(row: Row): void;
  /** Queues a row given as its values in the order of the writer's `columns` (see its options). */
  addValues(values: RowValues): void;
  /** Rows queued and not yet written. */
  readonly queued: number;
  /** Writes the queued rows now (after those of the writers it comes after). */
  flush(): Promise<void>;
}

export interface TableWriterOptions {
  /** Writers whose pending rows must reach the database first (foreign keys). */
  readonly after?: readonly TableWriter[];
  /** The columns of the rows given to `addValues`, in their order (the key's among them). */
  readonly columns?: readonly string[];
  /** Further columns with the value every row given to `addValues` has (the import's id...). */
  readonly same?: Row;
  /** Rows from which `ctx.flush()` writes the queue (default 5,000). */
  readonly batchSize?: number;
  /**
   * Write each batch in the order of the key (rows with the same key keep their order): rows that
   * arrive in no order then go into the key's B-tree side by side. Not for a table whose rows
   * refer to other rows of the same table (a region's parent).
   */
  readonly inKeyOrder?: boolean;
}

/** Everything an importer gets from the runner: the file, the transaction, and where to report. */
export interface ImportContext {
  /** The path of the file being imported, as given. */
  readonly file: string;
  readonly kind: string;
  readonly importId: string;
  readonly tx: StoreTx;
  /** Where the JRC NUTS converter tables are (a `nuts_conversion` directory), if known. */
  readonly nutsConversionDir: string | undefined;
  /** Whether a boundary file may add regions that are not loaded yet (`--new-regions`). */
  readonly allowNewRegions: boolean;
  /** True once a row has been refused: the import will be rolled back, so writing can stop. */
  readonly refusing: boolean;
  /** The current time, from the runner's clock. */
  now(): Date;
  /** Opens the file's lines (gz transparently); see {@link LineReader}. */
  openLines(): Promise<LineReader>;
  /** Names the layout found in the file, for the summary. */
  setFormat(format: string): void;
  /** Records the data set the rows come from (written to `datasets`). */
  useDataset(dataset: DatasetInfo): Promise<void>;
  /** Counts rows read from the file. */
  rowsRead(count: number): void;
  /** Refuses a row: the whole import will be rolled back and the error reported. */
  refuse(row: number, field: string, reason: string): void;
  /** Refuses the whole file (wrong kind, empty, header missing): throws at once. */
  refuseFile(row: number, field: string, reason: string): never;
  /** Leaves a row or value out on purpose, counted under `reason`. */
  skip(reason: string, example?: string): void;
  /** A remark for the summary. */
  note(text: string): void;
  /** A batched writer for one table, upserting on `key`. */
  writer(table: TableName, key: readonly string[], options?: TableWriterOptions): TableWriter;
  /** Writes the queues of writers holding a full batch or more; call once per batch of input. */
  flush(): Promise<void>;
  /** Upserts rows at once (small reference tables), counted like the writers' rows. */
  upsert(table: TableName, key: readonly string[], rows: readonly Row[]): Promise<void>;
}

/** An importer: reads one kind of file and writes its rows through the context. */
export interface Importer {
  readonly kind: string;
  /** One line for help texts: what the importer reads. */
  readonly description: string;
  /**
   * 'at-end' for an importer that writes only through its writers and `ctx.upsert` and deletes
   * nothing: its foreign keys are then checked once, before the commit, rather than row by row
   * (see `TransactionOptions` in src/storage/store.ts). Default 'each-row'.
   */
  readonly foreignKeys?: 'each-row' | 'at-end';
  /** With 'at-end', the tables whose references the importer makes sure of itself (`TransactionOptions`). */
  readonly referencesHeld?: readonly TableName[];
  run(context: ImportContext): Promise<void>;
}

export type { RowError };
