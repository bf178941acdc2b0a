import { RegiokrachtError } from './errors.js';

/** The fields by which database drivers and Node's file system calls describe a failure. */
interface DescribedFailure {
  readonly code?: unknown;
  readonly path?: unknown;
  readonly message?: unknown;
}

/**
 * A failure that is the circumstances' rather than a bug, turned into an error a user can act on,
 * or null: a database file that cannot be written (SQLite `SQLITE_READONLY*`, PostgreSQL 25006),
 * a database busy with another writer past the wait (`SQLITE_BUSY*`), a file or directory that
 * does not exist or may not be written (ENOENT, EACCES, EPERM, EROFS, ENOSPC, ENOTDIR, EISDIR).
 *
 * @example
 * knownFailure(Object.assign(new Error('attempt to write a readonly database'), { code: 'SQLITE_READONLY' }))
 * // RegiokrachtError DATABASE_READ_ONLY
 */
export function knownFailure(error: unknown): RegiokrachtError | null {
  if (error instanceof RegiokrachtError) return error;
  return databaseFailure(error) ?? fileFailure(error);
}

/** A database that cannot be written or is busy past the wait, as a RegiokrachtError; else null. */
export function databaseFailure(error: unknown): RegiokrachtError | null {
  const code = (error as DescribedFailure | null)?.code;
  if (typeof code !== 'string') return null;
  const options = { cause: error };
  if (code.startsWith('SQLITE_READONLY') || code === '25006')
    return new RegiokrachtError(
      'DATABASE_READ_ONLY',
      'the database is read-only (its file or disk may not be written): reading works, writing is refused; check the file permissions',
      options,
    );
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED'))
    return new RegiokrachtError(
      'DATABASE_BUSY',
      'the database is busy with another write (an import or a restore); try again in a moment',
      options,
    );
  return null;
}

/** A file or directory that does not exist or may not be written, as a RegiokrachtError; else null. */
function fileFailure(error: unknown): RegiokrachtError | null {
  const { code, path } = (error ?? {}) as DescribedFailure;
  if (typeof code !== 'string' || typeof path !== 'string') return null;
  const problem: Record<string, string> = {
    ENOENT: 'it (or its directory) does not exist',
    ENOTDIR: 'a part of its path is not a directory',
    EISDIR: 'it is a directory',
    EACCES: 'permission denied',
    EPERM: 'permission denied',
    EROFS: 'the file system is read-only',
    ENOSPC: 'the disk is full',
  };
  const why = problem[code];
  return why
    ? new RegiokrachtError('INVALID_INPUT', `cannot use ${path}: ${why}`, { cause: error })
    : null;
}
