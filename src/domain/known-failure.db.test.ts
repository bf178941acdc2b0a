import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RegiokrachtError } from './errors.js';
import { databaseFailure, knownFailure } from './known-failure.js';

/** The error `action` throws. */
async function thrown(action: () => unknown): Promise<unknown> {
  try {
    await action();
  } catch (error) {
    return error;
  }
  throw new Error('expected an error');
}

describe('known failures of the circumstances, from real drivers and file calls', () => {
  let dir: string;
  let file: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'rk-known-'));
    file = join(dir, 'r.db');
    const db = new SqliteDatabase(file);
    db.exec('create table t (x integer)');
    db.close();
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('turns a write to a read-only SQLite database into DATABASE_READ_ONLY', async () => {
    const db = new SqliteDatabase(file, { readonly: true });
    const error = await thrown(() => db.prepare('insert into t values (1)').run());
    db.close();
    const known = databaseFailure(error);
    expect(known).toBeInstanceOf(RegiokrachtError);
    expect(known?.code).toBe('DATABASE_READ_ONLY');
    expect(known?.message).toMatch(/read-only/);
  });

  it('turns a write that finds another writer past the wait into DATABASE_BUSY', async () => {
    const holder = new SqliteDatabase(file);
    const waiter = new SqliteDatabase(file, { timeout: 0 });
    holder.exec('begin immediate');
    const error = await thrown(() => waiter.prepare('insert into t values (2)').run());
    holder.exec('rollback');
    holder.close();
    waiter.close();
    expect(databaseFailure(error)?.code).toBe('DATABASE_BUSY');
  });

  it('names the path of a file that cannot be written, and leaves bugs alone', async () => {
    const missing = join(dir, 'no-such-dir', 'x.pdf');
    const error = await thrown(() => writeFile(missing, 'x'));
    const known = knownFailure(error);
    expect(known?.code).toBe('INVALID_INPUT');
    expect(known?.message).toBe(`cannot use ${missing}: it (or its directory) does not exist`);
    expect(databaseFailure(error)).toBeNull();
    expect(knownFailure(new TypeError('x is undefined'))).toBeNull();
  });
});
