import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RegiokrachtError } from '../../src/domain/errors.js';
import { IMPORTERS } from '../../src/importers/index.js';
import { runImport } from '../../src/importers/run-import.js';
import { createPractice } from '../../src/services/practices/create-practice.js';
import { listPractices } from '../../src/services/practices/practice-service.js';
import { addCommitment } from '../../src/services/visits/commitments.js';
import { planVisit } from '../../src/services/visits/plan-visit.js';
import { addFinding } from '../../src/services/visits/visit-findings.js';
import type { Store } from '../../src/storage/store.js';
import { databaseProblems } from '../support/database-consistency.js';
import { injectionText } from '../support/injection-payloads.js';
import { seedKeyAreas } from '../support/seed-key-areas.js';
import { seedNutsRegions } from '../support/seed-regions.js';
import { tableCounts } from '../support/table-counts.js';
import { openTestStore, testBackend } from '../support/test-store.js';
import { storedRow } from '../support/stored-row.js';

const now = () => new Date('2026-03-01T10:00:00Z');

/** A CSV file: every field quoted, quotes doubled. */
function csv(rows: readonly (readonly string[])[]): string {
  return (
    rows.map((row) => row.map((v) => `"${v.replaceAll('"', '""')}"`).join(',')).join('\n') + '\n'
  );
}

