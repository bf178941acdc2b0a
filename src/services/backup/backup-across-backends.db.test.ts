import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseProblems } from '../../../test/support/database-consistency.js';
import { seedKeyAreas } from '../../../test/support/seed-key-areas.js';
import { seedNutsRegions } from '../../../test/support/seed-regions.js';
import { tableCounts } from '../../../test/support/table-counts.js';
import { openTestStore, testBackend } from '../../../test/support/test-store.js';
import { openStore } from '../../main.js';
import type { Store } from '../../storage/store.js';
import { createPractice } from '../practices/create-practice.js';
import { planVisit } from '../visits/plan-visit.js';
import { backupDatabase } from './backup-database.js';
import { restoreDatabase } from './restore-database.js';

const now = () => new Date('2026-03-01T10:00:00Z');

/** Row counts without the FTS5 index's internal tables (SQLite only, their layout varies). */
async function dataCounts(store: Store): Promise<Record<string, number>> {
  return Object.fromEntries(
    Object.entries(await tableCounts(store)).filter(([t]) => !t.startsWith('good_practices_fts')),
  );
}

async function seed(store: Store): Promise<void> {
  await seedNutsRegions(store);
  await seedKeyAreas(store);
  await createPractice(
    { store, now },
    {
      title: 'Kennisdeling over grenzen',
      region: 'NL213',
      topic: 1,
      description: 'Ideeën en samenwerkingen – “aanhalingstekens” en emoji 🚀.',
      key_areas: ['topsectoren-2011/htsm'],
      status: 'published',
    },
  );
  await planVisit({ store, now }, { region: 'NL213', date: '2026-05-12', venue: 'Enschede' });
}

describe('a SQLite file backup restored by replacing the database file', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'regiokracht-backup-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('brings back the database as it was at the backup once no server has it open', async () => {
    const dbPath = join(dir, 'regiokracht.db');
    const store = await openStore({ dbPath });
    await seed(store);
    const backup = join(dir, 'backup.db');
    const result = await backupDatabase(store, backup, { now });
    expect(result.format).toBe('sqlite-file');
    const before = await dataCounts(store);
    await planVisit({ store, now }, { region: 'NL41', date: '2026-06-02' });
    await store.close();

    const restored = await restoreDatabase(backup, {
      open: () => openStore({ dbPath }),
      sqliteFile: dbPath,
    });
    expect(restored.method).toBe('replaced-file');
    const after = await openStore({ dbPath });
    try {
      expect(await dataCounts(after)).toEqual(before);
      expect(await databaseProblems(after)).toEqual([]);
    } finally {
      await after.close();
    }
  });
});

// Moving between backends needs both; the PostgreSQL run of the database tests has both.
if (testBackend === 'postgres') {
  describe('backups across backends', () => {
    let dir: string;
    let sqlite: Store;
    let postgres: Store;
    const pgHandle = () => Promise.resolve({ ...postgres, close: () => Promise.resolve() });
    beforeAll(async () => {
      dir = await mkdtemp(join(tmpdir(), 'regiokracht-backup-'));
      sqlite = await openStore({ dbPath: join(dir, 'source.db') });
      await seed(sqlite);
      postgres = await openTestStore();
    });
    afterAll(async () => {
      await sqlite?.close();
      await postgres?.close();
      await rm(dir, { recursive: true, force: true });
    });

    it('loads a logical backup of SQLite into PostgreSQL, text intact', async () => {
      const file = join(dir, 'sqlite.jsonl.gz');
      await backupDatabase(sqlite, file, { format: 'logical', now });
      await restoreDatabase(file, { open: pgHandle });
      expect(await dataCounts(postgres)).toEqual(await dataCounts(sqlite));
      const practice = await postgres.db
        .selectFrom('good_practices')
        .select('description')
        .executeTakeFirst();
      expect(practice?.description).toBe(
        'Ideeën en samenwerkingen – “aanhalingstekens” en emoji 🚀.',
      );
      expect(await databaseProblems(postgres)).toEqual([]);
      // Keys that PostgreSQL draws from a sequence (the audit trail's) go on after the restored ones.
      await createPractice(
        { store: postgres, now },
        { title: 'Na het terugzetten', region: 'NL21', topic: 3, description: 'Nieuw.' },
      );
    });

    it('loads a SQLite file backup into PostgreSQL', async () => {
      const file = join(dir, 'sqlite-copy.db');
      await backupDatabase(sqlite, file, { now });
      const result = await restoreDatabase(file, { open: pgHandle });
      expect(result.method).toBe('loaded');
      expect(await dataCounts(postgres)).toEqual(await dataCounts(sqlite));
    });

    it('loads a logical backup of PostgreSQL back into a new SQLite file', async () => {
      const file = join(dir, 'postgres.jsonl.gz');
      await backupDatabase(postgres, file, { now });
      const dbPath = join(dir, 'back.db');
      await restoreDatabase(file, { open: () => openStore({ dbPath }), sqliteFile: dbPath });
      const back = await openStore({ dbPath });
      try {
        expect(await dataCounts(back)).toEqual(await dataCounts(sqlite));
        expect(await databaseProblems(back)).toEqual([]);
      } finally {
        await back.close();
      }
    });
  });
}
