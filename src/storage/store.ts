import type { CompiledQuery, Expression, Kysely, SqlBool } from 'kysely';
import type { Database } from './schema.js';

export type TableName = keyof Database & string;
export type Backend = 'sqlite' | 'postgres';

/** A value of a row. */
export type Cell = string | number | null;

/** A row for a bulk upsert: column -> value. Every row of one call has the same columns. */
export type Row = Readonly<Record<string, Cell>>;

/** A row for a bulk upsert given as its values, in the order of the call's columns. */
export type RowValues = readonly Cell[];

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

/** See {@link Store.changeMark}. */
export interface ChangeMark {
  /** Changes with every commit of another connection or process. */
  readonly version: number;
  /** The rows this store has inserted, updated or deleted so far; it only grows. */
  readonly changes: number;
}

/** Work inside one transaction: everything it writes lands together or not at all. */
export interface StoreTx {
  readonly db: Kysely<Database>;
  /**
   * Inserts rows, or updates the rows with the same `key` columns when a value differs.
   * Runs in the surrounding transaction.
   */
  upsert(table: TableName, key: readonly string[], rows: readonly Row[]): Promise<UpsertCount>;
  /**
   * As {@link upsert}, each row given as its values in the order of `columns` (which hold the
   * `key` columns), and `same` the values of further columns that every row has: no object per
   * row, for the large loads of the importers.
   */
  upsertValues(
    table: TableName,
    key: readonly string[],
    columns: readonly string[],
    rows: readonly RowValues[],
    same?: Row,
  ): Promise<UpsertCount>;
}

/** The values of `rows` in the order of `columns`, an absent value as null. */
export function rowValues(columns: readonly string[], rows: readonly Row[]): RowValues[] {
  return rows.map((row) => columns.map((c) => row[c] ?? null));
}

/** How a transaction checks its foreign keys. */
export interface TransactionOptions {
  /**
   * 'at-end': on SQLite, foreign keys are not looked up row by row while the work runs (a load of
   * many rows spends much of its time on those look-ups) but checked once, before the commit,
   * over the tables written through `tx.upsert` or `tx.upsertValues` and those named in
   * `alsoWritten`; a row that names a missing one fails the transaction with a
   * {@link ForeignKeyViolation}. Only for work that deletes nothing (no cascade runs) and writes
   * other tables only as named. PostgreSQL checks each row as always. Default 'each-row'.
   */
  readonly foreignKeys?: 'each-row' | 'at-end';
  /** Tables the work writes other than through `tx.upsert` and `tx.upsertValues`. */
  readonly alsoWritten?: readonly TableName[];
  /**
   * With 'at-end': tables whose references the work has made sure of itself as it wrote their
   * rows (each names a row it read in the same transaction or wrote in it), which the check
   * before the commit then leaves out. Only where every row held before could name no missing
   * row either (written with foreign keys checked), so that the check could find nothing.
   */
  readonly referencesHeld?: readonly TableName[];
}

/** A row, found when a transaction checked its foreign keys at its end, that names a missing row. */
export class ForeignKeyViolation extends Error {
  constructor(
    readonly table: string,
    readonly columns: readonly string[],
    readonly values: readonly unknown[],
    readonly parent: string,
  ) {
    super(
      `${table}.${columns.join(', ')} ${values.map((v) => JSON.stringify(v)).join(', ')}: no such row in ${parent}`,
    );
    this.name = 'ForeignKeyViolation';
  }
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
  transaction<T>(work: (tx: StoreTx) => Promise<T>, options?: TransactionOptions): Promise<T>;
  /**
   * The rows of a select column by column: for each column the query selects, its values in row
   * order. For large reads, where an object per row costs more than the read. The values are
   * those the query's `execute` gives. Outside any transaction, like `db`.
   */
  selectColumns(query: CompiledQuery): Promise<ColumnValues>;
  /**
   * A mark that differs after any change to the data: a commit by any other connection or
   * process, or a row written by this store (even one rolled back later). Equal marks mean
   * unchanged data, so that what was computed from the data under a mark can be reused while the
   * mark stays the same. Absent where the backend cannot tell cheaply (PostgreSQL).
   */
  readonly changeMark?: () => ChangeMark;
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
