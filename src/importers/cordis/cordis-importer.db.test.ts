import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sharedDataDir, testBackend } from '../../../test/support/test-store.js';
import { actorPlacementRate, unplacedActors } from '../placement/actor-placement.js';
import type { Store } from '../../storage/store.js';
import type { ImportSummary } from '../importer.js';
import { cbsPlacesImporter } from '../nl/cbs-places-importer.js';
import { runImport } from '../run-import.js';
import { cordisImporter } from './cordis-importer.js';
import { openSeededStore } from '../../../test/support/seeded-store.js';
import { storedRow } from '../../../test/support/stored-row.js';

const cordis = (name: string) => join(sharedDataDir, 'cordis', name);
const PARTICIPATIONS = cordis('h2020_participations_eunets.csv.gz');

async function count(
  store: Store,
  table: 'participations' | 'projects' | 'actors',
): Promise<number> {
  const row = await store.db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

describe(`CORDIS H2020 on ${testBackend}`, () => {
  let store: Store;
  let participations: ImportSummary;
  let seconds = 0;
  let projectsAfterParticipations = 0;
  beforeAll(async () => {
    store = await openSeededStore();
    const t0 = performance.now();
    participations = await runImport(store, cordisImporter, PARTICIPATIONS);
    seconds = (performance.now() - t0) / 1000;
    console.log(
      `participations: ${participations.read} rows in ${seconds.toFixed(2)} s = ${Math.round(participations.read / seconds)} rows/s (${participations.inserted} rows written)`,
    );
    projectsAfterParticipations = await count(store, 'projects');
    await runImport(
      store,
      cbsPlacesImporter,
      join(sharedDataDir, 'nl', 'nl_woonplaats_gemeente_corop_2024.csv'),
    );
    await runImport(store, cordisImporter, cordis('h2020_organisations_2017_odfest.csv'));
    await runImport(store, cordisImporter, cordis('h2020_programme_parts_eunets.csv.gz'));
  });
  afterAll(async () => {
    await store.close();
  });

  it('loads 144,726 participations of 31,451 projects by 35,871 organisations', async () => {
    expect(participations.read).toBe(144_726);
    expect(await count(store, 'participations')).toBe(144_726);
    expect(projectsAfterParticipations).toBe(31_451);
    const projects = await store.db
      .selectFrom('participations')
      .select((eb) => eb.fn.count<number>('project_id').distinct().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(projects.n)).toBe(31_451);
    const organisations = await store.db
      .selectFrom('participations')
      .select((eb) => eb.fn.count<number>('actor_id').distinct().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(organisations.n)).toBe(35_871);
  });

  it('gives projects and organisations their ids, programme and helix role', async () => {
    const project = await storedRow(store, 'projects', 'H2020-221856');
    expect(project).toMatchObject({
      programme: 'H2020',
      funding_source: 'eu',
      start_date: '2019-05-01',
      end_date: '2022-04-30',
      ec_max_contribution_eur: 2_927_875,
      total_cost_eur: 2_928_125,
    });
    const twente = await store.db
      .selectFrom('actors')
      .selectAll()
      .where('id', '=', 'PIC999901915')
      .executeTakeFirst();
    if (twente) expect(twente.helix_role).toBe('education');
    const parts = await store.db
      .selectFrom('project_programme_parts')
      .select('programme_part')
      .where('project_id', '=', 'H2020-221856')
      .execute();
    expect(parts.map((p) => p.programme_part)).toEqual(['SC4']);
  });

  it('creates country regions for participants outside NUTS', async () => {
    const us = await storedRow(store, 'regions', 'US', 'code');
    expect(us).toMatchObject({
      kind: 'country',
      name_en: 'United States',
      name_nl: 'Verenigde Staten',
      level: 0,
    });
  });

  it('places at least 97% of the Dutch organisations with an address', async () => {
    const rate = await actorPlacementRate(store.db);
    const unplaced = await unplacedActors(store.db);
    console.log(
      `placed ${rate.placed} of ${rate.withAddress} Dutch organisations with an address: ${(100 * rate.share).toFixed(1)}%; not placed:`,
      unplaced.map((u) => `${u.city}: ${u.reason}`),
    );
    expect(rate.withAddress).toBeGreaterThan(900);
    expect(rate.share).toBeGreaterThanOrEqual(0.97);
    const twente = await store.db
      .selectFrom('actors')
      .select(['helix_role'])
      .where('region_code', '=', 'NL213')
      .execute();
    expect(twente.length).toBeGreaterThan(40);
  });

  it('changes nothing when the participations are imported again', async () => {
    const before = await count(store, 'actors');
    const again = await runImport(store, cordisImporter, PARTICIPATIONS);
    expect(again).toMatchObject({ inserted: 0, updated: 0, read: 144_726 });
    expect(await count(store, 'actors')).toBe(before);
    expect(await count(store, 'participations')).toBe(144_726);
  });
});
