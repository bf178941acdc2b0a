import type SqliteDatabase from 'better-sqlite3';
import { RegiokrachtError } from '../../domain/errors.js';
import { sqliteWriteJobMark, sqliteWriteJobRunning } from './sqlite-write-job.js';

export interface SqliteWriteLockOptions {
  /** The database file (':memory:' for a private database, which no other process can lock). */
  readonly file: string;
  /** How long a writer waits for another process's write lock before it gives up. */
  readonly busyTimeoutMs: number;
  /** What this process is doing, when it is a named job (an import, a restore); see sqlite-write-job.ts. */
  readonly job?: string | undefined;
}

/**
 * Takes the write lock of a SQLite connection: `begin immediate`, so that a transaction never
 * starts as a reader and fails on its first write (SQLite answers a reader's upgrade with
 * SQLITE_BUSY at once, without waiting the busy timeout). While another process holds the lock
 * it tries again every few milliseconds, giving the event loop back in between through `pause`
 * (the connection's own busy timeout would wait inside the call and stop the whole server), until
 * `busyTimeoutMs` has passed; then it refuses with DATABASE_BUSY naming the job that holds it.
 * Returns the function to call once the transaction has ended.
 */
export async function sqliteWriteLockTake(
  raw: SqliteDatabase.Database,
  options: SqliteWriteLockOptions,
  pause: (ms: number) => Promise<void>,
  foreignKeys: ForeignKeyChecks = 'each-row',
): Promise<() => void> {
  const started = Date.now();
  let interval = 2;
  for (;;) {
    const error = beginImmediate(raw, options.busyTimeoutMs, foreignKeys);
    if (!error) break;
    const waited = Date.now() - started;
    if (!isBusy(error)) throw error;
    if (waited >= options.busyTimeoutMs) throw busyRefusal(options, waited, error);
    await pause(Math.min(interval, options.busyTimeoutMs - waited));
    interval = Math.min(interval * 2, 50);
  }
  return options.job && options.file !== ':memory:'
    ? sqliteWriteJobMark(options.file, options.job, new Date())
    : () => {};
}

/**
 * Whether the transaction's foreign keys are checked row by row, or not by SQLite at all (the
 * caller checks them before the commit; the connection checks them again once it has ended).
 */
export type ForeignKeyChecks = 'each-row' | 'unchecked';

/**
 * One try at `begin immediate` without the connection's busy wait; the error, or null. With
 * 'unchecked', foreign keys are off for the transaction begun (SQLite takes that setting only
 * outside a transaction), and on again when none was.
 */
function beginImmediate(
  raw: SqliteDatabase.Database,
  busyTimeoutMs: number,
  foreignKeys: ForeignKeyChecks,
): unknown {
  try {
    raw.pragma('busy_timeout = 0');
    if (foreignKeys === 'unchecked') raw.pragma('foreign_keys = OFF');
    raw.exec('begin immediate');
    return null;
  } catch (error) {
    if (foreignKeys === 'unchecked') raw.pragma('foreign_keys = ON');
    return error;
  } finally {
    raw.pragma(`busy_timeout = ${busyTimeoutMs}`);
  }
}

function isBusy(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && code.startsWith('SQLITE_BUSY');
}

function busyRefusal(
  options: SqliteWriteLockOptions,
  waitedMs: number,
  cause: unknown,
): RegiokrachtError {
  const job = options.file === ':memory:' ? null : sqliteWriteJobRunning(options.file);
  const holder = job
    ? `\`regiokracht ${job.description}\` (process ${job.pid}) has held its write lock since ${job.since}`
    : 'another process holds its write lock';
  return new RegiokrachtError(
    'DATABASE_BUSY',
    `the database is busy: ${holder}; this write waited ${(waitedMs / 1000).toFixed(1)} s and was not made; try again when it has finished`,
    { cause },
  );
}
