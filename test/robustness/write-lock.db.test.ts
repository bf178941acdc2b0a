import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/http/create-app.js';
import { sqliteWriteJobFile } from '../../src/storage/sqlite/sqlite-write-job.js';
import type { Store } from '../../src/storage/store.js';
import { createTestUser, logIn, type SessionHeaders } from '../support/auth.js';
import { sharedDataDir, testBackend } from '../support/test-store.js';
import { startChild, waitFor, type Child } from './support/cli-process.js';
import { createCrashDatabase, type CrashDatabase } from './support/crash-database.js';

const CLI = 'src/cli/main.ts';
const HOLD = 'test/robustness/support/hold-write-lock.ts';
const PARTICIPATIONS = join(sharedDataDir, 'cordis', 'h2020_participations_eunets.csv.gz');

let n = 0;
const practice = () => ({
  title: `Geschreven tijdens een ander proces ${++n}`,
  region: 'NL213',
  topic: 1,
  description: 'Een schrijfactie terwijl een ander proces schrijft.',
});

/** A write answered while another process writes: made (201), or refused with 503 and Retry-After. */
function expectMadeOrRefusedHonestly(response: {
  statusCode: number;
  headers: Record<string, unknown>;
  json(): { code?: string; detail?: string };
}): void {
  expect([201, 503], JSON.stringify(response.json())).toContain(response.statusCode);
  if (response.statusCode === 503) {
    expect(response.json().code).toBe('DATABASE_BUSY');
    expect(Number(response.headers['retry-after'])).toBeGreaterThan(0);
  }
}

describe(`API writes while another process holds the write lock, on ${testBackend}`, () => {
  let db: CrashDatabase;
  let store: Store;
  let app: FastifyInstance;
  let editor: SessionHeaders;
  const sqliteFile = () => (db.env.REGIOKRACHT_DB as string | undefined) ?? '';

  beforeAll(async () => {
    db = await createCrashDatabase();
    const init = startChild(CLI, ['--data-dir', sharedDataDir, 'init', '--regions-only'], db.env);
    expect((await init.exited).code, init.stderr()).toBe(0);
    store = await db.open();
    app = await createApp({
      store,
      version: 'test',
      now: () => new Date(),
      webRoot: '/nonexistent',
    });
    editor = await logIn(app, await createTestUser(store, 'analyst'));
  });
  afterAll(async () => {
    await app?.close();
    await store?.close();
    await db?.drop();
  });

  const write = () =>
    app.inject({ method: 'POST', url: '/api/practices', headers: editor, payload: practice() });

  async function holding(ms: number, job: string): Promise<{ child: Child; heldAt: number }> {
    const child = startChild(HOLD, [String(ms), job], db.env);
    await waitFor('the other process to hold the lock', () => {
      if (child.process.exitCode !== null) throw new Error(`it ended first: ${child.stderr()}`);
      return child.stdout().includes('held');
    });
    return { child, heldAt: Date.now() };
  }

  it('a write waits for a short write of another process and is then made', async () => {
    const { child, heldAt } = await holding(1500, 'backup restore');
    const response = await write();
    expect(response.statusCode, response.body).toBe(201);
    // It waited for the lock rather than failing on it.
    expect(Date.now() - heldAt).toBeGreaterThanOrEqual(1000);
    expect((await child.exited).code, child.stderr()).toBe(0);
  });

  it('a write kept waiting past the busy timeout is refused with 503 and Retry-After, naming the job', async () => {
    const { child } = await holding(8000, 'backup restore');
    let answered = false;
    const writes = Promise.all([write(), write()]).finally(() => (answered = true));
    // Reads go on while the writes wait.
    const read = await app.inject({ url: '/api/practices', headers: editor });
    expect(read.statusCode, read.body).toBe(200);
    expect(answered).toBe(false);
    const responses = await writes;
    for (const response of responses) {
      if (testBackend === 'sqlite') {
        expect(response.statusCode, response.body).toBe(503);
        expect(response.headers['retry-after']).toBe('5');
        expect(response.json().detail).toContain('`regiokracht backup restore`');
        expect(response.json().detail).toContain(`process ${child.process.pid}`);
      } else {
        // PostgreSQL waits for the table lock as long as it is held.
        expect(response.statusCode, response.body).toBe(201);
      }
    }
    expect((await child.exited).code, child.stderr()).toBe(0);
    // The lock's job file goes with the lock.
    if (testBackend === 'sqlite') expect(existsSync(sqliteWriteJobFile(sqliteFile()))).toBe(false);
    const after = await write();
    expect(after.statusCode, after.body).toBe(201);
  }, 30_000);

  it('during a command-line import, writes are made or refused with 503 naming the import, never 500', async () => {
    const child = startChild(CLI, ['import', 'cordis', PARTICIPATIONS], db.env);
    const before = await db.bytesWritten('participations');
    await waitFor('the import to write rows', async () => {
      if (child.process.exitCode !== null) throw new Error(`the import ended: ${child.stderr()}`);
      return testBackend === 'sqlite'
        ? existsSync(sqliteWriteJobFile(sqliteFile()))
        : (await db.bytesWritten('participations')) > before;
    });
    const responses = await Promise.all([write(), write(), write()]);
    for (const response of responses) {
      // PostgreSQL writers wait only for the rows they touch: an import holds none of these.
      if (testBackend === 'postgres') expect(response.statusCode, response.body).toBe(201);
      expectMadeOrRefusedHonestly(response);
      if (response.statusCode === 503)
        expect(response.json().detail).toContain('`regiokracht import cordis`');
    }
    // The import need not finish: stopped, it leaves nothing (it is all or nothing), and its lock goes.
    child.process.kill('SIGKILL');
    await child.exited;
    const after = await write();
    expect(after.statusCode, after.body).toBe(201);
  }, 180_000);
});
