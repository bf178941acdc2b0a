import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../src/main.js';
import { backupDatabase, type BackupFormat } from '../../src/services/backup/backup-database.js';
import { restoreDatabase } from '../../src/services/backup/restore-database.js';
import { createPractice } from '../../src/services/practices/create-practice.js';
import type { Store } from '../../src/storage/store.js';
import { databaseProblems } from '../support/database-consistency.js';
import { openFileTestStore, useFileTestStore } from '../support/file-test-store.js';
import { seedKeyAreas } from '../support/seed-key-areas.js';
import { seedNutsRegions } from '../support/seed-regions.js';
import { testBackend } from '../support/test-store.js';
import { upsertTables } from '../support/upsert-tables.js';

const KEY_AREAS = ['topsectoren-2011/htsm', 'topsectoren-2011/lsh'];

/**
 * Clients that keep creating good practices through the practice service, each with two key areas
 * in the same transaction, until stopped. `acknowledged` holds the ids whose write has returned.
 */
function startWriters(store: Store, clients: number) {
  const acknowledged: string[] = [];
  let running = true;
  let n = 0;
  const loops = Array.from({ length: clients }, async (_, client) => {
    while (running) {
      const practice = await createPractice(
        { store, now: () => new Date() },
        {
          title: `Belastingtest ${client}-${n++}`,
          region: 'NL213',
          topic: 1,
          description: 'Geschreven terwijl de back-up loopt.',
          key_areas: KEY_AREAS,
          status: 'published',
        },
      );
      acknowledged.push(practice.id);
      // Let the event loop turn, as between requests of real clients; SQLite's calls settle in
      // microtasks, and a loop of them alone would starve everything else.
      await new Promise((resolve) => setImmediate(resolve));
    }
  });
  return {
    acknowledged,
    async stop() {
      running = false;
      await Promise.all(loops);
    },
  };
}

/** Bulk rows so that the backup takes long enough for writes to land while it runs. */
async function seedBulk(store: Store): Promise<void> {
  await store.transaction(async (tx) => {
    await upsertTables(tx, {
      indicators: [
        {
          id: 'load_test',
          name_en: 'Load test',
          name_nl: 'Belastingtest',
          unit: 'NR',
          aggregation: 'count',
          dataset_id: null,
        },
      ],
    });
    const regions = await tx.db.selectFrom('regions').select('code').execute();
    const rows = [];
    for (let year = 1990; year < 2020; year++) {
      for (const { code } of regions) {
        rows.push({
          indicator_id: 'load_test',
          region_code: code,
          year,
          value: year,
          flags: null,
          import_id: null,
        });
      }
    }
    await upsertTables(tx, {
      indicator_values: rows,
    });
  });
}

const formats: BackupFormat[] = testBackend === 'sqlite' ? ['sqlite-file', 'logical'] : ['logical'];

describe(`a backup taken while clients write, on ${testBackend}`, () => {
  const db = useFileTestStore(async ({ store }) => {
    await seedNutsRegions(store);
    await seedKeyAreas(store);
    await seedBulk(store);
  });

  for (const format of formats) {
    it(`(${format}) restores to a consistent database holding every write acknowledged before it started`, async () => {
      const writers = startWriters(db.store, 4);
      while (writers.acknowledged.length < 40) await new Promise((r) => setTimeout(r, 5));
      const beforeBackup = [...writers.acknowledged];
      const file = join(db.dir, format === 'logical' ? 'backup.jsonl.gz' : 'backup.db');
      await backupDatabase(db.store, file, { format });
      const duringBackup = writers.acknowledged.length - beforeBackup.length;
      await writers.stop();
      // The load was real: writes were acknowledged while the backup ran.
      expect(duringBackup).toBeGreaterThan(0);

      const target = await openFileTestStore();
      try {
        // A SQLite file backup replaces a database file; the logical one loads into a store.
        const restoredFile = join(target.dir, 'restored.db');
        const replacesFile = format === 'sqlite-file' && testBackend === 'sqlite';
        await restoreDatabase(
          file,
          replacesFile
            ? { open: () => openStore({ dbPath: restoredFile }), sqliteFile: restoredFile }
            : { open: () => target.reopen() },
        );
        const restored = replacesFile ? await openStore({ dbPath: restoredFile }) : target.store;
        try {
          expect(await databaseProblems(restored)).toEqual([]);
          const ids = new Set(
            (await restored.db.selectFrom('good_practices').select('id').execute()).map(
              (r) => r.id,
            ),
          );
          expect(beforeBackup.filter((id) => !ids.has(id))).toEqual([]);
          // One snapshot: every practice came with both its key areas, none half-written.
          const links = await restored.db
            .selectFrom('good_practice_key_areas')
            .select(({ fn }) => fn.countAll<number>().as('n'))
            .executeTakeFirstOrThrow();
          expect(Number(links.n)).toBe(ids.size * KEY_AREAS.length);
          const values = await restored.db
            .selectFrom('indicator_values')
            .select(({ fn }) => fn.countAll<number>().as('n'))
            .executeTakeFirstOrThrow();
          const regions = await restored.db
            .selectFrom('regions')
            .select(({ fn }) => fn.countAll<number>().as('n'))
            .executeTakeFirstOrThrow();
          expect(Number(values.n)).toBe(Number(regions.n) * 30);
        } finally {
          if (restored !== target.store) await restored.close();
        }
      } finally {
        await target.close();
      }
    });
  }
});
