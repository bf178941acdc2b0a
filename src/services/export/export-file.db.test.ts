import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  FORMULA_NAME,
  NL_PROVINCES,
  TEST_INDICATOR,
  bodyBytes,
  bodyText,
  csvObjects,
  seedTestIndicator,
  seedTrickyParticipations,
  testIndicatorValue,
} from '../../../test/support/export-fixture.js';
import { seedNutsRegions } from '../../../test/support/seed-regions.js';
import { loadSmallNetwork } from '../../../test/support/small-network.js';
import { openTestStore, sharedDataDir, testBackend } from '../../../test/support/test-store.js';
import { IMPORTERS, runImport } from '../../importers/index.js';
import type { Store } from '../../storage/store.js';
import { AnalyticsService } from '../analytics/analytics-service.js';
import { initialise } from '../../app/initialise.js';
import { exportFile, type ExportRequest } from './export-file.js';
import type { RegionsGeoJson } from './regions-geojson.js';

describe(`exports of hand-made data on ${testBackend}`, () => {
  let store: Store;
  let dir: string;
  const now = () => new Date('2026-11-28T10:00:00Z');
  const exported = (request: ExportRequest) =>
    exportFile({ store, analytics: new AnalyticsService(store, now) }, request);
  const text = async (request: ExportRequest) => bodyText((await exported(request)).body);

  beforeAll(async () => {
    store = await openTestStore();
    await initialise(store, { dataDir: sharedDataDir, now, log: () => undefined, openData: false });
    await loadSmallNetwork(store);
    await seedTrickyParticipations(store);
    await seedTestIndicator(store);
    dir = await mkdtemp(join(tmpdir(), 'regiokracht-export-'));
  });
  afterAll(async () => {
    await store.close();
    await rm(dir, { recursive: true, force: true });
  });

  describe('indicator tables', () => {
    it('parse back from CSV to the values in the database, one row per region and year', async () => {
      const rows = csvObjects(
        await text({
          what: 'indicators',
          format: 'csv',
          indicators: [TEST_INDICATOR],
          level: 2,
          country: 'nl',
        }),
      );
      expect(rows).toHaveLength(24);
      expect(Object.keys(rows[0]!)).toEqual([
        'indicator',
        'region',
        'name',
        'level',
        'year',
        'value',
        'unit',
        'flags',
        'source',
      ]);
      for (const row of rows) {
        const expected = testIndicatorValue(row.region!, Number(row.year));
        expect(row.value === '' ? null : Number(row.value), `${row.region} ${row.year}`).toBe(
          expected,
        );
        expect(row).toMatchObject({ indicator: TEST_INDICATOR, level: '2', unit: 'PC_GDP' });
        expect(row.source).toBe('test:rd');
      }
      expect(rows.find((r) => r.region === 'NL12')).toMatchObject({
        name: 'Fryslân',
        flags: 'e',
      });
      expect(rows.find((r) => r.region === 'NL34' && r.year === '2020')).toMatchObject({
        value: '',
        flags: ':',
      });
      // A negative number is a number, not a formula: no apostrophe.
      expect(rows.find((r) => r.region === 'NL11' && r.year === '2019')!.value).toBe('-0.5');
      expect(rows.find((r) => r.region === 'NL12' && r.year === '2019')!.value).toBe('0.0000001');
    });

    it('hold every level when no level is given', async () => {
      const rows = csvObjects(
        await text({ what: 'indicators', format: 'csv', indicators: [TEST_INDICATOR] }),
      );
      expect(rows).toHaveLength(25);
      expect(rows.find((r) => r.region === 'NL213')).toMatchObject({ level: '3', value: '3.5' });
    });

    it('come as JSON with the source: data set, publisher, licence, import file and checksum', async () => {
      const file = await exported({
        what: 'indicators',
        format: 'json',
        indicators: [TEST_INDICATOR],
        level: 2,
      });
      expect(file).toMatchObject({
        filename: `indicators-${TEST_INDICATOR}-level2.json`,
        contentType: 'application/json; charset=utf-8',
      });
      const doc = JSON.parse(await bodyText(file.body)) as {
        export: string;
        source: {
          datasets: { id: string; publisher: string; licence: string; retrieved_at: string }[];
          imports: { file: string; checksum: string; dataset_id: string }[];
        };
        rows: { value: number | null }[];
      };
      expect(doc.export).toBe('indicators');
      expect(doc.source.datasets).toEqual([
        expect.objectContaining({
          id: 'test:rd',
          publisher: 'Regiokracht tests',
          licence: 'CC0',
          retrieved_at: '2026-11-01',
        }),
      ]);
      expect(doc.source.imports).toEqual([
        expect.objectContaining({ file: 'rd-test.csv', checksum: 'c0ffee', dataset_id: 'test:rd' }),
      ]);
      expect(doc.rows).toHaveLength(24);
      expect(doc.rows.filter((r) => r.value === null)).toHaveLength(1);
    });

    it('open as XLSX with the table (typed numbers) and a Sources sheet', async () => {
      const file = await exported({
        what: 'indicators',
        format: 'xlsx',
        indicators: [TEST_INDICATOR],
        level: 2,
        country: 'NL',
      });
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load((await bodyBytes(file.body)) as unknown as ExcelJS.Buffer);
      expect(workbook.worksheets.map((w) => w.name)).toEqual(['indicators', 'Sources']);
      const sheet = workbook.getWorksheet('indicators')!;
      expect(sheet.rowCount).toBe(25);
      expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      const values = sheet.getColumn(6).values.slice(2);
      expect(values.filter((v) => typeof v === 'number')).toHaveLength(23);
      const sources = workbook.getWorksheet('Sources')!;
      expect(sources.getRow(2).values).toEqual(
        expect.arrayContaining(['test:rd', 'Regiokracht tests', 'rd-test.csv', 'c0ffee']),
      );
    });

    it('refuse a level without values as not found, naming the levels that have them', async () => {
      const request: ExportRequest = {
        what: 'indicators',
        format: 'csv',
        indicators: [TEST_INDICATOR],
        level: 1,
        country: 'NL',
      };
      await expect(exported(request)).rejects.toMatchObject({
        code: 'NOT_FOUND',
        message: expect.stringMatching(
          /level 1 in NL; years with values: none \(levels with values: 2, 3\)/,
        ) as unknown,
      });
      const csv = await text({ ...request, allowEmpty: true });
      expect(csv.split('\r\n')[0]).toMatch(/^indicator,region/);
    });

    it('refuse an unknown indicator as not found and an empty list as a bad request', async () => {
      await expect(
        exported({ what: 'indicators', format: 'csv', indicators: ['nope', TEST_INDICATOR] }),
      ).rejects.toMatchObject({ code: 'NOT_FOUND', message: expect.stringContaining('nope') });
      await expect(
        exported({ what: 'indicators', format: 'csv', indicators: [] }),
      ).rejects.toMatchObject({ code: 'INVALID_INPUT' });
      await expect(
        exported({
          what: 'indicators',
          format: 'csv',
          indicators: [TEST_INDICATOR],
          country: 'XX',
        }),
      ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    });
  });

  describe('regions as GeoJSON', () => {
    it('has the twelve provinces with boundaries, values of the latest year, and the source', async () => {
      const file = await exported({
        what: 'regions',
        format: 'geojson',
        indicators: [TEST_INDICATOR],
        level: 2,
        country: 'NL',
      });
      expect(file.filename).toBe(`regions-${TEST_INDICATOR}-2020-level2-NL.geojson`);
      expect(file.contentType).toMatch(/^application\/geo\+json/);
      const doc = JSON.parse(await bodyText(file.body)) as RegionsGeoJson;
      expect(doc).toMatchObject({ type: 'FeatureCollection', level: 2, year: 2020 });
      expect(doc.years).toEqual([2019, 2020]);
      expect(doc.features.map((f) => f.id)).toEqual([...NL_PROVINCES]);
      for (const f of doc.features) {
        expect(Object.keys(f.properties)).toEqual([
          'code',
          'name_nl',
          'name_en',
          'value',
          'unit',
          'flags',
        ]);
        expect(f.properties.value).toBe(testIndicatorValue(f.id, 2020));
        expect(['Polygon', 'MultiPolygon']).toContain(f.geometry.type);
      }
      expect(doc.features.find((f) => f.id === 'NL34')!.properties).toMatchObject({
        value: null,
        flags: ':',
      });
      expect(doc.source.datasets[0]).toMatchObject({
        id: 'test:rd',
        publisher: 'Regiokracht tests',
        licence: 'CC0',
        retrieved_at: '2026-11-01',
      });
      expect(doc.source.imports[0]).toMatchObject({ file: 'rd-test.csv', checksum: 'c0ffee' });
      expect(doc.geometry_source.datasets[0]).toMatchObject({ publisher: 'Eurostat GISCO' });
    });

    it('shows the year asked for', async () => {
      const doc = JSON.parse(
        await text({
          what: 'regions',
          format: 'geojson',
          indicators: [TEST_INDICATOR],
          level: 2,
          year: 2019,
          country: 'NL',
        }),
      ) as RegionsGeoJson;
      expect(doc.features[0]!.properties.value).toBe(-0.5);
    });

    it('refuses a year without values as not found, naming the years that have them', async () => {
      const request: ExportRequest = {
        what: 'regions',
        format: 'geojson',
        indicators: [TEST_INDICATOR],
        level: 2,
        year: 2017,
        country: 'NL',
      };
      await expect(exported(request)).rejects.toMatchObject({
        code: 'NOT_FOUND',
        message: expect.stringMatching(
          /no value of .* for a region of level 2 in NL in 2017; years with values: 2019, 2020\./,
        ) as unknown,
      });
      const doc = JSON.parse(await text({ ...request, allowEmpty: true })) as RegionsGeoJson;
      expect(doc.features).toHaveLength(NL_PROVINCES.length);
      expect(doc.features.every((f) => f.properties.value === null)).toBe(true);
    });

    it('takes exactly one indicator and a level from 0 to 3', async () => {
      await expect(
        exported({ what: 'regions', format: 'geojson', indicators: [TEST_INDICATOR, 'x'] }),
      ).rejects.toMatchObject({ code: 'INVALID_INPUT' });
      await expect(
        exported({ what: 'regions', format: 'geojson', indicators: [TEST_INDICATOR], level: 4 }),
      ).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    });
  });

  describe('organisations and participations', () => {
    it('of a region are those located in it or in a region below it', async () => {
      const ids = async (region?: string) =>
        csvObjects(await text({ what: 'actors', format: 'csv', region }))
          .map((r) => r.organisation_id)
          .sort();
      expect(await ids('NL2')).toEqual(['KVK-00000001', 'acme', 'formula', 'gem', 'ut']);
      expect(await ids('nl213')).toEqual(await ids('NL2'));
      expect(await ids('NL')).toEqual([
        'KVK-00000001',
        'acme',
        'formula',
        'fryslan',
        'gem',
        'philips',
        'ut',
      ]);
      expect(await ids()).toHaveLength(9);
      const participations = csvObjects(
        await text({ what: 'participations', format: 'csv', region: 'NL4' }),
      );
      expect(participations.map((p) => [p.project_id, p.organisation_id])).toEqual([
        ['p3', 'philips'],
      ]);
    });

    it('refuse an unknown region as not found', async () => {
      await expect(
        exported({ what: 'actors', format: 'csv', region: 'NL999' }),
      ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    });

    it('write participations in the column order of the import template', async () => {
      const csv = await text({ what: 'participations', format: 'csv' });
      expect(csv.split('\r\n')[0]).toBe(
        'project_id,project_acronym,programme,organisation_id,organisation_name,helix_role,region,contribution_eur,total_cost_eur,start_date,end_date,funding_source,role',
      );
      const rows = csvObjects(csv);
      expect(rows).toHaveLength(11);
      expect(rows.find((r) => r.organisation_id === 'KVK-00000001')).toEqual({
        project_id: 'OPOOST-2021-0042',
        project_acronym: 'SENS,DEMO "2"',
        programme: 'OP Oost',
        organisation_id: 'KVK-00000001',
        organisation_name: 'Sensortechniek "Twente", B.V.\nEnschede',
        helix_role: 'business',
        region: 'NL213',
        contribution_eur: '150000.5',
        total_cost_eur: '300000',
        start_date: '2022-01-01',
        end_date: '2024-12-31',
        funding_source: 'regional',
        role: 'participant',
      });
    });

    it('import again into a fresh database as the same rows', async () => {
      const first = await text({ what: 'participations', format: 'csv' });
      const path = join(dir, 'participations.csv');
      await writeFile(path, first);
      const fresh = await openTestStore();
      try {
        await seedNutsRegions(fresh);
        const summary = await runImport(fresh, IMPORTERS.participations!, path, { clock: now });
        expect(summary).toMatchObject({ read: 11, refused: 0 });
        const again = await bodyText(
          (
            await exportFile(
              { store: fresh },
              {
                what: 'participations',
                format: 'csv',
              },
            )
          ).body,
        );
        expect(again).toBe(first);
        const rows = await fresh.db
          .selectFrom('participations')
          .select(['project_id', 'actor_id', 'contribution_eur', 'total_cost_eur'])
          .orderBy('project_id')
          .orderBy('actor_id')
          .execute();
        const original = await store.db
          .selectFrom('participations')
          .select(['project_id', 'actor_id', 'contribution_eur', 'total_cost_eur'])
          .orderBy('project_id')
          .orderBy('actor_id')
          .execute();
        expect(rows).toEqual(original);
      } finally {
        await fresh.close();
      }
    });

    it('write organisations that import again with the actors template', async () => {
      const first = await text({ what: 'actors', format: 'csv' });
      const path = join(dir, 'actors.csv');
      await writeFile(path, first);
      const fresh = await openTestStore();
      try {
        await seedNutsRegions(fresh);
        const summary = await runImport(fresh, IMPORTERS.actors!, path, { clock: now });
        expect(summary).toMatchObject({ read: 9, refused: 0 });
        const again = csvObjects(
          await bodyText(
            (await exportFile({ store: fresh }, { what: 'actors', format: 'csv' })).body,
          ),
        );
        // The template's own columns come back as they were; what Regiokracht adds (placement,
        // source) is the new import's. A name that starts like a formula keeps its apostrophe.
        const templateColumns = (rows: Record<string, string>[]) =>
          rows
            .filter((r) => r.organisation_id !== 'formula')
            .map((r) => [
              r.organisation_id,
              r.name,
              r.helix_role,
              r.is_sme,
              r.kvk,
              r.city,
              r.country,
              r.region,
            ]);
        expect(templateColumns(again)).toEqual(templateColumns(csvObjects(first)));
        const stored = await fresh.db
          .selectFrom('actors')
          .select('name')
          .where('id', '=', 'formula')
          .executeTakeFirstOrThrow();
        expect(stored.name).toBe(`'${FORMULA_NAME}`);
      } finally {
        await fresh.close();
      }
    });

    it('neutralise formulas in CSV and XLSX text cells, and keep them as they are in JSON', async () => {
      const csv = csvObjects(await text({ what: 'actors', format: 'csv', region: 'NL213' }));
      expect(csv.find((r) => r.organisation_id === 'formula')).toMatchObject({
        name: `'${FORMULA_NAME}`,
        short_name: "'+31 53 000",
        city: "'@Enschede",
      });
      const workbook = new ExcelJS.Workbook();
      const xlsx = await exported({ what: 'actors', format: 'xlsx', region: 'NL213' });
      await workbook.xlsx.load((await bodyBytes(xlsx.body)) as unknown as ExcelJS.Buffer);
      const sheet = workbook.getWorksheet('actors')!;
      const cells: unknown[] = [];
      sheet.eachRow((row) => row.eachCell((cell) => cells.push(cell.value)));
      expect(cells).toContain(`'${FORMULA_NAME}`);
      expect(cells).not.toContain(FORMULA_NAME);
      sheet.eachRow((row) =>
        row.eachCell((cell) => expect(cell.type).not.toBe(ExcelJS.ValueType.Formula)),
      );
      const json = JSON.parse(await text({ what: 'actors', format: 'json', region: 'NL213' })) as {
        rows: { name: string }[];
      };
      expect(json.rows.map((r) => r.name)).toContain(FORMULA_NAME);
    });
  });

  it('writes the network of a region as GEXF through the analytics', async () => {
    const file = await exported({ what: 'network', format: 'gexf', region: 'nl213' });
    expect(file).toMatchObject({
      filename: 'network-NL213.gexf',
      contentType: 'application/gexf+xml; charset=utf-8',
    });
    const gexf = await bodyText(file.body);
    expect(gexf).toContain('<gexf');
    expect(gexf).toContain('<node id="ut"');
    await expect(
      exported({ what: 'network', format: 'gexf', region: 'XX99' }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('refuses an unknown export, a format the export is not written in, and a foreign option', async () => {
    await expect(exported({ what: 'pdf', format: 'csv' })).rejects.toMatchObject({
      code: 'INVALID_INPUT',
    });
    await expect(exported({ what: 'actors', format: 'geojson' })).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      message: expect.stringContaining('csv, xlsx, json'),
    });
    await expect(exported({ what: 'actors', format: 'csv', year: 2020 })).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      message: expect.stringContaining('year'),
    });
    await expect(exported({ what: 'network', format: 'gexf' })).rejects.toMatchObject({
      code: 'INVALID_INPUT',
    });
  });
});
