import { sql, type Kysely } from 'kysely';
import type { Database } from '../storage/schema.js';
import { suspendSecondaryIndexes, type SuspendedIndexes } from '../storage/secondary-indexes.js';
import type { Backend, TableName } from '../storage/store.js';

interface TableLoad {
  /** Rows the table held (an upper bound) when the import's first bulk batch came. */
  readonly held: number;
  /** Rows of the bulk batches written since. */
  written: number;
  /** Its secondary indexes once dropped for the load, else null. */
  suspended: SuspendedIndexes | null;
}

/**
 * Which tables an import loads without their secondary indexes (SQLite only; see
 * {@link suspendSecondaryIndexes}). A table's indexes are dropped before the bulk batch (a full
 * batch, or the rows written ahead of one: see batch-writer.ts) that finds the import has written,
 * in such batches, at least as many rows as the table held when the first came: an empty table's
 * at once, a large table's only once the file has brought as many rows again. Building an index
 * again reads the whole table, while keeping it costs a B-tree insert per row written, so a few
 * thousand rows into a large table keep the indexes and a load that outgrows the table drops
 * them. {@link restore} builds them again, in the same transaction.
 */
export class BulkLoad {
  private readonly tables = new Map<TableName, TableLoad>();

  constructor(
    private readonly db: Kysely<Database>,
    private readonly backend: Backend,
  ) {}

  /** Before a bulk batch of `rows` rows is written to `table`. */
  async beforeBatch(table: TableName, rows: number): Promise<void> {
    if (this.backend !== 'sqlite') return;
    let load = this.tables.get(table);
    if (!load) {
      load = { held: await rowsHeld(this.db, table), written: 0, suspended: null };
      this.tables.set(table, load);
    }
    if (!load.suspended && load.written >= load.held) {
      load.suspended = await suspendSecondaryIndexes(this.db, this.backend, table);
    }
    load.written += rows;
  }

  /** Builds every index dropped for the load again. */
  async restore(): Promise<void> {
    for (const load of this.tables.values()) await load.suspended?.restore();
    this.tables.clear();
  }
}

/** The table's largest rowid: its number of rows, or more after deletions. */
async function rowsHeld(db: Kysely<Database>, table: TableName): Promise<number> {
  const { rows } = await sql<{
    held: number | null;
  }>`select max(rowid) as held from ${sql.table(table)}`.execute(db);
  return Number(rows[0]?.held ?? 0);
}
