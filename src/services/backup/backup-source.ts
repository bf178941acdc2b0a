/** One table of a backup: its columns in the order its rows list their values, and its row count. */
export interface BackupTable {
  readonly name: string;
  readonly columns: readonly string[];
  readonly rows: number;
}

/** A batch of rows of one table, values in the table's column order. */
export interface BackupBatch {
  readonly table: string;
  readonly rows: readonly (readonly unknown[])[];
}

/**
 * Everything a backup holds, whichever form it is in (a logical backup file, or a consistent
 * snapshot of a database): the schema migrations it was taken at and every table's rows, tables
 * in foreign-key order (a table after the tables it refers to; within a table that refers to
 * itself, a row after the row it refers to), so that loading them in order never breaks a key.
 */
export interface BackupSource {
  /** Where it comes from, for messages: a file or a database. */
  readonly origin: string;
  readonly migrations: readonly string[];
  readonly tables: readonly BackupTable[];
  /** Every table's rows, in `tables` order; can be read once. */
  batches(): AsyncIterable<BackupBatch>;
}

/** The migrations table of Kysely, which restore leaves to the target's own migrations. */
export const MIGRATION_TABLES: ReadonlySet<string> = new Set([
  'kysely_migration',
  'kysely_migration_lock',
]);

/**
 * Tables of derived data that a backup leaves out: the stored figures (migration 0006) are a
 * cache of what the other tables give, computed again after a restore (restore empties them).
 */
export const DERIVED_TABLES: ReadonlySet<string> = new Set(['figures']);
