import type { Row, TableName } from '../storage/store.js';
import type { TableWriter, TableWriterOptions } from './importer.js';

const DEFAULT_BATCH = 5_000;

/** What a {@link BatchWriter} writes through: the import run. */
export interface BatchTarget {
  /** Whether a row was refused: nothing more is queued or written. */
  readonly refusing: boolean;
  /** Before a full batch of `rows` rows is written to `table`. */
  beforeBulkWrite(table: TableName, rows: number): Promise<void>;
  upsert(table: TableName, key: readonly string[], rows: readonly Row[]): Promise<void>;
}

/** Queues one table's rows and writes them in batches (5,000 unless the importer says). */
export class BatchWriter implements TableWriter {
  private rows: Row[] = [];
  private readonly size: number;

  constructor(
    private readonly run: BatchTarget,
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
    if (this.rows.length >= this.size) await this.run.beforeBulkWrite(this.table, this.rows.length);
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
