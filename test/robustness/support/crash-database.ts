import { randomBytes } from 'node:crypto';
import { existsSync, statSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { openStore } from '../../../src/main.js';
import type { Store } from '../../../src/storage/store.js';
import { testBackend, testDatabaseUrl } from '../../support/test-store.js';

/**
 * A database of its own for child processes to work on and be killed over: on SQLite a file in a
 * temporary directory, on PostgreSQL a temporary database on the test server (the CLI works in
 * the `public` schema of DATABASE_URL), dropped again at the end.
 */
export interface CrashDatabase {
  /** The environment that points the CLI at it. */
  readonly env: Readonly<Record<string, string>>;
  /** Opens it (migrated) the way the application does after a restart. */
  open(): Promise<Store>;
  /** Bytes the table's uncommitted and committed rows take on disk (SQLite: the WAL file). */
  bytesWritten(table: string): Promise<number>;
  drop(): Promise<void>;
}

export async function createCrashDatabase(): Promise<CrashDatabase> {
  const dir = await mkdtemp(join(tmpdir(), 'regiokracht-crash-'));
  if (testBackend === 'sqlite') {
    const dbPath = join(dir, 'regiokracht.db');
    return {
      env: { REGIOKRACHT_DB: dbPath, DATABASE_URL: '' },
      open: () => openStore({ dbPath }),
      // The import's transaction spills its pages into the WAL long before it commits.
      bytesWritten: () =>
        Promise.resolve(existsSync(`${dbPath}-wal`) ? statSync(`${dbPath}-wal`).size : 0),
      drop: () => rm(dir, { recursive: true, force: true }),
    };
  }
  const name = `regiokracht_crash_${randomBytes(5).toString('hex')}`;
  const admin = new pg.Client({ connectionString: testDatabaseUrl });
  await admin.connect();
  await admin.query(`create database "${name}"`);
  const url = new URL(testDatabaseUrl);
  url.pathname = `/${name}`;
  const databaseUrl = url.toString();
  const watcher = new pg.Client({ connectionString: databaseUrl });
  await watcher.connect();
  return {
    env: { DATABASE_URL: databaseUrl },
    open: () => openStore({ dbPath: '', databaseUrl }),
    // A table's heap grows with the rows a transaction inserts, before it commits.
    async bytesWritten(table) {
      const result = await watcher.query<{ n: string | null }>(
        `select pg_total_relation_size(to_regclass($1)) as n`,
        [table],
      );
      return Number(result.rows[0]?.n ?? 0);
    },
    async drop() {
      await watcher.end();
      await admin.query(`drop database if exists "${name}" with (force)`);
      await admin.end();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
