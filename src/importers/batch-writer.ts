import type { Cell, Row, RowValues, StoreTx, TableName } from '../storage/store.js';
import type { TableWriter, TableWriterOptions } from './importer.js';

const DEFAULT_BATCH = 5_000;

/** What a {@link BatchWriter} writes through: the import run. */
export interface BatchTarget {
  /** Whether a row was refused: nothing more is queued or written. */
  readonly refusing: boolean;
  /** Before `rows` rows of a bulk load (a full batch, or rows written ahead of one) go to `table`. */
  beforeBulkWrite(table: TableName, rows: number): Promise<void>;
  upsert(table: TableName, key: readonly string[], rows: readonly Row[]): Promise<void>;
  upsertValues(...args: Parameters<StoreTx['upsertValues']>): Promise<void>;
}

/**
 * Queues one table's rows and writes them in batches (5,000 unless the importer says). Rows come
 * as objects (`add`) or, when the writer was given its columns, as lists of values (`addValues`).
 */
export class BatchWriter implements TableWriter {
  private rows: Row[] = [];
  private values: RowValues[] = [];
  private readonly size: number;
  /** How far the queued rows are in the order of the key (with `inKeyOrder`). */
  private readonly rowOrder: QueueOrder<Row> | undefined;
  private readonly valueOrder: QueueOrder<RowValues> | undefined;

  constructor(
    private readonly run: BatchTarget,
    private readonly table: TableName,
    private readonly key: readonly string[],
    private readonly options: TableWriterOptions,
  ) {
    this.size = options.batchSize ?? DEFAULT_BATCH;
    const columns = options.columns ?? [];
    const keyAt = key.map((k) => columns.indexOf(k));
    if (options.inKeyOrder) {
      this.rowOrder = new QueueOrder(byKey(key), byKey(key.slice(0, 1)));
      this.valueOrder = new QueueOrder(byPositions(keyAt), byPositions(keyAt.slice(0, 1)));
    }
  }

  add(row: Row): void {
    if (this.run.refusing) return;
    this.rowOrder?.follow(this.rows, row);
    this.rows.push(row);
  }

  addValues(values: RowValues): void {
    if (!this.options.columns) throw new Error(`the writer of ${this.table} has no columns`);
    if (this.run.refusing) return;
    this.valueOrder?.follow(this.values, values);
    this.values.push(values);
  }

  get queued(): number {
    return this.rows.length + this.values.length;
  }

  get full(): boolean {
    return this.queued >= this.size;
  }

  async flush(): Promise<void> {
    await this.write(false);
  }

  /**
   * Writes the queued rows, those of the writers this one comes after first. A full batch is
   * written as part of a bulk load ({@link BatchTarget.beforeBulkWrite}), and so are the rows of
   * the writers it comes after, flushed ahead of it however few they are: the organisations and
   * projects of a batch of participations are a bulk load as much as the participations.
   */
  private async write(ahead: boolean): Promise<void> {
    const bulk = ahead || this.full;
    for (const before of this.options.after ?? []) {
      if (before instanceof BatchWriter) await before.write(bulk);
      else await before.flush();
    }
    const queued = this.queued;
    if (queued === 0) return;
    if (bulk) await this.run.beforeBulkWrite(this.table, queued);
    if (this.rows.length > 0) {
      const rows = this.rows;
      this.rows = [];
      this.rowOrder?.order(rows);
      await this.run.upsert(this.table, this.key, rows);
    }
    if (this.values.length > 0) {
      const values = this.values;
      this.values = [];
      this.valueOrder?.order(values);
      await this.run.upsertValues(
        this.table,
        this.key,
        this.options.columns!,
        values,
        this.options.same,
      );
    }
  }
}

/** How far a queue of rows is in the order of a key: wholly, by its first column, or not. */
type Order = 'key' | 'first column' | 'none';

/**
 * Follows, as rows are queued, how far they are in the order of a key (each row compared with
 * the one before while both are at hand), and orders the queue by the key when it is written:
 * stable (rows with the same key keep their order); rows that came in that order, as they often
 * do, are left as they are, and rows that came in the order of the key's first column
 * (`compareFirst`), as the participations of one project after another do, are ordered only
 * within each run of the same first value.
 */
class QueueOrder<R> {
  private state: Order = 'key';

  constructor(
    private readonly compare: (a: R, b: R) => number,
    private readonly compareFirst: (a: R, b: R) => number,
  ) {}

  /** Notes that `row` is queued after the rows of `queue`. */
  follow(queue: readonly R[], row: R): void {
    if (this.state === 'none' || queue.length === 0) return;
    const last = queue[queue.length - 1]!;
    if (this.state === 'key' && this.compare(last, row) <= 0) return;
    this.state = this.compareFirst(last, row) <= 0 ? 'first column' : 'none';
  }

  /** Orders the rows followed (the queue, now being written) by the key; follows a new queue. */
  order(rows: R[]): void {
    if (this.state === 'first column') orderRuns(rows, this.compare, this.compareFirst);
    else if (this.state === 'none') rows.sort(this.compare);
    this.state = 'key';
  }
}

/** Orders each run of rows with the same first key value (rows in the order of that value). */
function orderRuns<R>(
  rows: R[],
  compare: (a: R, b: R) => number,
  compareFirst: (a: R, b: R) => number,
): void {
  let start = 0;
  for (let end = 1; end <= rows.length; end++) {
    if (end < rows.length && compareFirst(rows[start]!, rows[end]!) === 0) continue;
    if (end - start > 1) orderRange(rows, start, end, compare);
    start = end;
  }
}

/** Orders `rows[start..end)` (stable): by insertion when they are few, else by a sort of their copy. */
function orderRange<R>(rows: R[], start: number, end: number, compare: (a: R, b: R) => number) {
  if (end - start > 32) {
    const part = rows.slice(start, end).sort(compare);
    for (let i = 0; i < part.length; i++) rows[start + i] = part[i]!;
    return;
  }
  for (let i = start + 1; i < end; i++) {
    const row = rows[i]!;
    let j = i - 1;
    while (j >= start && compare(rows[j]!, row) > 0) {
      rows[j + 1] = rows[j]!;
      j--;
    }
    rows[j + 1] = row;
  }
}

/**
 * Compares two rows by their key columns. A key of one column, as most are, is compared without
 * the loop over the columns.
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

/** As {@link byKey}, for rows of values whose key columns are at `positions`. */
function byPositions(positions: readonly number[]): (a: RowValues, b: RowValues) => number {
  const [first = 0, second = 0] = positions;
  if (positions.length === 1) return (a, b) => compareCells(a[first], b[first]);
  if (positions.length === 2)
    return (a, b) => compareCells(a[first], b[first]) || compareCells(a[second], b[second]);
  return (a, b) => {
    for (let c = 0; c < positions.length; c++) {
      const order = compareCells(a[positions[c]!], b[positions[c]!]);
      if (order !== 0) return order;
    }
    return 0;
  };
}

/** Null first, then by value. */
function compareCells(x: Cell | undefined, y: Cell | undefined): number {
  if (x === y) return 0;
  if (x === null) return -1;
  if (y === null) return 1;
  return (x as string | number) < (y as string | number) ? -1 : 1;
}
