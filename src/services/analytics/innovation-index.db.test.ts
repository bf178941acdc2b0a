import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NL_PROVINCES } from '../../../test/support/export-fixture.js';
import { openInitialisedStore } from '../../../test/support/initialised-store.js';
import { sharedDataDir, testBackend } from '../../../test/support/test-store.js';
import { eurostatImporter } from '../../importers/eurostat/eurostat-importer.js';
import { runImport } from '../../importers/run-import.js';
import type { Store } from '../../storage/store.js';
import { AnalyticsService } from './analytics-service.js';

describe(`the innovation index on the real Eurostat data, ${testBackend}`, () => {
  let store: Store;
  let service: AnalyticsService;
  beforeAll(async () => {
    store = await openInitialisedStore(() => new Date('2026-11-28T00:00:00Z'));
    for (const file of [
      join(sharedDataDir, 'eurostat', 'eurostat_regional_innovation_indicators_long.csv'),
      join(sharedDataDir, 'eurostat', 'eurostat_nuts2_2016_indicators_2007_2018_long.csv'),
      join(sharedDataDir, 'official', 'eurostat_tsv', 'trng_lfse_04.tsv'),
    ])
      await runImport(store, eurostatImporter, file);
    service = new AnalyticsService(store);
  });
  afterAll(() => store.close());

  it('gives every Dutch province an index in the single year 2012', async () => {
    const result = await service.index({ level: 2, country: 'NL', year: 2012 });
    expect(result.year).toBe(2012);
    expect(result.mode).toBe('year');
    expect(result.regions.map((r) => r.region).sort()).toEqual([...NL_PROVINCES]);
    expect(result.reference).toBe('EU27_2020');
    for (const r of result.regions) {
      expect(r.index).toBeGreaterThanOrEqual(0);
      expect(r.index).toBeLessThanOrEqual(1);
      expect(r.relative).toBeCloseTo((100 * r.index) / result.reference_index!, 9);
      expect(r.rank_range[0]).toBeLessThanOrEqual(r.rank);
      expect(r.rank_range[1]).toBeGreaterThanOrEqual(r.rank);
      const expectedGroup =
        r.relative! > 125
          ? 'leader'
          : r.relative! >= 100
            ? 'strong'
            : r.relative! >= 70
              ? 'moderate'
              : 'emerging';
      expect(r.group).toBe(expectedGroup);
    }
  });

  it('ranks every EU region of the year, not only the Dutch ones', async () => {
    const all = await service.index({ level: 2, year: 2012 });
    expect(all.regions.length).toBeGreaterThan(150);
    const ranks = all.regions.map((r) => r.rank);
    expect(Math.min(...ranks)).toBe(1);
  });

  it("gives Twente its province's index, with a trend over the years held", async () => {
    const twente = await service.regionIndex('NL213', { year: 2012 });
    expect(twente.computed_for).toBe('NL21');
    expect(twente.year).toBe(2012);
    expect(twente.index).not.toBeNull();
    expect(twente.trend.length).toBeGreaterThan(1);
    expect(twente.indicators.map((i) => i.id)).toContain('pat_ep_rtot_p_mhab');
  });

  it('names its sources: the Eurostat data set and the import', async () => {
    const result = await service.index({ level: 2, country: 'NL' });
    expect(result.source.imports.length).toBeGreaterThan(0);
    expect(result.source.datasets.map((d) => d.publisher).join(' ')).toMatch(/Eurostat/);
  });

  it('refuses an unknown indicator and a year without data', async () => {
    await expect(service.index({ indicators: ['nope'] })).rejects.toThrow(
      /unknown indicator\(s\) nope/,
    );
    await expect(service.index({ year: 1950 })).rejects.toThrow(
      /unknown year 1950; years run from 2000 to 20\d\d/,
    );
  });

  it('by default takes the latest edition in which every default indicator has data', async () => {
    const result = await service.index({ level: 2 });
    expect(result.mode).toBe('edition');
    // patents end in 2012; with a lag window of 3 years the last edition holding them is 2015
    expect(result.edition).toBe(2015);
    expect(result.lag).toBe(3);
    expect(result.indicators).toContain('broadband_access_household');
    expect(result.indicators).toContain('trng_lfse_04_PC_T_Y25-64');
    expect(result.indicators_unavailable).toEqual([]);
    const patents = result.indicator_years.find((i) => i.indicator === 'pat_ep_rtot_p_mhab');
    expect(patents).toMatchObject({ latest: 2012, earliest: 2012 });
    for (const i of result.indicator_years) {
      expect(i.latest).not.toBeNull();
      expect(i.earliest!).toBeGreaterThanOrEqual(2012);
      expect(i.latest!).toBeLessThanOrEqual(2015);
    }
  });

  it('compares German, Austrian, Swedish, Irish, Greek and Slovenian regions in the default edition', async () => {
    const result = await service.index({ level: 2 });
    const count = (country: string) =>
      result.countries.find((c) => c.country === country)?.regions ?? 0;
    expect(count('DE')).toBeGreaterThanOrEqual(30);
    expect(count('AT')).toBeGreaterThanOrEqual(9);
    for (const country of ['SE', 'IE', 'EL', 'SI', 'NL']) expect(count(country)).toBeGreaterThan(0);
    expect(result.compared).toBe(result.regions.length);
    expect(result.countries.reduce((n, c) => n + c.regions, 0)).toBe(result.compared);
    // the single year 2012 leaves them out: one indicator short in exactly that year
    const single = await service.index({ level: 2, year: 2012 });
    expect(single.regions.filter((r) => r.region.startsWith('AT'))).toHaveLength(0);
    expect(single.left_out.find((l) => l.region === 'AT13')?.missing.length).toBeGreaterThan(0);
  });

  it("gives each region's value its measured year, within the edition's window", async () => {
    const result = await service.index({ level: 2, edition: 2015, country: 'NL' });
    expect(result.regions).toHaveLength(12);
    const overijssel = result.regions.find((r) => r.region === 'NL21')!;
    expect(overijssel.years).toHaveLength(result.indicators.length);
    const patentsAt = result.indicators.indexOf('pat_ep_rtot_p_mhab');
    expect(overijssel.years[patentsAt]).toBe(2012);
    for (const y of overijssel.years) if (y !== null) expect(y).toBeLessThanOrEqual(2015);
    const twente = await service.regionIndex('NL213');
    expect(twente).toMatchObject({ mode: 'edition', edition: 2015, computed_for: 'NL21' });
    expect(twente.rank).toBe(overijssel.rank);
    expect(twente.of).toBe(result.compared);
    expect(twente.indicators.find((i) => i.id === 'pat_ep_rtot_p_mhab')?.year).toBe(2012);
  });

  it("gives each end of an indicator's trend the year its value was measured", async () => {
    const twente = await service.regionIndex('NL213');
    const trendOf = (id: string) => twente.indicators.find((i) => i.id === id)?.trend;
    // patents are measured in 2011 and 2012 only; editions carry 2012 forward to 2015
    expect(trendOf('pat_ep_rtot_p_mhab')).toMatchObject({
      last_year: 2015,
      last_data_year: 2012,
    });
    for (const i of twente.indicators) {
      if (!i.trend) continue;
      expect(i.trend.last_data_year).toBeLessThanOrEqual(i.trend.last_year);
      expect(i.trend.last_data_year).toBeGreaterThanOrEqual(i.trend.last_year - twente.lag!);
      expect(i.trend.first_data_year).toBeLessThanOrEqual(i.trend.first_year);
    }
    // in a single year the measured year is that year
    const single = await service.regionIndex('NL213', { year: 2012 });
    for (const i of single.indicators)
      if (i.trend) expect(i.trend.last_data_year).toBe(i.trend.last_year);
  });

  it('says why edition 2009 lists no Dutch region and names the nearest edition with results', async () => {
    const result = await service.index({ level: 2, edition: 2009, country: 'NL' });
    // 2006-2009 holds no patents and no HRST data: six of ten, one short of two thirds
    expect(result.regions).toEqual([]);
    expect(result.no_result?.reason).toMatch(/has its own values for 7 of the 10 indicators/);
    expect(result.no_result?.reason).toMatch(/pat_ep_rtot_p_mhab/);
    expect(result.no_result?.nearest).toBeGreaterThan(2009);
    const nearest = await service.index({
      level: 2,
      edition: result.no_result!.nearest!,
      country: 'NL',
    });
    expect(nearest.regions.length).toBeGreaterThan(0);
    for (const l of result.left_out) expect(l.missing).toContain('pat_ep_rtot_p_mhab');
  });

  it('explains an empty single year for a country instead of an empty table', async () => {
    const result = await service.index({ level: 2, year: 2020, country: 'NL' });
    expect(result.regions).toEqual([]);
    expect(result.no_result?.reason).toMatch(/no region of NL at NUTS 2/);
    expect(result.no_result?.nearest).toBe(2012);
    expect(result.left_out.map((l) => l.region)).toContain('NL21');
  });

  it('refuses an unknown edition in one line, and an edition together with a year', async () => {
    await expect(service.index({ edition: 1990 })).rejects.toThrow(
      /^unknown edition 1990; editions run from 2000 to 20\d\d$/,
    );
    await expect(service.index({ edition: 2015, year: 2012 })).rejects.toThrow(/not both/);
  });
});
