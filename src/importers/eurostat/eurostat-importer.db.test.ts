import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sharedDataDir, testBackend } from '../../../test/support/test-store.js';
import type { Store } from '../../storage/store.js';
import type { ImportSummary } from '../importer.js';
import { runImport } from '../run-import.js';
import { eurostatImporter } from './eurostat-importer.js';
import { openSeededStore } from '../../../test/support/seeded-store.js';
import { indicatorValue } from '../../../test/support/indicator-value.js';
import { storedRow } from '../../../test/support/stored-row.js';

const eurostat = (name: string) => join(sharedDataDir, 'eurostat', name);
const official = (path: string) => join(sharedDataDir, 'official', path);

describe(`Eurostat long files on ${testBackend}`, () => {
  let store: Store;
  const summaries: ImportSummary[] = [];
  beforeAll(async () => {
    store = await openSeededStore();
    for (const name of [
      'eurostat_regional_innovation_indicators_long.csv',
      'eurostat_nuts2_2016_indicators_2007_2018_long.csv',
    ]) {
      const t0 = performance.now();
      const summary = await runImport(store, eurostatImporter, eurostat(name));
      const seconds = (performance.now() - t0) / 1000;
      console.log(
        `${name}: ${summary.read} rows in ${seconds.toFixed(2)} s = ${Math.round(summary.read / seconds)} rows/s`,
        summary.skips.map((s) => `${s.reason}: ${s.count}`),
      );
      summaries.push(summary);
    }
  });
  afterAll(async () => {
    await store.close();
  });

  it('reads every row of both files', () => {
    expect(summaries[0]?.read).toBe(80_140);
    expect(summaries[1]?.read).toBe(38_404);
    expect(summaries[0]?.format).toBe('eurostat-long');
    expect(summaries[1]?.format).toBe('eurostat-nuts2-long');
  });

  it('agrees with itself for Overijssel (NL21) in 2011: patents per million and R&D per inhabitant', async () => {
    const patents = await indicatorValue(store, 'pat_ep_rtot_nr', 'NL21', 2011);
    const perMillion = await indicatorValue(store, 'pat_ep_rtot_p_mhab', 'NL21', 2011);
    const population = await indicatorValue(store, 'region_population', 'NL21', 2011);
    const rdMillions = await indicatorValue(store, 'rd_e_gerdreg_mio_eur_total', 'NL21', 2011);
    const rdPerHead = await indicatorValue(store, 'rd_e_gerdreg_eur_hab_total', 'NL21', 2011);
    expect(patents?.value).toBeCloseTo(147.41, 2);
    expect(population?.value).toBe(1_134_465);
    expect(((patents?.value ?? 0) / (population?.value ?? 1)) * 1e6).toBeCloseTo(
      perMillion?.value ?? 0,
      2,
    );
    expect(perMillion?.value).toBeCloseTo(129.938, 3);
    expect(((rdMillions?.value ?? 0) * 1e6) / (population?.value ?? 1)).toBeCloseTo(
      rdPerHead?.value ?? 0,
      0,
    );
    expect(rdPerHead?.value).toBeCloseTo(659.0, 1);
  });

  it('harmonises older codes: Rhône-Alpes, FR71 until NUTS 2013, becomes FRK2', async () => {
    const fr71 = 'FR71';
    const fr72 = 'FR72';
    expect(await indicatorValue(store, 'pat_ep_rtot_nr', fr71, 2011)).toBeUndefined();
    expect(await indicatorValue(store, 'pat_ep_rtot_nr', fr72, 2011)).toBeUndefined();
    const frk2 = await indicatorValue(store, 'pat_ep_rtot_nr', 'FRK2', 2011);
    expect(frk2?.value).toBeGreaterThan(0);
  });

  it('creates aggregates as regions of kind aggregate', async () => {
    const eu = await storedRow(store, 'regions', 'EU27_2020', 'code');
    expect(eu.kind).toBe('aggregate');
    expect(eu.parent_code).toBeNull();
  });

  it('changes nothing when the same file is imported again', async () => {
    const again = await runImport(
      store,
      eurostatImporter,
      eurostat('eurostat_regional_innovation_indicators_long.csv'),
    );
    expect(again.inserted).toBe(0);
    expect(again.updated).toBe(0);
    expect(again.importId).toBe(summaries[0]?.importId);
  });
});

describe(`Eurostat files in the publishers' formats on ${testBackend}`, () => {
  let store: Store;
  beforeAll(async () => {
    store = await openSeededStore();
  });
  afterAll(async () => {
    await store.close();
  });

  const files = [
    'eurostat_tsv/nama_10r_2gdp.tsv',
    'eurostat_tsv/trng_lfse_04.tsv',
    'eurostat_tsv/lfst_r_lfp2acedu.tsv',
    'eurostat_tsv/nama_10r_3gdp.tsv',
    'eurostat_tsv/demo_r_pjangrp3.tsv.gz',
    'eurostat_tsv/edat_lfse_22.tsv',
    'eurostat_tsv/tgs00096.tsv',
    'eurostat_tsv/tgs00024.tsv',
    'eurostat_tsv/tgs00042.tsv',
    'eurostat_tsv/tgs_2011/tgs00001.tsv',
    'eurostat_tsv/tgs_2011/tgs00038.tsv',
    'eurostat_tsv/tgs_2011/tgs00039.tsv',
    'eurostat_tsv/tgs_2011/tgs00040.tsv',
    'eurostat_tsv/tgs_2011/tgs00041.tsv',
    'eurostat_tsv/tgs_2011/tgs00042.tsv',
    'eurostat_tsv/tgs_2011/tgs00043.tsv',
    'eurostat_jsonstat/eurostat_rd_e_gerdreg.json',
    'eurostat_jsonstat/eurostat_nama_10r_2gdp.json',
    'eurostat_sdmxcsv/isoc_bde15ar2_sdmx.csv',
  ];
  for (const file of files) {
    // demo_r_pjangrp3 holds 1.1 million values: seconds on SQLite, a minute or more through
    // PostgreSQL on a busy 2-core machine, hence the long time allowed.
    it(`imports ${file}`, { timeout: 900_000 }, async () => {
      const t0 = performance.now();
      const summary = await runImport(store, eurostatImporter, official(file));
      const seconds = (performance.now() - t0) / 1000;
      console.log(
        `${file}: ${summary.format} ${summary.read} rows, ${summary.inserted} values in ${seconds.toFixed(2)} s`,
        summary.skips.map((s) => `${s.reason}: ${s.count}`).join('; '),
      );
      expect(summary.inserted).toBeGreaterThan(0);
      expect(summary.refused).toBe(0);
    });
  }

  it('keeps confidential Dutch GERD (tgs00042, `: @C`) as null values flagged c', async () => {
    const nl21 = await indicatorValue(store, 'tgs00042_TOTAL_PC_GDP', 'NL21', 2021);
    expect(nl21).toEqual({ value: null, flags: 'c' });
  });

  it('skips NUTS 2024-only codes such as NL35 instead of refusing the file', async () => {
    expect(await indicatorValue(store, 'tgs00042_TOTAL_PC_GDP', 'NL35', 2021)).toBeUndefined();
  });
});
