import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/support/test-app.js';
import { sharedDataDir, testBackend } from '../../../test/support/test-store.js';
import { eurostatImporter } from '../../importers/eurostat/eurostat-importer.js';
import { runImport } from '../../importers/run-import.js';
import type { IndexTable, RegionIndex } from '../schemas/analytics-index.js';

describe(`the index API's editions on ${testBackend}`, () => {
  let t: TestApp;
  let app: FastifyInstance;
  beforeAll(async () => {
    t = await buildTestApp({
      seed: async (store) => {
        await runImport(
          store,
          eurostatImporter,
          join(sharedDataDir, 'eurostat', 'eurostat_regional_innovation_indicators_long.csv'),
        );
      },
    });
    ({ app } = t);
  });
  afterAll(() => t?.close());

  it('lists the edition, each indicator’s years and the regions compared per country', async () => {
    const response = await app.inject({ url: '/api/index?country=NL' });
    expect(response.statusCode).toBe(200);
    const body = response.json<IndexTable>();
    expect(body).toMatchObject({ mode: 'edition', edition: 2015, lag: 3, no_result: null });
    // only the long file is imported: the default indicators of the other files are named
    expect(body.indicators_unavailable).toEqual([
      'trng_lfse_04_PC_T_Y25-64',
      'broadband_access_household',
    ]);
    expect(body.indicator_years.map((i) => i.indicator)).toEqual(body.indicators);
    expect(body.countries.find((c) => c.country === 'DE')?.regions).toBeGreaterThan(30);
    expect(body.regions).toHaveLength(12);
    expect(body.regions[0]?.years).toHaveLength(body.indicators.length);
    expect(body.groups.label_en).toMatch(/not the official RIS groups/);
  });

  it('answers an edition without results with the reason and the nearest edition', async () => {
    const response = await app.inject({ url: '/api/index?edition=2009&country=NL' });
    expect(response.statusCode).toBe(200);
    const body = response.json<IndexTable>();
    expect(body.regions).toEqual([]);
    expect(body.no_result?.reason).toMatch(/pat_ep_rtot_p_mhab/);
    expect(body.no_result?.nearest).toBeGreaterThan(2009);
  });

  it('refuses an unknown edition with a problem document', async () => {
    const response = await app.inject({ url: '/api/index?edition=1990' });
    expect(response.statusCode).toBe(400);
    expect(response.json<{ detail: string }>().detail).toMatch(/unknown edition 1990/);
  });

  it("gives a region's index in an edition with the year of each of its values", async () => {
    const response = await app.inject({ url: '/api/regions/NL213/index' });
    expect(response.statusCode).toBe(200);
    const body = response.json<RegionIndex>();
    expect(body).toMatchObject({ mode: 'edition', edition: 2015, computed_for: 'NL21' });
    expect(body.of).toBeGreaterThan(200);
    expect(body.indicators.find((i) => i.id === 'pat_ep_rtot_p_mhab')).toMatchObject({
      year: 2012,
      latest: 2012,
    });
    // The method names its indicators in words, in both languages, never by their ids.
    const { source } = body;
    expect(source.method).toContain('Patent applications to the European Patent Office');
    expect(source.method_nl).toContain('Octrooiaanvragen bij het Europees Octrooibureau');
    expect(`${source.method} ${source.method_nl}`).not.toMatch(/pat_ep_rtot|rd_e_gerdreg/);
    const single = await app.inject({ url: '/api/regions/NL213/index?year=2012' });
    expect(single.json<RegionIndex>()).toMatchObject({ mode: 'year', year: 2012 });
  });

  it("scores the region's country and the EU on each indicator beside the region", async () => {
    const body = (await app.inject({ url: '/api/regions/NL213/index' })).json<RegionIndex>();
    expect(body).toMatchObject({ country: 'NL', reference: 'EU27_2020' });
    const gerd = body.indicators.find((i) => i.id === 'rd_e_gerdreg_pc_gdp_total');
    expect(gerd?.country_score).toBeGreaterThan(0);
    expect(gerd?.country_score).toBeLessThan(1);
    expect(gerd?.reference_score).toBeGreaterThan(0);
    // the country scored as the reference area gives the same score as the country beside it
    const againstNl = (
      await app.inject({ url: '/api/regions/NL213/index?reference=NL' })
    ).json<RegionIndex>();
    expect(againstNl.indicators.map((i) => i.reference_score)).toEqual(
      body.indicators.map((i) => i.country_score),
    );
    // an area without a value that edition has no score: null, never 0
    for (const i of body.indicators) {
      expect(i.country_score === null || (i.country_score >= 0 && i.country_score <= 1)).toBe(true);
    }
  });

  it('says why a region has no index, and why its scores are missing, in the language asked for', async () => {
    const table = (await app.inject({ url: '/api/index' })).json<IndexTable>();
    const left = table.left_out.find((l) => l.own > 0);
    expect(left, 'a region left out of the comparison set with some own values').toBeDefined();
    const ask = async (lang: string) => {
      const response = await app.inject({ url: `/api/regions/${left!.region}/index?lang=${lang}` });
      expect(response.statusCode).toBe(200);
      return response.json<RegionIndex>();
    };
    const [nl, en] = [await ask('nl'), await ask('en')];
    for (const body of [nl, en]) {
      expect(body).toMatchObject({
        index: null,
        reason_code: 'too_few_own_values',
        own_values: { own: left!.own, of: left!.of },
      });
      expect(body.indicators.length).toBeGreaterThan(0);
      for (const i of body.indicators) {
        expect(i.score).toBeNull();
        expect(i.score_reason_code).toBe('no_index');
      }
    }
    expect(nl.reason).toBe(
      `de regio heeft dat jaar of die editie eigen waarden van ${left!.own} van de ${left!.of} indicatoren; de index vraagt er twee derde`,
    );
    expect(en.reason).toBe(
      `the region has its own values of ${left!.own} of the ${left!.of} indicators that year or edition; the index needs two thirds`,
    );
    expect(nl.indicators[0]?.score_reason).toBe('de regio heeft dat jaar of die editie geen index');
    expect(en.indicators[0]?.score_reason).toBe('the region has no index that year or edition');

    // Albania's regions are in the NUTS files, but the indicator file holds no value of theirs.
    const albania = (await app.inject({ url: '/api/regions/AL01/index' })).json<RegionIndex>();
    expect(albania).toMatchObject({ index: null, reason_code: 'no_own_values', own_values: null });
    expect(albania.reason).toBe(
      'the region has no own value of any index indicator that year or edition',
    );

    // A region with an index: no reason, and a reason beside every score that is missing.
    const measured = (
      await app.inject({ url: '/api/regions/NL213/index?lang=nl' })
    ).json<RegionIndex>();
    expect(measured).toMatchObject({ reason_code: null, reason: null, own_values: null });
    for (const i of measured.indicators) {
      if (i.score === null) expect(i).toMatchObject({ score_reason_code: 'no_value' });
      else expect(i).toMatchObject({ score_reason_code: null, score_reason: null });
    }
  });
});
