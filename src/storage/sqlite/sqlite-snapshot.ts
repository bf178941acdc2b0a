import SqliteDatabase from 'better-sqlite3';
import { RegiokrachtError } from '../../domain/errors.js';
import { tableCatalog } from '../catalog/table-catalog.js';
import {
  orderedSelectSql,
  SNAPSHOT_BATCH,
  type DatabaseSnapshot,
} from '../snapshot/database-snapshot.js';

/**
 * Reads the SQLite file at `path` in one read transaction on a connection of its own, so that a
 * server writing to the same file meanwhile (WAL) neither blocks nor changes what is read.
 */
export async function withSqliteSnapshot<T>(
  path: string,
  work: (snapshot: DatabaseSnapshot) => Promise<T>,
): Promise<T> {
  if (path === ':memory:' || path === '') {
    throw new RegiokrachtError(
      'INVALID_INPUT',
      'an in-memory SQLite database cannot be read from another connection; use a database file',
    );
  }
  let raw: SqliteDatabase.Database;
  try {
    raw = new SqliteDatabase(path, { readonly: true, fileMustExist: true, timeout: 5000 });
    raw.exec('begin');
    // The first read fixes the snapshot every later read of this transaction sees.
    raw.prepare('select count(*) from sqlite_master').get();
  } catch (error) {
    throw new RegiokrachtError(
      'DATA_FILE_INVALID',
      `${path} cannot be read as a SQLite database (${(error as Error).message})`,
      { cause: error },
    );
  }
  try {
    const query = (text: string, params: readonly unknown[] = []) =>
      Promise.resolve(raw.prepare(text).all(...params) as Record<string, unknown>[]);
    const tables = await tableCatalog('sqlite', query);
    return await work({
      backend: 'sqlite',
      tables,
      count: (table) =>
        Promise.resolve(
          (raw.prepare(`select count(*) as n from "${table.name}"`).get() as { n: number }).n,
        ),
      async *rows(table) {
        let batch: unknown[][] = [];
        for (const row of raw.prepare(orderedSelectSql(table)).raw(true).iterate()) {
          batch.push(row as unknown[]);
          if (batch.length >= SNAPSHOT_BATCH) {
            yield batch;
            batch = [];
          }
        }
        if (batch.length > 0) yield batch;
      },
    });
  } finally {
    if (raw.inTransaction) raw.exec('rollback');
    raw.close();
  }
}
