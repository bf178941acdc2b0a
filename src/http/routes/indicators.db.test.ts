import { describe, expect, it } from 'vitest';
import { seedWebApiFixtures, TEST_RD_DATASET } from '../../../test/e2e/support/api-fixtures.js';
import { useTestApp } from '../../../test/support/test-app.js';
import { testBackend } from '../../../test/support/test-store.js';
import { expectProblem } from '../../../test/support/problem-document.js';

describe(`indicators and sources on ${testBackend}`, () => {
  const t = useTestApp({ seed: seedWebApiFixtures });

  it('lists an indicator with the years and levels that hold values', async () => {
    const response = await t.app.inject({ url: '/api/indicators' });
    expect(response.statusCode).toBe(200);
    const body = response.json<{ items: Record<string, unknown>[]; total: number }>();
    const indicator = body.items.find((i) => i.id === 'test_rd_pc_gdp');
    expect(indicator).toEqual({
      id: 'test_rd_pc_gdp',
      name_nl: 'Test R&D-uitgaven',
      name_en: 'Test R&D expenditure',
      unit: '% of GDP',
      // An indicator the catalogue does not know keeps its names, under "other indicators".
      unit_nl: '% of GDP',
      unit_en: '% of GDP',
      concept: 'test_rd_pc_gdp',
      group: 'other',
      group_nl: 'Overige indicatoren',
      group_en: 'Other indicators',
      order: 1_000_000,
      preference: 0,
      source_nl: 'test-rd',
      source_en: 'test-rd',
      aggregation: 'rate',
      years: [2018, 2019],
      levels: [2, 3],
      dataset: 'test-rd',
    });
    expect(body.total).toBeGreaterThanOrEqual(1);
  });

  it('names a Eurostat indicator in words and gives the same concept to its copies in other files', async () => {
    await t.store.db
      .insertInto('indicators')
      .values([
        {
          id: 'tgs00042',
          name_en: 'Gross domestic expenditure on R&D (GERD) by NUTS 2 region, % of GDP',
          name_nl: 'Bruto binnenlandse uitgaven aan R&D per NUTS 2-regio, % van het bbp',
          unit: 'PC_GDP',
          aggregation: 'rate',
          dataset_id: null,
        },
        {
          id: 'rd_e_gerdreg_TOTAL_PC_GDP',
          name_en: 'GERD by sector of performance and NUTS 2 region (TOTAL, PC_GDP)',
          name_nl: 'Uitgaven aan R&D naar sector en NUTS 2-regio (TOTAL, PC_GDP)',
          unit: 'PC_GDP',
          aggregation: 'rate',
          dataset_id: null,
        },
      ])
      .execute();
    const items = (await t.app.inject({ url: '/api/indicators' })).json<{
      items: Record<string, unknown>[];
    }>().items;
    const a = items.find((i) => i.id === 'tgs00042')!;
    const b = items.find((i) => i.id === 'rd_e_gerdreg_TOTAL_PC_GDP')!;
    expect(a).toMatchObject({
      name_nl: 'R&D-uitgaven, alle sectoren',
      name_en: 'R&D expenditure (GERD), all sectors',
      unit_nl: '% van het bbp',
      unit_en: '% of GDP',
      group: 'rd',
      group_en: 'Research and development',
    });
    expect(b.concept).toBe(a.concept);
    expect(b.name_en).toBe(a.name_en);
    expect(Number(b.preference)).toBeLessThan(Number(a.preference));
  });

  it('pages the indicator list with limit and offset', async () => {
    const all = (await t.app.inject({ url: '/api/indicators' })).json<{ total: number }>();
    const response = await t.app.inject({ url: `/api/indicators?limit=1&offset=${all.total}` });
    expect(response.json()).toEqual({ items: [], total: all.total, limit: 1, offset: all.total });
  });

  it('serves the latest year of an indicator for the Dutch provinces, with names, flags and source', async () => {
    const response = await t.app.inject({
      url: '/api/indicators/test_rd_pc_gdp/values?level=2&country=nl',
    });
    expect(response.statusCode).toBe(200);
    const body = response.json<Record<string, unknown>>();
    expect(body).toMatchObject({
      indicator: 'test_rd_pc_gdp',
      unit: '% of GDP',
      unit_nl: '% of GDP',
      concept: 'test_rd_pc_gdp',
      level: 2,
      country: 'NL',
      year: 2019,
      years: [2018, 2019],
      values: [
        { region: 'NL21', name_nl: 'Overijssel', value: 2, flags: 'p' },
        { region: 'NL41', name_nl: 'Noord-Brabant', value: null, flags: 'c' },
      ],
    });
    expect(body.source).toEqual({
      datasets: [TEST_RD_DATASET],
      imports: [
        {
          id: 'test-import-1',
          file: 'test-rd.csv',
          checksum: 'sha256:0123',
          finished_at: '2026-01-15T10:00:02Z',
        },
      ],
      method: expect.stringContaining('harmonised to NUTS 2021 regions of level 2'),
      method_nl: expect.stringContaining('omgezet naar NUTS 2021-regio’s van niveau 2'),
    });
  });

  it('serves a chosen year across Europe when no country is given', async () => {
    const response = await t.app.inject({
      url: '/api/indicators/test_rd_pc_gdp/values?level=2&year=2019',
    });
    const body = response.json<{ values: { region: string }[] }>();
    expect(body.values.map((v) => v.region)).toEqual(['BE21', 'NL21', 'NL41']);
  });

  it('answers an unknown indicator with a 404 problem document that says where to look', async () => {
    const response = await t.app.inject({ url: '/api/indicators/nope/values?level=2' });
    expect(expectProblem(response, 404, 'NOT_FOUND').detail).toContain('/api/indicators');
  });

  it('refuses a level outside 0-3 with a 400 problem document', async () => {
    const response = await t.app.inject({ url: '/api/indicators/test_rd_pc_gdp/values?level=5' });
    expectProblem(response, 400, 'INVALID_INPUT');
  });

  it('lists every data set with publisher, licence, retrieval date and its import runs', async () => {
    const response = await t.app.inject({ url: '/api/sources' });
    expect(response.statusCode).toBe(200);
    const body = response.json<{ items: { id: string; imports: unknown[] }[]; total: number }>();
    const rd = body.items.find((d) => d.id === 'test-rd');
    expect(rd).toMatchObject({
      ...TEST_RD_DATASET,
      imports: [
        {
          id: 'test-import-1',
          kind: 'eurostat',
          file: 'test-rd.csv',
          rows_read: 6,
          rows_inserted: 6,
          rows_refused: 0,
          status: 'done',
        },
      ],
    });
    expect(body.items.map((d) => d.id)).toContain('press-release-regional-programme');
    expect(body.total).toBe(body.items.length);
  });
});
