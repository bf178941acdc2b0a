import SqliteDatabase from 'better-sqlite3';
import { RegiokrachtError } from '../../domain/errors.js';

/** What a check of a SQLite database file found. */
export interface SqliteFileCheck {
  /** Lines of `PRAGMA integrity_check` other than "ok", and one line per foreign-key violation. */
  readonly problems: readonly string[];
  /** Names of the schema migrations the file holds (empty when it has no migrations table). */
  readonly migrations: readonly string[];
}

/**
 * Checks a SQLite database file: `PRAGMA integrity_check`, `PRAGMA foreign_key_check`, and which
 * migrations it was made with. Throws DATA_FILE_INVALID when the file is not a SQLite database,
 * naming it as `name` (the file the user gave, when `path` is a working copy).
 */
export function sqliteFileCheck(path: string, name = path): SqliteFileCheck {
  let raw: SqliteDatabase.Database | undefined;
  try {
    raw = new SqliteDatabase(path, { readonly: true, fileMustExist: true });
    const problems = (raw.pragma('integrity_check') as { integrity_check: string }[])
      .map((r) => r.integrity_check)
      .filter((line) => line !== 'ok');
    const violations = raw.pragma('foreign_key_check') as {
      table: string;
      rowid: number | null;
      parent: string;
    }[];
    for (const v of violations.slice(0, 100)) {
      problems.push(`${v.table} row ${v.rowid ?? '?'} refers to a missing ${v.parent} row`);
    }
    const hasMigrations = raw
      .prepare(`select 1 from sqlite_master where type = 'table' and name = 'kysely_migration'`)
      .get();
    const migrations = hasMigrations
      ? (
          raw.prepare('select name from kysely_migration order by name').all() as { name: string }[]
        ).map((r) => r.name)
      : [];
    return { problems, migrations };
  } catch (error) {
    throw new RegiokrachtError(
      'DATA_FILE_INVALID',
      `${name} is not a readable SQLite database (${(error as Error).message}); nothing was restored`,
      { cause: error },
    );
  } finally {
    raw?.close();
  }
}
