import { afterEach, beforeEach } from 'vitest';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore } from '../../src/main.js';
import type { Store } from '../../src/storage/store.js';
import { openTestStore, testBackend } from './test-store.js';

/** A fresh store on the test backend that other connections can reach, and a scratch directory. */
export interface FileTestStore {
  readonly store: Store;
  /** A temporary directory for backup files (and the SQLite database file). */
  readonly dir: string;
  /** Opens the same database again (a second store on it); close it before `close()`. */
  reopen(): Promise<Store>;
  close(): Promise<void>;
}

/**
 * Like `openTestStore`, but on SQLite a database file in a temporary directory rather than an
 * in-memory database, so that a backup can read it through a connection of its own.
 */
export async function openFileTestStore(): Promise<FileTestStore> {
  const dir = await mkdtemp(join(tmpdir(), 'regiokracht-backup-'));
  if (testBackend === 'postgres') {
    const store = await openTestStore();
    return {
      store,
      dir,
      // A second handle on the same schema; its close must not drop the schema.
      reopen: () => Promise.resolve({ ...store, close: () => Promise.resolve() }),
      async close() {
        await store.close();
        await rm(dir, { recursive: true, force: true });
      },
    };
  }
  const dbPath = join(dir, 'regiokracht.db');
  const store = await openStore({ dbPath });
  return {
    store,
    dir,
    reopen: () => openStore({ dbPath }),
    async close() {
      await store.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/**
 * Opens a fresh FileTestStore before each test of the suite, then runs `seed` on it, and closes it
 * after the test. Returns a stand-in for the current one: its `store`, `dir` and `reopen` are
 * those of the database the running test has.
 */
export function useFileTestStore(
  seed: (db: FileTestStore) => Promise<void> = () => Promise.resolve(),
): Omit<FileTestStore, 'close'> {
  let current: FileTestStore | undefined;
  const db = (): FileTestStore => {
    if (!current) throw new Error('the database opens in beforeEach');
    return current;
  };
  beforeEach(async () => {
    current = await openFileTestStore();
    await seed(current);
  });
  afterEach(async () => {
    await current?.close();
    current = undefined;
  });
  return {
    get store() {
      return db().store;
    },
    get dir() {
      return db().dir;
    },
    reopen: () => db().reopen(),
  };
}
