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

/**
 * Orders rows by their key columns (stable: rows with the same key keep their order). A key of
 * one column, as most are, is compared without the loop over the columns.
 */
function byKey(key: readonly string[]): (a: Row, b: Row) => number {
  const [only] = key;
  if (key.length === 1 && only !== undefined) return (a, b) => compareCells(a[only], b[only]);
  return (a, b) => {
    for (let c = 0; c < key.length; c++) {
      const column = key[c]!;
      const order = compareCells(a[column], b[column]);
      if (order !== 0) return order;
    }
    return 0;
  };
}

/** Null first, then by value. */
function compareCells(
  x: string | number | null | undefined,
  y: string | number | null | undefined,
): number {
  if (x === y) return 0;
  if (x === null) return -1;
  if (y === null) return 1;
  return (x as string | number) < (y as string | number) ? -1 : 1;
}
