import type { CompiledQuery, Expression, Kysely, SqlBool } from 'kysely';
import type { Database } from './schema.js';

export type TableName = keyof Database & string;
export type Backend = 'sqlite' | 'postgres';

/** A row for a bulk upsert: column -> value. Every row of one call has the same columns. */
export type Row = Readonly<Record<string, string | number | null>>;

/** What a bulk upsert did: rows new to the table, rows whose values changed. Unchanged rows count in neither. */
export interface UpsertCount {
  inserted: number;
  updated: number;
}

/** A select's values column by column, and the columns' names in the same order. */
export interface ColumnValues {
  readonly names: readonly string[];
  readonly columns: readonly (readonly unknown[])[];
}

/** Work inside one transaction: everything it writes lands together or not at all. */
export interface StoreTx {
  readonly db: Kysely<Database>;
  /**
   * Inserts rows, or updates the rows with the same `key` columns when a value differs.
   * Runs in the surrounding transaction.
   */
  upsert(table: TableName, key: readonly string[], rows: readonly Row[]): Promise<UpsertCount>;
}

/**
 * The one storage interface. Everything outside src/storage talks to the database through it;
 * only src/main.ts knows which backend is behind it.
 */
export interface Store {
  readonly backend: Backend;
  readonly db: Kysely<Database>;
  /** A short description for logs and messages, without secrets. */
  readonly location: string;
  transaction<T>(work: (tx: StoreTx) => Promise<T>): Promise<T>;
  /**
   * The rows of a select column by column: for each column the query selects, its values in row
   * order. For large reads, where an object per row costs more than the read. The values are
   * those the query's `execute` gives. Outside any transaction, like `db`.
   */
  selectColumns(query: CompiledQuery): Promise<ColumnValues>;
  close(): Promise<void>;
  /** Full-text search, where the backend has it (both do); callers fall back to plain matching. */
  readonly textSearch?: TextSearch;
}

/**
 * Full-text search over good practices (title, description, resources, evidence, transfer
 * potential), stemmed in each practice's language: English when `language` is 'en', else Dutch.
 * Every word of the query must occur in some inflected form; stop words are ignored, and a query
 * of stop words only finds nothing. SQLite: FTS5 with a Dutch suffix stripper; PostgreSQL: the
 * 'dutch' and 'english' text-search configurations (see migration 0003).
 */
export interface TextSearch {
  /** A condition that holds when the good practice whose id is in column `idColumn` (e.g. 'g.id') matches `query`. */
  goodPracticeMatches(idColumn: string, query: string): Expression<SqlBool>;
}
