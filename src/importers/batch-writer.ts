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
  /** Where the key's columns are in a row of values. */
  private readonly keyAt: readonly number[];

  constructor(
    private readonly run: BatchTarget,
    private readonly table: TableName,
    private readonly key: readonly string[],
    private readonly options: TableWriterOptions,
  ) {
    this.size = options.batchSize ?? DEFAULT_BATCH;
    const columns = options.columns ?? [];
    this.keyAt = key.map((k) => columns.indexOf(k));
  }

  add(row: Row): void {
    if (!this.run.refusing) this.rows.push(row);
  }

  addValues(values: RowValues): void {
    if (!this.options.columns) throw new Error(`the writer of ${this.table} has no columns`);
    if (!this.run.refusing) this.values.push(values);
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
      if (this.options.inKeyOrder) inKeyOrder(rows, byKey(this.key), byKey(this.key.slice(0, 1)));
      await this.run.upsert(this.table, this.key, rows);
    }
    if (this.values.length > 0) {
      const values = this.values;
      this.values = [];
      if (this.options.inKeyOrder)
        inKeyOrder(values, byPositions(this.keyAt), byPositions(this.keyAt.slice(0, 1)));
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

/**
 * Orders rows by their key (stable: rows with the same key keep their order); rows that came in
 * that order, as they often do, are left as they are. Rows that came in the order of the key's
 * first column (`compareFirst`), as the participations of one project after another do, are
 * ordered only within each run of the same first value.
 */
function inKeyOrder<R>(
  rows: R[],
  compare: (a: R, b: R) => number,
  compareFirst: (a: R, b: R) => number,
): void {
  let i = 1;
  while (i < rows.length && compare(rows[i - 1]!, rows[i]!) <= 0) i++;
  if (i >= rows.length) return;
  // Up to `i` the rows are in the key's order, and so in the order of its first column.
  for (let j = i; j < rows.length; j++) {
    if (compareFirst(rows[j - 1]!, rows[j]!) > 0) {
      rows.sort(compare);
      return;
    }
  }
  orderRuns(rows, compare, compareFirst);
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
