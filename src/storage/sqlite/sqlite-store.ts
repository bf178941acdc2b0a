import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { Kysely } from 'kysely';
import { RegiokrachtError } from '../../domain/errors.js';
import type { Database } from '../schema.js';
import {
  rowValues,
  type Cell,
  type Row,
  type RowValues,
  type Store,
  type StoreTx,
  type TableName,
  type TransactionOptions,
  type UpsertCount,
} from '../store.js';
import { firstForeignKeyViolation } from './sqlite-foreign-key-check.js';
import { sqliteChangeMark } from './sqlite-change-mark.js';
import { sqliteSelectColumns } from './sqlite-select-columns.js';
import { statementRows } from './statement-rows.js';
import { registerSqliteTextSearch, sqliteTextSearch } from './sqlite-text-search.js';
import { SqliteWaitingDialect } from './sqlite-waiting-dialect.js';

export interface SqliteStoreOptions {
  /** How long a write waits for another process's write lock; 5 s unless told. */
  readonly busyTimeoutMs?: number;
  /**
   * What this process is doing (e.g. `import cbs-places`), named to writers that wait for its
   * write lock; the server leaves it unset.
   */
  readonly job?: string | undefined;
}

/**
 * The embedded backend: one SQLite file (WAL, foreign keys on, busy timeout). Every write
 * transaction takes the write lock at its start and waits for it without blocking the event loop
 * (see sqlite-write-lock.ts). `path` ':memory:' gives a private in-memory database.
 */
export function openSqliteStore(path: string, options: SqliteStoreOptions = {}): Store {
  const busyTimeoutMs = options.busyTimeoutMs ?? 5000;
  let raw: SqliteDatabase.Database;
  try {
    if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
    raw = new SqliteDatabase(path);
    raw.pragma('journal_mode = WAL');
    raw.pragma('foreign_keys = ON');
    raw.pragma(`busy_timeout = ${busyTimeoutMs}`);
    raw.pragma('synchronous = NORMAL');
    registerSqliteTextSearch(raw);
    raw.prepare('select count(*) from sqlite_master').get();
  } catch (error) {
    throw new RegiokrachtError(
      'DATABASE_UNREACHABLE',
      `cannot open the database file ${path} (${(error as Error).message}); check the path given with --db or REGIOKRACHT_DB`,
      { cause: error },
    );
  }
  const dialect = new SqliteWaitingDialect(raw, { file: path, busyTimeoutMs, job: options.job });
  const db = new Kysely<Database>({ dialect });
  const statements = new Map<string, SqliteDatabase.Statement>();

  const prepared = (text: string) => {
    let statement = statements.get(text);
    if (!statement) {
      statement = raw.prepare(text);
      statements.set(text, statement);
    }
    return statement;
  };

  // Rows go in many at a time: one statement inserts up to ROWS_PER_STATEMENT rows, skipping keys
  // that exist. When it inserted fewer rows than it was given (keys already held, or a key twice
  // in the chunk), every row of the chunk is then updated where a value differs, in order: a row
  // just inserted is unchanged by its own update, so the change counts still tell inserted rows
  // from updated ones exactly as one row at a time would.
  const upsertValues = (
    table: TableName,
    key: readonly string[],
    columns: readonly string[],
    rows: readonly RowValues[],
    same: Row = {},
  ): UpsertCount => {
    if (rows.length === 0) return { inserted: 0, updated: 0 };
    const fixed = Object.keys(same);
    const all = [...columns, ...fixed];
    const others = all.filter((c) => !key.includes(c));
    const update =
      others.length > 0
        ? {
            statement: prepared(updateChangedSql(table, others, key)),
            others: others.map((c) => all.indexOf(c)),
            key: key.map((c) => all.indexOf(c)),
            same: fixed.map((c) => same[c] ?? null),
          }
        : null;
    const perStatement = Math.max(
      1,
      Math.min(ROWS_PER_STATEMENT, Math.floor(MAX_PARAMETERS / columns.length)),
    );
    let inserted = 0;
    let updated = 0;
    // A last, shorter chunk goes in statements of fewer rows (a few sizes, each prepared once).
    for (let start = 0; start < rows.length;) {
      const size = statementRows(rows.length - start, perStatement);
      const insert = insertStatement(table, columns, key, same, size);
      const counts = insertChunk(insert, columns.length, update, rows, start, size);
      inserted += counts.inserted;
      updated += counts.updated;
      start += size;
    }
    return { inserted, updated };
  };

  const insertStatement = (
    table: TableName,
    columns: readonly string[],
    key: readonly string[],
    same: Row,
    size: number,
  ): SqliteDatabase.Statement => {
    const name = `insert ${table} (${columns.join(',')}) ${JSON.stringify(same)} on (${key.join(',')}) ${size}`;
    let insert = statements.get(name);
    if (!insert) {
      insert = raw.prepare(insertNewSql(table, columns, same, key, size));
      statements.set(name, insert);
    }
    return insert;
  };

  /** The parameters of one chunk, in an array kept per statement (the statement copies them). */
  const chunkParameters = new Map<SqliteDatabase.Statement, Cell[]>();

  const insertChunk = (
    insert: SqliteDatabase.Statement,
    width: number,
    update: ChangedUpdate | null,
    rows: readonly RowValues[],
    start: number,
    size: number,
  ): UpsertCount => {
    let params = chunkParameters.get(insert);
    if (!params) chunkParameters.set(insert, (params = new Array<Cell>(size * width)));
    let p = 0;
    for (let r = start; r < start + size; r++) {
      const row = rows[r]!;
      for (let c = 0; c < width; c++) params[p++] = row[c] ?? null;
    }
    const inserted = insert.run(params).changes;
    if (inserted === size || !update) return { inserted, updated: 0 };
    let updated = 0;
    for (let r = start; r < start + size; r++) {
      const row = [...rows[r]!, ...update.same];
      const next = update.others.map((c) => row[c] ?? null);
      const where = update.key.map((c) => row[c] ?? null);
      updated += update.statement.run([...next, ...where, ...next]).changes;
    }
    return { inserted, updated };
  };

  const upsert = (table: TableName, key: readonly string[], rows: readonly Row[]): UpsertCount => {
    const first = rows[0];
    if (!first) return { inserted: 0, updated: 0 };
    const columns = Object.keys(first);
    return upsertValues(table, key, columns, rowValues(columns, rows));
  };

  const tx: StoreTx = {
    db,
    upsert: (table, key, rows) => Promise.resolve(upsert(table, key, rows)),
    upsertValues: (table, key, columns, rows, same) =>
      Promise.resolve(upsertValues(table, key, columns, rows, same)),
  };

  return {
    backend: 'sqlite',
    db,
    location: path,
    async transaction<T>(
      work: (tx: StoreTx) => Promise<T>,
      options: TransactionOptions = {},
    ): Promise<T> {
      // One connection: the work's statements (through Kysely or the fast path) all run inside it.
      if (options.foreignKeys !== 'at-end')
        return db.transaction().execute((trx) => work({ ...tx, db: trx }));
      // Held from here, so that the transaction begun next, with foreign keys off, is this one.
      return db.connection().execute((connection) => {
        dialect.uncheckForeignKeysOfNextTransaction();
        return connection.transaction().execute(async (trx) => {
          const written = new Set<string>(options.alsoWritten);
          const result = await work({
            db: trx,
            upsert: (table, key, rows) => {
              written.add(table);
              return tx.upsert(table, key, rows);
            },
            upsertValues: (table, key, columns, rows, same) => {
              written.add(table);
              return tx.upsertValues(table, key, columns, rows, same);
            },
          });
          for (const table of options.referencesHeld ?? []) written.delete(table);
          const violation = firstForeignKeyViolation(raw, written);
          if (violation) throw violation;
          return result;
        });
      });
    },
    selectColumns: (query) => sqliteSelectColumns(db, raw, query),
    changeMark: sqliteChangeMark(raw),
    close: () => db.destroy(),
    textSearch: sqliteTextSearch,
  };
}

