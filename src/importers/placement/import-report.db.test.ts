import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testBackend } from '../../../test/support/test-store.js';
import { formatImportSummary } from '../../cli/commands/import.js';
import { IMPORTERS } from '../../importers/index.js';
import { runImport } from '../../importers/run-import.js';
import type { Store } from '../../storage/store.js';
import { unplacedActors } from './actor-placement.js';
import { openSeededStore } from '../../../test/support/seeded-store.js';

const TEMPLATES = new URL('../../../content/templates/', import.meta.url).pathname;

describe(`import --report lists only what the import did, on ${testBackend}`, () => {
  let store: Store;
  beforeAll(async () => {
    store = await openSeededStore({ keyAreas: true });
    // The organisations the contact points name come first.
    await runImport(store, IMPORTERS.actors!, `${TEMPLATES}actors.csv`);
    // An organisation an earlier CORDIS import could not place: not this import's business.
    await store.db
      .insertInto('actors')
      .values({
        id: 'cordis-unplaced',
        name: 'EEN ORGANISATIE ZONDER PLAATS',
        helix_role: 'business',
        country_code: 'NL',
        city: 'Nergenshuizen',
        postcode: null,
        placement: null,
      })
      .execute();
  });
  afterAll(async () => {
    await store.close();
  });

  it('lists no CORDIS organisation after a contact-points import, and its counts add up', async () => {
    const summary = await runImport(
      store,
      IMPORTERS['contact-points']!,
      `${TEMPLATES}contact-points.csv`,
    );
    expect(summary.inserted).toBeGreaterThan(0);
    // The whole database holds the unplaced organisation; this import wrote none.
    expect((await unplacedActors(store.db)).map((a) => a.id)).toContain('cordis-unplaced');
    expect(await unplacedActors(store.db, [summary.importId])).toEqual([]);
    const line = formatImportSummary(summary);
    const [, read, inserted, updated] = /read (\d+), inserted (\d+), updated (\d+)/.exec(line)!;
    const written = Number(inserted) + Number(updated);
    if (written > Number(read))
      expect(line).toContain(`read wrote ${written} records: one row can write several`);
    else expect(line).not.toContain('one row can write several');
  });

  it('explains more records than rows in words', () => {
    const line = formatImportSummary({
      kind: 'contact-points',
      file: '/data/contact-points.csv',
      format: 'template-csv',
      read: 1,
      inserted: 2,
      updated: 0,
      refused: 0,
      skipped: 0,
      skips: [],
      notes: [],
      importId: 'x',
      checksum: 'y',
      dryRun: false,
    });
    expect(line).toBe(
      'contact-points contact-points.csv (template-csv): read 1, inserted 2, updated 0, refused 0 (1 row read wrote 2 records: one row can write several, such as a record and the regions it names)',
    );
  });
});
