import type SqliteDatabase from 'better-sqlite3';
import type { ChangeMark } from '../store.js';

/**
 * The change mark of a SQLite connection (see `Store.changeMark`): `data_version`, which changes
 * when another connection (in this process or another) commits, with `total_changes()`, the rows
 * this connection has inserted, updated or deleted so far, which only grows.
 */
export function sqliteChangeMark(raw: SqliteDatabase.Database): () => ChangeMark {
  const statement = raw
    .prepare('select data_version, total_changes() from pragma_data_version')
    .raw(true);
  return () => {
    const [version, changes] = statement.get() as [number, number];
    return { version, changes };
  };
}
