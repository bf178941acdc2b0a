import { describe, expect, it } from 'vitest';
import { datasetCodeFromFileName } from './eurostat-dataset.js';
import { eurostatIndicator, unitAggregation } from './indicator-meta.js';

describe('the indicator id of a Eurostat series', () => {
  it('is the dataset code and the codes of the dimensions other than freq, geo and time', () => {
    const id = eurostatIndicator('TGS00042', [
      ['freq', 'A'],
      ['sectperf', 'TOTAL'],
      ['unit', 'PC_GDP'],
      ['geo', 'NL21'],
    ]).id;
    expect(id).toBe('tgs00042_TOTAL_PC_GDP');
  });

  it('is the dataset code alone when the file has no other dimension', () => {
    expect(eurostatIndicator('tgs00040', [['geo', 'NL21']])).toMatchObject({
      id: 'tgs00040',
      unit: 'P_MHAB',
      aggregation: 'rate',
    });
  });
});

describe('unitAggregation', () => {
  const units = {
    count: ['NR', 'THS', 'MIO_EUR', 'MIO_PPS_EU27_2020'],
    rate: ['EUR_HAB', 'PPS_EU27_2020_HAB', 'PC_GDP', 'PER_KM2', 'P_MHAB', 'SOMETHING_NEW'],
  };
  it.each(
    Object.entries(units).flatMap(([aggregation, codes]) =>
      codes.map((unit) => [unit, aggregation]),
    ),
  )('%s is a %s', (unit, aggregation) => {
    expect(unitAggregation(unit)).toBe(aggregation);
  });
});

describe('datasetCodeFromFileName', () => {
  it.each([
    ['data/estat_tgs00042.tsv', 'tgs00042'],
    ['Eurostat TGS00024.tsv.gz', 'tgs00024'],
    ['edat_lfse_22_tabular.tsv.gz', 'edat_lfse_22'],
    ['demo_r_pjangrp3.tsv.gz', 'demo_r_pjangrp3'],
    ['isoc_bde15ar2_sdmx.csv', 'isoc_bde15ar2'],
  ])('%s holds %s', (file, code) => {
    expect(datasetCodeFromFileName(file)).toBe(code);
  });
});
