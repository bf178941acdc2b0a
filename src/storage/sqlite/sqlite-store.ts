import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { RegiokrachtError } from '../../domain/errors.js';
import type { Database } from '../schema.js';
import type { Row, Store, StoreTx, TableName, UpsertCount } from '../store.js';
import { upsertSql } from '../upsert-sql.js';

/**
 * The embedded backend: one SQLite file (WAL, foreign keys on, busy timeout).
 * `path` ':memory:' gives a private in-memory database.
 */
export function openSqliteStore(path: string): Store {
  let raw: SqliteDatabase.Database;
  try {
    if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
    raw = new SqliteDatabase(path);
    raw.pragma('journal_mode = WAL');
    raw.pragma('foreign_keys = ON');
    raw.pragma('busy_timeout = 5000');
    raw.pragma('synchronous = NORMAL');
    raw.prepare('select count(*) from sqlite_master').get();
  } catch (error) {
    throw new RegiokrachtError(
      'DATABASE_UNREACHABLE',
      `cannot open the database file ${path} (${(error as Error).message}); check the path given with --db or REGIOKRACHT_DB`,
      { cause: error },
    );
  }
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: raw }) });
  const statements = new Map<string, SqliteDatabase.Statement>();

  const upsert = (table: TableName, key: readonly string[], rows: readonly Row[]): UpsertCount => {
    const first = rows[0];
    if (!first) return { inserted: 0, updated: 0 };
    const columns = Object.keys(first);
    const text = upsertSql('sqlite', table, columns, key, 1);
    let statement = statements.get(text);
    if (!statement) {
      statement = raw.prepare(text);
      statements.set(text, statement);
    }
    const before = countRows(raw, table);
    let changed = 0;
    for (const row of rows) {
      changed += statement.run(columns.map((c) => row[c] ?? null)).changes;
    }
    const inserted = countRows(raw, table) - before;
    return { inserted, updated: changed - inserted };
  };

  const tx: StoreTx = {
    db,
    upsert: (table, key, rows) => Promise.resolve(upsert(table, key, rows)),
  };

  return {
    backend: 'sqlite',
    db,
    location: path,
    async transaction<T>(work: (tx: StoreTx) => Promise<T>): Promise<T> {
      // One connection: the work's statements (through Kysely or the fast path) all run inside it.
      return db.transaction().execute((trx) => work({ db: trx, upsert: tx.upsert }));
    },
    close: () => db.destroy(),
  };
}

function countRows(raw: SqliteDatabase.Database, table: string): number {
  return (raw.prepare(`select count(*) as n from "${table}"`).get() as { n: number }).n;
}
