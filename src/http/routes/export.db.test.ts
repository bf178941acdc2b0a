import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import {
  FORMULA_NAME,
  TEST_INDICATOR,
  csvObjects,
  seedTestIndicator,
  seedTrickyParticipations,
} from '../../../test/support/export-fixture.js';
import { loadSmallNetwork } from '../../../test/support/small-network.js';
import { useTestApp } from '../../../test/support/test-app.js';
import { testBackend } from '../../../test/support/test-store.js';

const PROBLEM = 'application/problem+json';

describe(`the export API on ${testBackend}`, () => {
  const t = useTestApp({
    seed: async (store) => {
      await loadSmallNetwork(store);
      await seedTrickyParticipations(store);
      await seedTestIndicator(store);
    },
  });

  /** Every URL is answered with a problem document of this status. */
  const expectProblems = async (status: number, urls: readonly string[]) => {
    for (const url of urls) {
      const response = await t.app.inject({ url });
      expect(response.statusCode, url).toBe(status);
      expect(response.headers['content-type'], url).toContain(PROBLEM);
    }
  };

  it('sends the provinces with an indicator as a GeoJSON attachment', async () => {
    const response = await t.app.inject({
      url: `/api/export/regions.geojson?indicator=${TEST_INDICATOR}&year=2020&level=2&country=NL`,
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/geo+json; charset=utf-8');
    expect(response.headers['content-disposition']).toBe(
      `attachment; filename="regions-${TEST_INDICATOR}-2020-level2-NL.geojson"`,
    );
    const doc = response.json<{
      features: { properties: { code: string; value: number | null } }[];
      source: { imports: { file: string }[] };
    }>();
    expect(doc.features).toHaveLength(12);
    expect(doc.features[0]!.properties).toMatchObject({ code: 'NL11', value: 1.25 });
    expect(doc.source.imports[0]!.file).toBe('rd-test.csv');
  });

  it('sends an indicator table as CSV, XLSX and JSON, each as an attachment', async () => {
    const query = `indicator=${TEST_INDICATOR}&level=2&country=NL`;
    const csv = await t.app.inject({ url: `/api/export/indicators.csv?${query}` });
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toMatch(/^text\/csv; charset=utf-8/);
    expect(csv.headers['content-disposition']).toBe(
      `attachment; filename="indicators-${TEST_INDICATOR}-level2-NL.csv"`,
    );
    expect(csvObjects(csv.body)).toHaveLength(24);

    const xlsx = await t.app.inject({ url: `/api/export/indicators.xlsx?${query}` });
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers['content-type']).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    expect(xlsx.headers['content-disposition']).toMatch(/^attachment; filename=".+\.xlsx"$/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.rawPayload as unknown as ExcelJS.Buffer);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['indicators', 'Sources']);
    expect(workbook.getWorksheet('indicators')!.rowCount).toBe(25);

    const json = await t.app.inject({ url: `/api/export/indicators.json?${query}` });
    expect(json.statusCode).toBe(200);
    expect(json.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(json.headers['content-disposition']).toMatch(/\.json"$/);
    expect(json.json<{ rows: unknown[] }>().rows).toHaveLength(24);
  });

  it('takes several indicators separated by commas', async () => {
    const response = await t.app.inject({
      url: `/api/export/indicators.csv?indicator=${TEST_INDICATOR},nope`,
    });
    expect(response.statusCode).toBe(404);
    expect(response.json<{ detail: string }>().detail).toContain('nope');
  });

  it("sends a region's organisations and participations as CSV and JSON", async () => {
    const actors = await t.app.inject({ url: '/api/export/actors.csv?region=NL213' });
    expect(actors.statusCode).toBe(200);
    expect(actors.headers['content-disposition']).toBe('attachment; filename="actors-NL213.csv"');
    const rows = csvObjects(actors.body);
    expect(rows.map((r) => r.organisation_id).sort()).toEqual([
      'KVK-00000001',
      'acme',
      'formula',
      'gem',
      'ut',
    ]);
    expect(rows.find((r) => r.organisation_id === 'formula')!.name).toBe(`'${FORMULA_NAME}`);

    const participations = await t.app.inject({
      url: '/api/export/participations.json?region=nl213',
    });
    expect(participations.statusCode).toBe(200);
    expect(participations.headers['content-disposition']).toBe(
      'attachment; filename="participations-NL213.json"',
    );
    expect(participations.json<{ rows: unknown[] }>().rows).toHaveLength(7);

    const all = await t.app.inject({ url: '/api/export/participations.csv' });
    expect(all.headers['content-disposition']).toBe('attachment; filename="participations.csv"');
    expect(csvObjects(all.body)).toHaveLength(11);
  });

  it('answers a format an export is not written in with a 400 problem naming the formats', async () => {
    await expectProblems(400, [
      '/api/export/indicators.pdf?indicator=x',
      '/api/export/regions.csv',
      '/api/export/actors',
    ]);
    const response = await t.app.inject({ url: '/api/export/participations.geojson' });
    expect(response.json<{ detail: string }>().detail).toContain(
      'participations.csv, participations.xlsx, participations.json',
    );
  });

  it('answers bad query parameters with a 400 problem', async () => {
    await expectProblems(400, [
      '/api/export/indicators.csv',
      `/api/export/indicators.csv?indicator=${TEST_INDICATOR}&level=7`,
      '/api/export/regions.geojson?level=2',
      '/api/export/actors.csv?region=NL%3B1',
    ]);
  });

  it('answers an export whose every value is missing with a 404 problem naming the years with values, unless allow_empty', async () => {
    const url = `/api/export/regions.geojson?indicator=${TEST_INDICATOR}&level=2&country=NL&year=2017`;
    const response = await t.app.inject({ url });
    expect(response.statusCode).toBe(404);
    expect(response.headers['content-type']).toContain(PROBLEM);
    expect(response.json<{ detail: string }>().detail).toMatch(/years with values: 2019, 2020/);
    const allowed = await t.app.inject({ url: `${url}&allow_empty=true` });
    expect(allowed.statusCode).toBe(200);
    const table = await t.app.inject({
      url: `/api/export/indicators.csv?indicator=${TEST_INDICATOR}&level=0`,
    });
    expect(table.statusCode).toBe(404);
    expect(table.json<{ detail: string }>().detail).toMatch(/levels with values: 2, 3/);
  });

  it('answers an unknown indicator, region, country or export with a 404 problem', async () => {
    await expectProblems(404, [
      '/api/export/regions.geojson?indicator=nope',
      '/api/export/indicators.xlsx?indicator=nope',
      `/api/export/regions.geojson?indicator=${TEST_INDICATOR}&country=XX`,
      '/api/export/actors.json?region=NL999',
      '/api/export/participations.csv?region=XX1',
      '/api/export/projects.csv',
      '/api/export/network.gexf',
      '/api/regions/XX99/network.gexf',
    ]);
  });

  it('sends the network of a region as a GEXF attachment at its existing address', async () => {
    const response = await t.app.inject({ url: '/api/regions/nl213/network.gexf' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/gexf+xml; charset=utf-8');
    expect(response.headers['content-disposition']).toBe(
      'attachment; filename="network-NL213.gexf"',
    );
    expect(response.body).toContain('<node id="ut"');
  });

  it('describes every export in the OpenAPI document under the tag exports', async () => {
    const docs = await t.app.inject({ url: '/api/docs/json' });
    const paths = docs.json<{
      paths: Record<
        string,
        {
          get: {
            summary: string;
            tags: string[];
            responses: Record<string, { content?: Record<string, unknown> }>;
          };
        }
      >;
    }>().paths;
    const expected = {
      '/api/export/regions.geojson': 'application/geo+json',
      '/api/export/indicators.csv': 'text/csv',
      '/api/export/indicators.xlsx':
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      '/api/export/indicators.json': 'application/json',
      '/api/export/actors.csv': 'text/csv',
      '/api/export/actors.json': 'application/json',
      '/api/export/participations.csv': 'text/csv',
      '/api/export/participations.json': 'application/json',
    };
    for (const [path, mediaType] of Object.entries(expected)) {
      const get = paths[path]?.get;
      expect(get, path).toBeDefined();
      expect(get!.tags).toEqual(['exports']);
      expect(get!.summary.length, path).toBeGreaterThan(20);
      expect(Object.keys(get!.responses['200']!.content ?? {}), path).toEqual([mediaType]);
      expect(Object.keys(get!.responses), path).toEqual(expect.arrayContaining(['400', '404']));
    }
    expect(paths['/api/regions/{code}/network.gexf']!.get.tags).toContain('exports');
    expect(Object.keys(paths).filter((p) => p.includes('{file}'))).toEqual([]);
  });
});
