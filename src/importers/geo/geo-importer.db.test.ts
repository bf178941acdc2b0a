import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tableCounts } from '../../../test/support/table-counts.js';
import { openTestStore, sharedDataDir, testBackend } from '../../../test/support/test-store.js';
import type { Store } from '../../storage/store.js';
import { regionGeometries } from '../../services/regions/geometry-service.js';
import { ImportRefusedError } from '../import-refused-error.js';
import { IMPORTERS } from '../index.js';
import { runImport } from '../run-import.js';

const GEO = join(sharedDataDir, 'geo');
const now = () => new Date('2026-11-28T10:00:00Z');

describe(`import geo on ${testBackend}`, () => {
  let store: Store;
  let dir: string;
  const geo = (file: string) =>
    runImport(store, IMPORTERS.geo!, file, { clock: now, allowNewRegions: true });
  const refusal = async (file: string): Promise<ImportRefusedError> => {
    const error = await geo(file).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportRefusedError);
    return error as ImportRefusedError;
  };
  const feature = (code: string, geometry: unknown, level = 2) => ({
    type: 'Feature',
    properties: { NUTS_ID: code, LEVL_CODE: level, CNTR_CODE: code.slice(0, 2), NAME_LATN: code },
    geometry,
  });
  const square = [
    [6, 52],
    [7, 52],
    [7, 53],
    [6, 52],
  ];
  /** The CBS boundaries stored for a region. */
  const cbsGeometries = (region: string) =>
    store.db
      .selectFrom('region_geometries')
      .selectAll()
      .where('region_code', '=', region)
      .where('scale', '=', 'CBS')
      .execute();
  const write = async (name: string, features: unknown[]) => {
    const path = join(dir, name);
    await writeFile(path, JSON.stringify({ type: 'FeatureCollection', features }));
    return path;
  };

  beforeAll(async () => {
    store = await openTestStore();
    dir = await mkdtemp(join(tmpdir(), 'regiokracht-geo-'));
  });
  afterAll(async () => {
    await store.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('loads GISCO NUTS regions and boundaries level by level, plain and gzipped, and a second run changes nothing', async () => {
    const files = [
      'NUTS_RG_60M_2021_4326_LEVL_0.geojson',
      'NUTS_RG_60M_2021_4326_LEVL_1.geojson',
      // The 1:20M file leaves out Svalbard (NO0B), the parent of two NUTS 3 regions.
      'NUTS_RG_60M_2021_4326_LEVL_2.geojson',
      'NUTS_RG_03M_2021_4326_LEVL_3.geojson.gz',
    ].map((f) => join(GEO, f));
    const first = [];
    for (const f of files) first.push(await geo(f));
    expect(first.map((s) => s.read)).toEqual([37, 125, 334, 1514]);
    // Each feature: a region and its boundary.
    expect(first.map((s) => s.inserted)).toEqual([74, 250, 668, 3028]);
    const twente = await store.db
      .selectFrom('region_geometries')
      .select(['scale', 'geojson'])
      .where('region_code', '=', 'NL213')
      .execute();
    expect(twente.map((g) => g.scale)).toEqual(['03M']);
    expect((JSON.parse(twente[0]!.geojson) as { type: string }).type).toMatch(/Polygon/);
    const counts = await tableCounts(store);
    for (const f of files) {
      const again = await geo(f);
      expect([again.inserted, again.updated]).toEqual([0, 0]);
    }
    // Every run is recorded in the audit trail; nothing else grows.
    expect({ ...(await tableCounts(store)), audit_log: 0 }).toEqual({ ...counts, audit_log: 0 });
  }, 120_000);

  it('links CBS provinces to their NUTS 2 regions, leaving out islets the quantisation collapsed', async () => {
    const summary = await geo(join(GEO, 'nl_provincie_2015.topojson'));
    expect(summary).toMatchObject({ format: 'cbs-topojson-provincie', read: 12, inserted: 12 });
    const [overijssel] = await cbsGeometries('NL21');
    expect(overijssel?.source_id).toBe('cbs-gebiedsindelingen');
    const again = await geo(join(GEO, 'nl_provincie_2015.topojson'));
    expect([again.inserted, again.updated]).toEqual([0, 0]);
    // The map asks for 1:20M, which is not loaded: it falls back on GISCO's 1:60M, never on the
    // CBS boundaries, which cover the Netherlands alone.
    const map = await regionGeometries(store, { level: 2, scale: '20M' });
    expect(map.scale).toBe('60M');
    expect(map.features).toHaveLength(334);
  });

  it('links CBS COROP areas to their NUTS 3 regions: CR12 is Twente', async () => {
    const summary = await geo(join(GEO, 'nl_corop_2015.topojson'));
    expect(summary).toMatchObject({ format: 'cbs-topojson-coropgebied', read: 40, inserted: 40 });
    expect(await cbsGeometries('NL213')).toHaveLength(1);
  });

  it('refuses municipal boundaries while no CBS place table has given the municipalities', async () => {
    const error = await refusal(join(GEO, 'nl_gemeente_2015.topojson'));
    expect(error.message).toMatch(/import the CBS place table \(cbs-places\) first/);
  });

  it('refuses a COROP code CBS does not have, naming file, feature and field, changing nothing', async () => {
    const before = await tableCounts(store);
    const path = join(dir, 'corop.topojson');
    const polygon = (id: string) => ({
      type: 'Polygon',
      id,
      properties: { statcode: id, statnaam: id, rubriek: 'coropgebied' },
      arcs: [[0]],
    });
    await writeFile(
      path,
      JSON.stringify({
        type: 'Topology',
        arcs: [square],
        objects: {
          layer: { type: 'GeometryCollection', geometries: [polygon('CR12'), polygon('CR99')] },
        },
      }),
    );
    const error = await refusal(path);
    expect(error.rowErrors).toEqual([
      { file: path, row: 2, field: 'statcode', reason: 'CR99 is not a CBS COROP code (CR01-CR40)' },
    ]);
    expect(await tableCounts(store)).toEqual(before);
  });

  it('refuses an open ring, a coordinate out of range, a text coordinate, a feature twice and an unknown parent, changing nothing', async () => {
    const before = await tableCounts(store);
    const open = [...square.slice(0, 3), [6, 53]];
    const path = await write('NUTS_RG_20M_2021_4326_LEVL_2.geojson', [
      feature('NL21', { type: 'Polygon', coordinates: [square] }),
      feature('NL22', { type: 'Polygon', coordinates: [open] }),
      feature('NL23', { type: 'Polygon', coordinates: [[[6, 152], ...square.slice(1)]] }),
      feature('NL31', { type: 'Polygon', coordinates: [[['6', 52], ...square.slice(1)]] }),
      feature('NL21', { type: 'Polygon', coordinates: [square] }),
      feature('QQ11', { type: 'Polygon', coordinates: [square] }),
      feature('NL3', { type: 'Polygon', coordinates: [square] }),
    ]);
    const error = await refusal(path);
    expect(error.rowErrors.map((e) => [e.file.split('/').pop(), e.row, e.field, e.reason])).toEqual(
      [
        [
          'NUTS_RG_20M_2021_4326_LEVL_2.geojson',
          2,
          'geometry',
          expect.stringMatching(/not closed/),
        ],
        ['NUTS_RG_20M_2021_4326_LEVL_2.geojson', 3, 'geometry', expect.stringMatching(/outside/)],
        ['NUTS_RG_20M_2021_4326_LEVL_2.geojson', 4, 'geometry', expect.stringMatching(/numeric/)],
        [
          'NUTS_RG_20M_2021_4326_LEVL_2.geojson',
          5,
          'NUTS_ID',
          'NL21 again: feature 1 has it already',
        ],
        [
          'NUTS_RG_20M_2021_4326_LEVL_2.geojson',
          6,
          'NUTS_ID',
          expect.stringMatching(/parent region QQ1 is unknown/),
        ],
        [
          'NUTS_RG_20M_2021_4326_LEVL_2.geojson',
          7,
          'NUTS_ID',
          expect.stringMatching(/not a NUTS code of level 2/),
        ],
      ],
    );
    expect(await tableCounts(store)).toEqual(before);
  });

  it('refuses a region code that is not loaded unless new regions are allowed', async () => {
    const path = await write('NUTS_RG_20M_2021_4326_LEVL_3.geojson', [
      feature('NL219', { type: 'Polygon', coordinates: [square] }, 3),
    ]);
    const before = await tableCounts(store);
    const error = await runImport(store, IMPORTERS.geo!, path, { clock: now }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ImportRefusedError);
    expect((error as ImportRefusedError).rowErrors[0]).toMatchObject({
      row: 1,
      field: 'NUTS_ID',
      reason: expect.stringMatching(/^NL219 is not a loaded region; .*--new-regions/),
    });
    expect(await tableCounts(store)).toEqual(before);
  });

  it('refuses a file that is neither GeoJSON nor TopoJSON as a whole', async () => {
    const path = join(dir, 'regions.geojson');
    await writeFile(path, JSON.stringify({ type: 'Feature' }));
    const error = await refusal(path);
    expect(error.message).toMatch(
      /expected a GISCO NUTS GeoJSON FeatureCollection or a CBS TopoJSON/,
    );
    const broken = join(dir, 'broken.geojson');
    await writeFile(
      broken,
      (await readFile(join(GEO, 'NUTS_RG_60M_2021_4326_LEVL_0.geojson'), 'utf8')).slice(0, 500),
    );
    expect((await refusal(broken)).message).toMatch(/not valid JSON/);
  });
});
