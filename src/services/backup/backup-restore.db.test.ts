import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { databaseProblems } from '../../../test/support/database-consistency.js';
import { type FileTestStore, useFileTestStore } from '../../../test/support/file-test-store.js';
import { seedKeyAreas } from '../../../test/support/seed-key-areas.js';
import { seedNutsRegions } from '../../../test/support/seed-regions.js';
import { tableCounts } from '../../../test/support/table-counts.js';
import { testBackend } from '../../../test/support/test-store.js';
import { createPractice } from '../practices/create-practice.js';
import { listPractices } from '../practices/practice-service.js';
import { planVisit } from '../visits/plan-visit.js';
import { AnalyticsService } from '../analytics/analytics-service.js';
import { backupDatabase } from './backup-database.js';
import { readLogicalBackup } from './logical-backup-reader.js';
import { restoreDatabase } from './restore-database.js';

/**
 * Row counts of every table, the FTS5 index's internal tables aside (their layout varies), and
 * the stored figures, which backups leave out.
 */
async function dataCounts(store: FileTestStore['store']): Promise<Record<string, number>> {
  const counts = await tableCounts(store);
  return Object.fromEntries(
    Object.entries(counts).filter(
      ([table]) => !table.startsWith('good_practices_fts') && table !== 'figures',
    ),
  );
}

const now = () => new Date('2026-03-01T10:00:00Z');

describe(`backup and restore on ${testBackend}`, () => {
  const db = useFileTestStore(async ({ store }) => {
    await seedNutsRegions(store);
    await seedKeyAreas(store);
    const deps = { store, now };
    await createPractice(deps, {
      title: 'Gedeelde cleanroom',
      region: 'NL213',
      topic: 1,
      description: 'Bedrijven delen een cleanroom met de universiteit.',
      key_areas: ['topsectoren-2011/htsm'],
      status: 'published',
    });
    await planVisit(deps, { region: 'NL213', date: '2026-05-12', venue: 'Enschede' });
  });

  it('writes a logical backup whose header lists every table of the database with its rows', async () => {
    const file = join(db.dir, 'backup.jsonl.gz');
    const result = await backupDatabase(db.store, file, { format: 'logical', now });
    const source = await readLogicalBackup(file);
    const listed = Object.fromEntries(source.tables.map((t) => [t.name, t.rows]));
    // Every table the database has (the FTS5 index of SQLite aside, which triggers rebuild),
    // the migrations table included.
    const { kysely_migration: migrations, kysely_migration_lock: lock, ...data } = listed;
    expect(data).toEqual(await dataCounts(db.store));
    expect(migrations).toBe(source.migrations.length);
    expect(lock).toBe(1);
    expect(source.migrations).toContain('0003-visits-practices-search');
    expect(result.rows).toBe(source.tables.reduce((sum, t) => sum + t.rows, 0));
    const order = source.tables.map((t) => t.name);
    expect(order.indexOf('regions')).toBeLessThan(order.indexOf('good_practices'));
    expect(order.indexOf('good_practices')).toBeLessThan(order.indexOf('good_practice_key_areas'));
  });

  it('restores a logical backup over later changes, all tables as they were at the backup', async () => {
    const file = join(db.dir, 'backup.jsonl.gz');
    await backupDatabase(db.store, file, { format: 'logical', now });
    const before = await dataCounts(db.store);
    await createPractice(
      { store: db.store, now },
      {
        title: 'Later toegevoegd',
        region: 'NL21',
        topic: 2,
        description: 'Na de back-up.',
      },
    );
    await db.store.db.deleteFrom('visit_agenda_items').execute();
    const result = await restoreDatabase(file, { open: () => db.reopen() });
    expect(result.method).toBe('loaded');
    expect(await dataCounts(db.store)).toEqual(before);
    const practice = await db.store.db
      .selectFrom('good_practices')
      .select(['title', 'description'])
      .execute();
    expect(practice).toEqual([
      {
        title: 'Gedeelde cleanroom',
        description: 'Bedrijven delen een cleanroom met de universiteit.',
      },
    ]);
    expect(await databaseProblems(db.store)).toEqual([]);
  });

  it('leaves the stored figures out of a logical backup, and a restore empties them', async () => {
    const analytics = new AnalyticsService(db.store, now);
    const helix = await analytics.helix('NL213');
    const file = join(db.dir, 'backup.jsonl.gz');
    await backupDatabase(db.store, file, { format: 'logical', now });
    const source = await readLogicalBackup(file);
    expect(source.tables.map((t) => t.name)).not.toContain('figures');
    await restoreDatabase(file, { open: () => db.reopen() });
    expect(await db.store.db.selectFrom('figures').select('key').execute()).toEqual([]);
    // Computed again from the restored data, and the same.
    expect(await new AnalyticsService(db.store, now).helix('NL213')).toEqual(helix);
  });

  it('keeps full-text search working after a restore', async () => {
    const file = join(db.dir, 'backup.jsonl.gz');
    await backupDatabase(db.store, file, { format: 'logical', now });
    await restoreDatabase(file, { open: () => db.reopen() });
    const found = await listPractices(db.store, { q: 'cleanrooms' }, { limit: 10, offset: 0 });
    expect(found.items.map((p) => p.title)).toEqual(['Gedeelde cleanroom']);
  });
});