describe(`hostile text is stored as text, on ${testBackend}`, () => {
  let store: Store;
  let dir: string;
  let regionsBefore: number;
  let tablesBefore: string[];
  beforeAll(async () => {
    store = await openTestStore();
    regionsBefore = await seedNutsRegions(store);
    await seedKeyAreas(store);
    tablesBefore = Object.keys(await tableCounts(store));
    dir = await mkdtemp(join(tmpdir(), 'regiokracht-injection-'));
  });
  afterAll(async () => {
    await store.close();
    await rm(dir, { recursive: true, force: true });
  });

  const importTemplate = async (kind: string, rows: readonly (readonly string[])[]) => {
    const file = join(dir, `${kind}.csv`);
    await writeFile(file, csv(rows));
    return runImport(store, IMPORTERS[kind]!, file, { clock: now });
  };

  it('imports every free-text field of the actors template exactly as written', async () => {
    const id = injectionText('id').replaceAll('|', '/').slice(0, 60);
    await importTemplate('actors', [
      ['organisation_id', 'name', 'helix_role', 'short_name', 'street', 'city', 'country'],
      [
        id,
        injectionText('name'),
        'business',
        injectionText('short'),
        injectionText('street'),
        injectionText('city'),
        'NL',
      ],
    ]);
    const actor = await storedRow(store, 'actors', id);
    expect(actor).toMatchObject({
      name: injectionText('name'),
      short_name: injectionText('short'),
      street: injectionText('street'),
      city: injectionText('city'),
    });
  });

  it('imports the clusters, funds and contact-points templates exactly as written', async () => {
    await importTemplate('actors', [
      ['organisation_id', 'name', 'helix_role'],
      ['INJ-ORG-1', 'Testorganisatie', 'government'],
    ]);
    await importTemplate('clusters', [
      ['cluster_id', 'region', 'name_nl', 'name_en', 'description', 'members'],
      [
        'INJ-cluster',
        'NL213',
        injectionText('name_nl'),
        injectionText('name_en'),
        injectionText('description'),
        'INJ-ORG-1',
      ],
    ]);
    expect(
      await store.db
        .selectFrom('clusters')
        .select(['name_nl', 'name_en', 'description'])
        .where('id', 'like', '%INJ-cluster')
        .executeTakeFirstOrThrow(),
    ).toEqual({
      name_nl: injectionText('name_nl'),
      name_en: injectionText('name_en'),
      description: injectionText('description'),
    });

    await importTemplate('funds', [
      ['fund_id', 'region', 'name', 'target_sectors', 'manager', 'url'],
      [
        'INJ-fund',
        'NL213',
        injectionText('name'),
        injectionText('sectors'),
        injectionText('manager'),
        'https://example.org/?q=%27%3B--',
      ],
    ]);
    expect(
      await store.db
        .selectFrom('funds')
        .select(['name', 'target_sectors', 'manager', 'url'])
        .where('id', 'like', '%INJ-fund')
        .executeTakeFirstOrThrow(),
    ).toEqual({
      name: injectionText('name'),
      target_sectors: injectionText('sectors'),
      manager: injectionText('manager'),
      url: 'https://example.org/?q=%27%3B--',
    });

    // Channels are a closed list (desk, phone, ...): the free text goes in `helps_with`.
    await importTemplate('contact-points', [
      ['contact_point_id', 'name', 'organisation_id', 'regions', 'helps_with'],
      ['INJ-cp', injectionText('name'), 'INJ-ORG-1', 'NL213', injectionText('helps')],
    ]);
    expect(
      await store.db
        .selectFrom('contact_points')
        .select(['name', 'helps_with'])
        .where('id', 'like', '%INJ-cp')
        .executeTakeFirstOrThrow(),
    ).toEqual({ name: injectionText('name'), helps_with: injectionText('helps') });
  });

  it('refuses a javascript: address in a template, so no such link is stored', async () => {
    const error = await importTemplate('funds', [
      ['fund_id', 'region', 'name', 'url'],
      ['INJ-fund-2', 'NL213', 'Fonds', `javascript:window.__xss = 'url'`],
    ]).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(RegiokrachtError);
    expect((error as RegiokrachtError).code).toBe('IMPORT_REFUSED');
    expect(
      await store.db.selectFrom('funds').select('id').where('id', 'like', '%INJ-fund-2').execute(),
    ).toEqual([]);
  });

  it('imports every free-text field of the good-practices template exactly as written', async () => {
    await importTemplate('good-practices', [
      [
        'practice_id',
        'title',
        'region',
        'topic',
        'description',
        'resources',
        'evidence',
        'transfer_potential',
        'contact',
        'language',
        'status',
      ],
      [
        'INJ-gp',
        injectionText('title'),
        'NL213',
        '1',
        injectionText('description'),
        injectionText('resources'),
        injectionText('evidence'),
        injectionText('transfer'),
        injectionText('contact'),
        'nl',
        'published',
      ],
    ]);
    const practice = await store.db
      .selectFrom('good_practices')
      .select(['title', 'description', 'resources', 'evidence', 'transfer_potential', 'contact'])
      .where('title', '=', injectionText('title'))
      .executeTakeFirstOrThrow();
    expect(practice).toEqual({
      title: injectionText('title'),
      description: injectionText('description'),
      resources: injectionText('resources'),
      evidence: injectionText('evidence'),
      transfer_potential: injectionText('transfer'),
      contact: injectionText('contact'),
    });
  });

  it('stores every text field of the practice and visit services exactly as written', async () => {
    const deps = { store, now };
    const practice = await createPractice(deps, {
      title: injectionText('service title'),
      region: 'NL213',
      topic: 2,
      description: injectionText('service description'),
      resources: injectionText('service resources'),
      evidence: injectionText('service evidence'),
      transfer_potential: injectionText('service transfer'),
      contact: injectionText('service contact'),
      status: 'published',
    });
    expect(practice).toMatchObject({
      title: injectionText('service title'),
      description: injectionText('service description'),
      contact: injectionText('service contact'),
    });
    const visit = await planVisit(deps, {
      region: 'NL213',
      date: '2026-09-01',
      venue: injectionText('venue'),
      hosts: injectionText('hosts'),
      participants: injectionText('participants'),
      agenda: [{ topic: 1, title: injectionText('agenda') }],
    });
    await addFinding(deps, visit.id, { topic: 1, text: injectionText('finding') });
    await addCommitment(deps, visit.id, {
      description: injectionText('commitment'),
      owner: injectionText('owner'),
    });
    const stored = await store.db
      .selectFrom('visits')
      .select(['venue', 'hosts', 'participants'])
      .where('id', '=', visit.id)
      .executeTakeFirstOrThrow();
    expect(stored).toEqual({
      venue: injectionText('venue'),
      hosts: injectionText('hosts'),
      participants: injectionText('participants'),
    });
    const finding = await store.db
      .selectFrom('visit_findings')
      .select('text')
      .where('visit_id', '=', visit.id)
      .executeTakeFirstOrThrow();
    expect(finding.text).toBe(injectionText('finding'));
    const commitment = await store.db
      .selectFrom('commitments')
      .select(['description', 'owner'])
      .where('visit_id', '=', visit.id)
      .executeTakeFirstOrThrow();
    expect(commitment).toEqual({
      description: injectionText('commitment'),
      owner: injectionText('owner'),
    });
  });

  it('refuses a javascript: address as the source of a practice', async () => {
    await expect(
      createPractice(
        { store, now },
        {
          title: 'Bron',
          region: 'NL213',
          topic: 1,
          description: 'x',
          source_url: `javascript:window.__xss = 'url'`,
        },
      ),
    ).rejects.toMatchObject({ code: 'INVALID_INPUT' });
  });

  it('searches for hostile text without error, finding the practice that holds it', async () => {
    for (const q of [
      `'; DROP TABLE regions; --`,
      `" OR 1=1 --`,
      `\\' \\\\ %_`,
      '<script>',
      'NEAR(a b) OR *',
    ]) {
      await listPractices(store, { q }, { limit: 10, offset: 0 });
    }
    const found = await listPractices(store, { q: 'DROP TABLE regions' }, { limit: 10, offset: 0 });
    expect(found.items.map((p) => p.title)).toContain(injectionText('service title'));
  });

  it('leaves every table in place and the database consistent', async () => {
    expect(Object.keys(await tableCounts(store))).toEqual(tablesBefore);
    const regions = await store.db
      .selectFrom('regions')
      .select(({ fn }) => fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(regions.n)).toBe(regionsBefore);
    expect(await databaseProblems(store)).toEqual([]);
  });
});
