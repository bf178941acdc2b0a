import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestStore, sharedDataDir, testBackend } from '../../../test/support/test-store.js';
import { eurostatImporter } from '../../importers/eurostat/eurostat-importer.js';
import { runImport } from '../../importers/run-import.js';
import type { Store } from '../../storage/store.js';
import { initialise } from '../init/initialise.js';
import { AnalyticsService } from './analytics-service.js';

describe(`the innovation index on the real Eurostat data, ${testBackend}`, () => {
  let store: Store;
  let service: AnalyticsService;
  beforeAll(async () => {
    store = await openTestStore();
    await initialise(store, {
      dataDir: sharedDataDir,
      now: () => new Date('2026-11-28T00:00:00Z'),
      log: () => undefined,
      openData: false,
    });
    await runImport(
      store,
      eurostatImporter,
      join(sharedDataDir, 'eurostat', 'eurostat_regional_innovation_indicators_long.csv'),
    );
    service = new AnalyticsService(store);
  });
  afterAll(() => store.close());

  it('gives every Dutch province an index in 2012, the default year', async () => {
    const result = await service.index({ level: 2, country: 'NL' });
    expect(result.year).toBe(2012);
    expect(result.regions.map((r) => r.region).sort()).toEqual([
      'NL11',
      'NL12',
      'NL13',
      'NL21',
      'NL22',
      'NL23',
      'NL31',
      'NL32',
      'NL33',
      'NL34',
      'NL41',
      'NL42',
    ]);
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
    const twente = await service.regionIndex('NL213');
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
      /no index for year 1950; years held: /,
    );
  });
});
