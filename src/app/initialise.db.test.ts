import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sharedDataDir, openTestStore, testBackend } from '../../test/support/test-store.js';
import { tableCounts } from '../../test/support/table-counts.js';
import type { Store } from '../storage/store.js';
import { getRegion, listRegions } from '../services/regions/region-service.js';
import { initialise } from './initialise.js';

const now = () => new Date('2026-11-28T10:00:00Z');
const quiet = () => undefined;

describe(`initialising a database on ${testBackend}`, () => {
  let store: Store;
  /** Initialises `store` without the open data, with the clock at `at`. */
  const initialiseAt = (at: () => Date) =>
    initialise(store, { dataDir: sharedDataDir, now: at, log: quiet, openData: false });
  /** The planned Twente visit, the one visit in NL213, as stored. */
  const twenteVisit = () =>
    store.db
      .selectFrom('visits')
      .selectAll()
      .where('region_code', '=', 'NL213')
      .executeTakeFirstOrThrow();
  beforeAll(async () => {
    store = await openTestStore();
    await initialiseAt(now);
  });
  afterAll(() => store.close());

  it('loads 12 Dutch regions at NUTS level 2 and 40 at level 3', async () => {
    expect(await listRegions(store, { level: 2, country: 'NL' })).toHaveLength(12);
    expect(await listRegions(store, { level: 3, country: 'NL' })).toHaveLength(40);
  });

  it('links Twente to Overijssel, East Netherlands and the Netherlands', async () => {
    const twente = await getRegion(store, 'NL213');
    expect(twente.name_nl).toBe('Twente');
    expect(twente.parent?.code).toBe('NL21');
    expect(twente.parent?.name_nl).toBe('Overijssel');
    const overijssel = await getRegion(store, 'NL21');
    expect(overijssel.parent?.code).toBe('NL2');
    expect(overijssel.children.map((c) => c.code)).toEqual(['NL211', 'NL212', 'NL213']);
    expect((await getRegion(store, 'NL2')).parent?.code).toBe('NL');
    expect((await getRegion(store, 'NL41')).name_nl).toBe('Noord-Brabant');
  });

  it('gives Twente its five spearheads, each mapped to key areas of both taxonomies', async () => {
    const twente = await getRegion(store, 'NL213');
    expect(twente.spearheads.map((s) => s.name_en).sort()).toEqual([
      'Construction',
      'Food',
      'Smart systems & materials',
      'Technology & health',
      'Technology & safety',
    ]);
    for (const spearhead of twente.spearheads) {
      expect(spearhead.source_id).toBe('press-release-regional-programme');
      for (const taxonomy of ['sleutelgebieden-2004', 'topsectoren-2011']) {
        const weights = spearhead.key_areas
          .filter((k) => k.taxonomy_id === taxonomy)
          .map((k) => k.weight);
        expect(weights.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 10);
      }
    }
    expect(twente.platforms.map((p) => p.name)).toEqual(['Innovatieplatform Twente']);
  });

  it('ships six 2004 key areas, nine 2011 top sectors and a crosswalk between them', async () => {
    const areas = await store.db.selectFrom('key_areas').select(['taxonomy_id']).execute();
    expect(areas.filter((a) => a.taxonomy_id === 'sleutelgebieden-2004')).toHaveLength(6);
    expect(areas.filter((a) => a.taxonomy_id === 'topsectoren-2011')).toHaveLength(9);
    const crosswalk = await store.db.selectFrom('key_area_crosswalk').selectAll().execute();
    const from = new Map<string, number>();
    for (const c of crosswalk)
      from.set(c.from_key_area_id, (from.get(c.from_key_area_id) ?? 0) + c.weight);
    expect(from.size).toBe(6);
    for (const total of from.values()) expect(total).toBeCloseTo(1, 10);
  });

  it('plans the Twente visit at the University of Twente on 8 February of the coming year', async () => {
    const visit = await twenteVisit();
    expect(visit.date).toBe('2027-02-08');
    expect(visit.venue).toContain('Universiteit Twente');
    const agenda = await store.db
      .selectFrom('visit_agenda_items')
      .select('topic')
      .where('visit_id', '=', visit.id)
      .orderBy('position')
      .execute();
    expect(agenda.map((a) => a.topic)).toEqual([1, 2, 3]);
  });

  it('gives the same row counts when run a second time', async () => {
    const before = await tableCounts(store);
    await initialiseAt(() => new Date('2027-03-01T00:00:00Z'));
    expect(await tableCounts(store)).toEqual(before);
    expect((await twenteVisit()).date).toBe('2027-02-08');
  });

  it('keeps edits to the planned Twente visit when run again', async () => {
    await store.db
      .updateTable('visits')
      .set({ venue: 'Gebouw De Horst, Universiteit Twente' })
      .where('id', '=', 'visit-twente')
      .execute();
    await initialiseAt(now);
    expect((await twenteVisit()).venue).toBe('Gebouw De Horst, Universiteit Twente');
  });

  it('refuses a malformed GeoJSON file and leaves the database as it was', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'rk-geo-'));
    try {
      await cp(
        join(sharedDataDir, 'geo', 'NUTS_RG_60M_2021_4326_LEVL_0.geojson'),
        join(dir, 'NUTS_RG_60M_2021_4326_LEVL_0.geojson'),
      );
      await writeFile(
        join(dir, 'NUTS_RG_60M_2021_4326_LEVL_1.geojson'),
        '{"type":"FeatureCollection","features":[{"properties":{"NUTS_ID":"NL9"',
      );
      const before = await tableCounts(store);
      await expect(
        initialise(store, { dataDir: await asDataDir(dir), now, log: quiet, openData: false }),
      ).rejects.toThrow(/NUTS_RG_60M_2021_4326_LEVL_1\.geojson: not valid JSON/);
      expect(await tableCounts(store)).toEqual(before);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('names the missing data directory and how to fix it', async () => {
    await expect(
      initialise(store, {
        dataDir: '/nonexistent/regiokracht-data',
        now,
        log: quiet,
        openData: false,
      }),
    ).rejects.toThrow(
      /data directory \/nonexistent\/regiokracht-data not found; pass --data-dir or set REGIOKRACHT_DATA_DIR/,
    );
  });
});

/** Lays a folder of GeoJSON files out as a data directory (files under geo/). */
async function asDataDir(folder: string): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), 'rk-data-'));
  await cp(folder, join(root, 'geo'), { recursive: true });
  return root;
}
