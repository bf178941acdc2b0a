import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { RegiokrachtError } from '../../domain/errors.js';
import type { Database } from '../schema.js';
import type { Row, Store, StoreTx, TableName, UpsertCount } from '../store.js';
import { registerSqliteTextSearch, sqliteTextSearch } from './sqlite-text-search.js';

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
    registerSqliteTextSearch(raw);
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

  const prepared = (text: string) => {
    let statement = statements.get(text);
    if (!statement) {
      statement = raw.prepare(text);
      statements.set(text, statement);
    }
    return statement;
  };

  // Insert first, skipping existing keys; only a row that already exists is then updated, and only where a
  // value differs. The two statements' change counts tell inserted from updated rows.
  const upsert = (table: TableName, key: readonly string[], rows: readonly Row[]): UpsertCount => {
    const first = rows[0];
    if (!first) return { inserted: 0, updated: 0 };
    const columns = Object.keys(first);
    const insert = prepared(insertNewSql(table, columns, key));
    const others = columns.filter((c) => !key.includes(c));
    const update = others.length > 0 ? prepared(updateChangedSql(table, others, key)) : null;
    let inserted = 0;
    let updated = 0;
    for (const row of rows) {
      const values = columns.map((c) => row[c] ?? null);
      if (insert.run(values).changes > 0) {
        inserted++;
      } else if (update) {
        const next = others.map((c) => row[c] ?? null);
        updated += update.run([...next, ...key.map((c) => row[c] ?? null), ...next]).changes;
      }
    }
    return { inserted, updated };
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
    textSearch: sqliteTextSearch,
  };
}

const q = (name: string) => `"${name}"`;

/** Inserts a row unless its key exists; every other constraint still raises. */
function insertNewSql(table: string, columns: readonly string[], key: readonly string[]): string {
  return `insert into ${q(table)} (${columns.map(q).join(', ')}) values (${columns.map(() => '?').join(', ')}) on conflict (${key
    .map(q)
    .join(', ')}) do nothing`;
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
