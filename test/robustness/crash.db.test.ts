import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../src/storage/migrations/index.js';
import type { Store } from '../../src/storage/store.js';
import { databaseProblems } from '../support/database-consistency.js';
import { sharedDataDir, testBackend } from '../support/test-store.js';
import { startChild, waitFor, type Child } from './support/cli-process.js';
import { createCrashDatabase, type CrashDatabase } from './support/crash-database.js';

const CLI = 'src/cli/main.ts';
const PARTICIPATIONS = join(sharedDataDir, 'cordis', 'h2020_participations_eunets.csv.gz');
/** Bytes of written rows that show the import is well into its work when the kill lands. */
const MID_IMPORT_BYTES = 4 * 1024 * 1024;

/** The provenance rows of CORDIS imports (`init` wrote those of the regions). */
function cordisImports(store: Store) {
  return store.db.selectFrom('imports').selectAll().where('kind', '=', 'cordis').execute();
}

async function count(store: Store, table: 'participations' | 'projects'): Promise<number> {
  const row = await store.db
    .selectFrom(table)
    .select(({ fn }) => fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Opens the database as a restarted application would, runs `check`, closes it. */
async function afterRestart(
  db: CrashDatabase,
  check: (store: Store) => Promise<void>,
): Promise<void> {
  const store = await db.open();
  try {
    expect(await databaseProblems(store)).toEqual([]);
    const migrations = await store.db
      .selectFrom('kysely_migration' as never)
      .select('name' as never)
      .execute();
    expect(migrations.map((m) => (m as { name: string }).name).sort()).toEqual(
      Object.keys(MIGRATIONS).sort(),
    );
    await check(store);
  } finally {
    await store.close();
  }
}

async function killed(child: Child): Promise<void> {
  child.process.kill('SIGKILL');
  const { signal } = await child.exited;
  expect(signal).toBe('SIGKILL');
}

describe(`a process killed with SIGKILL mid-work leaves a consistent database, on ${testBackend}`, () => {
  let db: CrashDatabase;
  beforeAll(async () => {
    db = await createCrashDatabase();
    const init = startChild(CLI, ['--data-dir', sharedDataDir, 'init', '--regions-only'], db.env);
    expect((await init.exited).code, init.stderr()).toBe(0);
  });
  afterAll(async () => {
    await db?.drop();
  });

  it('an import killed while it writes is wholly absent after the restart, then loads whole', async () => {
    const child = startChild(CLI, ['import', 'cordis', PARTICIPATIONS], db.env);
    const before = await db.bytesWritten('participations');
    await waitFor('the import to write rows', async () => {
      if (child.process.exitCode !== null)
        throw new Error(`the import ended first: ${child.stderr()}`);
      return (await db.bytesWritten('participations')) - before > MID_IMPORT_BYTES;
    });
    await killed(child);
    // It was killed before it could report: its summary line never came.
    expect(child.stdout()).not.toMatch(/inserted \d+/);

    await afterRestart(db, async (store) => {
      expect(await cordisImports(store)).toEqual([]);
      expect(await count(store, 'participations')).toBe(0);
      expect(await count(store, 'projects')).toBe(0);
    });

    const again = startChild(CLI, ['import', 'cordis', PARTICIPATIONS], db.env);
    expect((await again.exited).code, again.stderr()).toBe(0);
    expect(again.stdout()).toMatch(/read 144726, inserted \d+/);
    await afterRestart(db, async (store) => {
      const imports = await cordisImports(store);
      expect(imports).toHaveLength(1);
      expect(imports[0]).toMatchObject({ kind: 'cordis', status: 'done', rows_read: 144726 });
      expect(imports[0]?.finished_at).not.toBeNull();
      expect(await count(store, 'participations')).toBeGreaterThan(100_000);
    });
  }, 180_000);

  it('an editor killed mid-edit loses nothing it was told was saved, and no half-written edit shows', async () => {
    const child = startChild('test/robustness/support/edit-loop.ts', [], db.env);
    const acks = () =>
      child
        .stdout()
        .split('\n')
        .filter((line) => line.startsWith('ack '));
    await waitFor('50 acknowledged edits', () => {
      if (child.process.exitCode !== null)
        throw new Error(`the editor ended first: ${child.stderr()}`);
      return acks().length >= 50;
    });
    await killed(child);
    // Each id's last acknowledged title; later, unacknowledged writes may or may not be there.
    const acknowledged = new Map<string, string>();
    for (const line of acks()) {
      const [, id, ...title] = line.split(' ');
      acknowledged.set(id as string, title.join(' '));
    }
    await afterRestart(db, async (store) => {
      const practices = await store.db
        .selectFrom('good_practices')
        .select(['id', 'title'])
        .execute();
      const titles = new Map(practices.map((p) => [p.id, p.title]));
      for (const [id, title] of acknowledged) {
        expect([title, `${title} (bewerkt)`]).toContain(titles.get(id));
      }
      const links = await store.db
        .selectFrom('good_practice_key_areas')
        .select('practice_id')
        .execute();
      const perPractice = new Map<string, number>();
      for (const { practice_id } of links)
        perPractice.set(practice_id, (perPractice.get(practice_id) ?? 0) + 1);
      for (const { id } of practices) expect(perPractice.get(id), id).toBe(2);
    });
  }, 120_000);

  it('the application starts on the database afterwards and answers /api/health', async () => {
    const server = startChild(CLI, ['--data-dir', sharedDataDir, 'serve', '--port', '0'], db.env);
    try {
      await waitFor('the server to listen', () => {
        if (server.process.exitCode !== null)
          throw new Error(`the server ended: ${server.stderr()}`);
        return /serves (http:\/\/\S+)/.test(server.stdout());
      });
      const url = /serves (http:\/\/\S+)/.exec(server.stdout())?.[1] as string;
      const response = await fetch(`${url}/api/health`);
      expect(response.status).toBe(200);
      const health = (await response.json()) as { database?: unknown; regions?: number };
      expect(JSON.stringify(health)).toContain(testBackend);
    } finally {
      server.process.kill('SIGTERM');
      await server.exited;
    }
  }, 120_000);
});
