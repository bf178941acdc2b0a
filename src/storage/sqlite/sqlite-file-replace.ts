import { existsSync } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import SqliteDatabase from 'better-sqlite3';
import { RegiokrachtError } from '../../domain/errors.js';

/**
 * Puts the SQLite file `replacement` in the place of `target` with one rename (both must be in the
 * same directory), after making sure that no other connection has `target` open: a database in
 * WAL mode can only leave WAL mode when its connection is the only one, so a server that has the
 * file open makes the switch fail at once. The target's WAL is checkpointed and removed first.
 */
export async function sqliteFileReplace(target: string, replacement: string): Promise<void> {
  if (existsSync(target)) {
    const raw = new SqliteDatabase(target, { fileMustExist: true, timeout: 0 });
    try {
      raw.pragma('journal_mode = DELETE');
    } catch (error) {
      throw new RegiokrachtError(
        'CONFLICT',
        `the database file ${target} is in use by another process (is \`regiokracht serve\` running?); stop it and restore again, or restore a logical backup, which can be loaded while the server runs`,
        { cause: error },
      );
    } finally {
      raw.close();
    }
  }
  await rm(`${target}-wal`, { force: true });
  await rm(`${target}-shm`, { force: true });
  await rename(replacement, target);
}