const q = (name: string) => `"${name}"`;

/** The update of rows whose key exists: its statement and where its values are in a row. */
interface ChangedUpdate {
  readonly statement: SqliteDatabase.Statement;
  readonly others: readonly number[];
  readonly key: readonly number[];
  /** The values every row has (see `same` of `upsertValues`), after the row's own. */
  readonly same: readonly Cell[];
}

/** Rows per multi-row insert: of 50, 200 and 1,000, 200 took the least CPU time on indicator values. */
const ROWS_PER_STATEMENT = 200;
/** SQLite's limit on bind parameters per statement (SQLITE_MAX_VARIABLE_NUMBER, 32766 since 3.32). */
const MAX_PARAMETERS = 32_766;

/**
 * Inserts `rows` rows, each unless its key exists; every other constraint still raises. The
 * values of `same`, which every row has, are written into the statement, not bound per row.
 */
function insertNewSql(
  table: string,
  columns: readonly string[],
  same: Row,
  key: readonly string[],
  rows: number,
): string {
  const all = [...columns, ...Object.keys(same)];
  const one = `(${[...columns.map(() => '?'), ...Object.values(same).map(literal)].join(', ')})`;
  return `insert into ${q(table)} (${all.map(q).join(', ')}) values ${Array.from({ length: rows }, () => one).join(', ')} on conflict (${key
    .map(q)
    .join(', ')}) do nothing`;
}

/** A value as an SQL literal. */
function literal(value: Cell): string {
  if (value === null) return 'null';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`${value} cannot be written as a literal`);
    return String(value);
  }
  return `'${value.replaceAll("'", "''")}'`;
}

function updateChangedSql(
  table: string,
  others: readonly string[],
  key: readonly string[],
): string {
  // Parameters: the new values, the key, the new values again (better-sqlite3 binds `?` in order).
  return `update ${q(table)} set ${others.map((c) => `${q(c)} = ?`).join(', ')} where ${key
    .map((c) => `${q(c)} = ?`)
    .join(' and ')} and (${others.map((c) => `${q(c)} is not ?`).join(' or ')})`;
}
