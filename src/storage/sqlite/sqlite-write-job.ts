import { readFileSync, rmSync, writeFileSync } from 'node:fs';

/** A process that holds, or last held, the write lock of a SQLite file, as its job file says. */
export interface SqliteWriteJob {
  /** What the process is doing, e.g. `import cbs-places` or `backup restore`. */
  readonly description: string;
  readonly pid: number;
  /** When it took the write lock (ISO 8601). */
  readonly since: string;
}

/** The job file beside a database file, like its `-wal` and `-shm` files. */
export function sqliteWriteJobFile(databaseFile: string): string {
  return `${databaseFile}-writer`;
}

/**
 * Writes the job file while a write transaction of a named job (a command-line import or
 * restore) holds the lock, so that a writer kept waiting can say what it waits for. Returns the
 * function that removes it. Best effort: a file that cannot be written only leaves the waiting
 * writer's message less precise.
 */
export function sqliteWriteJobMark(
  databaseFile: string,
  description: string,
  now: Date,
): () => void {
  const file = sqliteWriteJobFile(databaseFile);
  const job: SqliteWriteJob = { description, pid: process.pid, since: now.toISOString() };
  try {
    writeFileSync(file, JSON.stringify(job), { mode: 0o600 });
  } catch {
    return () => {};
  }
  return () => rmSync(file, { force: true });
}

/**
 * The job holding the write lock of `databaseFile`, or null when no job file names a live
 * process on this machine (a job that ended without removing its file names a dead one).
 */
export function sqliteWriteJobRunning(databaseFile: string): SqliteWriteJob | null {
  let job: Partial<SqliteWriteJob>;
  try {
    job = JSON.parse(readFileSync(sqliteWriteJobFile(databaseFile), 'utf8')) as SqliteWriteJob;
  } catch {
    return null;
  }
  if (typeof job.description !== 'string' || typeof job.since !== 'string') return null;
  if (typeof job.pid !== 'number' || !processAlive(job.pid)) return null;
  return { description: job.description, pid: job.pid, since: job.since };
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
