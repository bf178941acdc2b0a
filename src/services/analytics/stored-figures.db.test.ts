import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { seedKeyAreas } from '../../../test/support/seed-key-areas.js';
import { seedNutsRegions } from '../../../test/support/seed-regions.js';
import { openTestStore, testBackend } from '../../../test/support/test-store.js';
import { IMPORTERS } from '../../importers/index.js';
import { runImport } from '../../importers/run-import.js';
import type { Store } from '../../storage/store.js';
import { createCluster, updateCluster } from '../clusters/cluster-writes.js';
import { AnalyticsService } from './analytics-service.js';
import { precomputeFigures } from './precompute-figures.js';
import { RegionLinksService } from './region-links-service.js';

const now = () => new Date('2026-12-01T00:00:00Z');
const HEADER =
  'project_id,programme,organisation_id,organisation_name,helix_role,region,contribution_eur,total_cost_eur,funding_source,role';

describe(`figures stored in the database on ${testBackend}`, () => {
  let store: Store;
  let dir: string;
  /** Imports a participations template file; each call is a new import with its own provenance. */
  const importParticipations = async (name: string, rows: readonly string[]) => {
    const path = join(dir, `${name}.csv`);
    await writeFile(path, [HEADER, ...rows].join('\n') + '\n');
    const summary = await runImport(store, IMPORTERS.participations!, path, { clock: now });
    expect(summary.refused).toBe(0);
  };
  const storedRow = (key: string) =>
    store.db
      .selectFrom('figures')
      .select(['key', 'fingerprint', 'value'])
      .where('key', '=', key)
      .executeTakeFirst();

  beforeAll(async () => {
    store = await openTestStore();
    dir = await mkdtemp(join(tmpdir(), 'rk-figures-'));
    await seedNutsRegions(store);
    await seedKeyAreas(store);
    // Two Twente projects: p1 with the university and a company (UI), p2 with the company only (I).
    await importParticipations('first', [
      'P1,OP Oost,ut,Universiteit Twente,education,NL213,100,200,regional,participant',
      'P1,OP Oost,acme,Acme BV,business,NL213,100,200,regional,participant',
      'P2,OP Oost,acme,Acme BV,business,NL213,50,50,regional,participant',
    ]);
  });
  afterAll(async () => {
    await store.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('keeps a computed figure in the figures table, under the fingerprint of its data', async () => {
    const helix = await new AnalyticsService(store, now).helix('NL213');
    expect(helix.configurations).toMatchObject({ UI: 1, I: 1, UG: 0 });
    const row = await storedRow('helix:NL213:1000:1:en');
    expect(row).toBeDefined();
    expect(JSON.parse(row!.value)).toEqual(helix);
  });

  it('answers a new service (a new process) from the stored figure without reading the inputs', async () => {
    const computed = await new AnalyticsService(store, now).helix('NL213');
    const fresh = new AnalyticsService(store, now);
    const inputs = vi.spyOn(fresh.context, 'inputs');
    const stored = await fresh.helix('NL213');
    expect(stored).toEqual(computed);
    expect(inputs).not.toHaveBeenCalled();
    expect(fresh.cache.storedHits).toBe(1);
    expect(fresh.cache.computed).toBe(0);
  });

  it('keeps the coverage statement the dossier opens with, so a new service reads it without the inputs', async () => {
    const computed = await new AnalyticsService(store, now).regionCoverage('NL213');
    expect(computed.coverage).toBeDefined();
    const fresh = new AnalyticsService(store, now);
    const inputs = vi.spyOn(fresh.context, 'inputs');
    expect(await fresh.regionCoverage('NL213')).toEqual(computed);
    expect(inputs).not.toHaveBeenCalled();
    expect(fresh.cache.storedHits).toBe(1);
  });

  it('computes again after an import that changes the inputs, and never serves the stored figure', async () => {
    const running = new AnalyticsService(store, now);
    expect((await running.helix('NL213')).configurations!.UG).toBe(0);
    // The municipality joins p2: with the company (I) it makes IG.
    await importParticipations('second', [
      'P2,OP Oost,gem,Gemeente Enschede,government,NL213,0,50,regional,participant',
    ]);
    const fresh = new AnalyticsService(store, now);
    const inputs = vi.spyOn(fresh.context, 'inputs');
    const after = await fresh.helix('NL213');
    expect(after.configurations).toMatchObject({ UI: 1, I: 0, IG: 1 });
    expect(inputs).toHaveBeenCalled();
    expect(after.source.imports.map((i) => i.file)).toContain('second.csv');
    // The service that had the old figure in memory sees the change too.
    expect((await running.helix('NL213')).configurations!.IG).toBe(1);
    expect(JSON.parse((await storedRow('helix:NL213:1000:1:en'))!.value)).toEqual(after);
  });

  it("computes again after an edit of a spearhead's key-area weights", async () => {
    const deps = { store, now };
    const cluster = await createCluster(deps, 'NL213', {
      name_nl: 'Slimme systemen',
      name_en: 'Smart systems',
      key_areas: [{ id: 'topsectoren-2011/htsm', weight: 1 }],
    });
    const weightOf = async (service: AnalyticsService) =>
      (await service.clusters('NL213')).spearheads.find((s) => s.id === cluster.id)?.key_areas;
    expect(await weightOf(new AnalyticsService(store, now))).toEqual([
      { key_area: 'topsectoren-2011/htsm', weight: 1 },
    ]);
    await updateCluster(deps, cluster.id, {
      version: cluster.version,
      key_areas: [{ id: 'topsectoren-2011/htsm', weight: 0.5 }],
    });
    expect(await weightOf(new AnalyticsService(store, now))).toEqual([
      { key_area: 'topsectoren-2011/htsm', weight: 0.5 },
    ]);
  });

  it("computes again after a project's key areas are set or reweighted by hand", async () => {
    const energy = async () =>
      (await new AnalyticsService(store, now).keyAreas('NL213')).areas.find(
        (a) => a.code === 'energy',
      )!.value;
    expect(await energy()).toBe(0);
    await store.db
      .insertInto('project_key_areas')
      .values({
        project_id: 'P1',
        key_area_id: 'topsectoren-2011/energy',
        weight: 1,
        method: 'manual',
      })
      .execute();
    // P1 has two participations (ut, acme): the key area set by hand takes both.
    expect(await energy()).toBe(2);
    await store.db
      .updateTable('project_key_areas')
      .set({ weight: 0.5 })
      .where('project_id', '=', 'P1')
      .execute();
    expect(await energy()).toBe(1);
  });

  it('precomputes the Dutch regions once, then only reads them while the data stay the same', async () => {
    const analytics = new AnalyticsService(store, now);
    const links = new RegionLinksService(store, analytics);
    const first = await precomputeFigures(analytics, { links });
    expect(first.regions).toBeGreaterThan(50);
    expect(first.figures).toBeGreaterThan(first.regions * 5);
    const later = new AnalyticsService(store, now);
    const again = await precomputeFigures(later, { links: new RegionLinksService(store, later) });
    expect(again.computed).toBe(0);
    expect(again.figures).toBe(first.figures);
    // Without indicators there is no index: said per figure, not stored, and nothing else stops.
    expect(again.failed.map((f) => f.figure)).toContain('index NL213');
    expect(await storedRow('network:NL213:1::en')).toBeDefined();
    expect(await storedRow('links:NL213:3:nl')).toBeDefined();
    expect(await storedRow('links:NL213:3:en')).toBeDefined();
  });

  it('still answers when the database refuses to store figures', async () => {
    const key = 'helix:NL21:1000:1:en';
    await store.db.deleteFrom('figures').where('key', '=', key).execute();
    if (testBackend === 'sqlite') {
      await sql`pragma query_only = on`.execute(store.db);
    } else {
      await sql`create function figures_refused() returns trigger language plpgsql as $$ begin raise exception 'read-only'; end $$`.execute(
        store.db,
      );
      await sql`create trigger figures_refused before insert or update on figures for each row execute function figures_refused()`.execute(
        store.db,
      );
    }
    try {
      const service = new AnalyticsService(store, now);
      const helix = await service.helix('NL21');
      expect(helix.region).toBe('NL21');
      expect(helix.projects).toBe(2);
      expect(service.figures?.failedWrites).toBe(1);
    } finally {
      if (testBackend === 'sqlite') await sql`pragma query_only = off`.execute(store.db);
      else await sql`drop trigger figures_refused on figures`.execute(store.db);
    }
    expect(await storedRow(key)).toBeUndefined();
  });
});
