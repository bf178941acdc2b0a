import SqliteDatabase from 'better-sqlite3';
import { RegiokrachtError } from '../../domain/errors.js';

/** Pages copied per step while nothing else writes (4 MB at SQLite's default page size). */
const PAGES_PER_STEP = 1024;

/**
 * Copies the SQLite database at `source` to the new file `target` with SQLite's online backup API,
 * while other connections (a running server) go on reading and writing.
 *
 * The copy is made in steps so that progress can be shown. When another connection writes
 * between two steps, SQLite starts the copy again; after the first restart the rest is copied
 * in one step, inside one read transaction, so that a busy server cannot starve the backup.
 * Either way the copy is the database as of one committed moment. The copy is left in rollback-
 * journal mode, a single file.
 */
export async function sqliteOnlineBackup(
  source: string,
  target: string,
  onProgress?: (pagesDone: number, pagesTotal: number) => void,
): Promise<{ pages: number }> {
  let raw: SqliteDatabase.Database;
  try {
    raw = new SqliteDatabase(source, { fileMustExist: true, timeout: 5000 });
  } catch (error) {
    throw new RegiokrachtError(
      'DATABASE_UNREACHABLE',
      `cannot open the database file ${source} (${(error as Error).message})`,
      { cause: error },
    );
  }
  try {
    let lowest = Number.POSITIVE_INFINITY;
    let restarted = false;
    const result = await raw.backup(target, {
      progress: ({ totalPages, remainingPages }) => {
        if (remainingPages > lowest) restarted = true;
        lowest = Math.min(lowest, remainingPages);
        onProgress?.(totalPages - remainingPages, totalPages);
        return restarted ? totalPages : PAGES_PER_STEP;
      },
    });
    // The copy keeps the source's WAL mode in its header; a backup should be one self-contained file.
    const copy = new SqliteDatabase(target, { fileMustExist: true });
    try {
      copy.pragma('journal_mode = DELETE');
    } finally {
      copy.close();
    }
    onProgress?.(result.totalPages, result.totalPages);
    return { pages: result.totalPages };
  } finally {
    raw.close();
  }
}
