import { describe, expect, it } from 'vitest';
import { formatPosition, formatSeconds, loadCost, secondsLeft } from './time-left.js';

describe('time left of a data directory load', () => {
  it('estimates from the pace so far: time per byte done times the bytes left', () => {
    expect(secondsLeft(10, 250, 1000)).toBe(30);
    expect(secondsLeft(4, 800, 1000)).toBeCloseTo(1, 10);
  });

  it('says nothing before the pace is known, and 0 when everything is done', () => {
    expect(secondsLeft(3, 0, 1000)).toBeNull();
    expect(secondsLeft(0.2, 500, 1000)).toBeNull();
    expect(secondsLeft(12, 1000, 1000)).toBe(0);
  });

  it('prints the place among the files with the time left', () => {
    const at = { file: 3, files: 30, done: 1, total: 2, elapsed: 1, fileSeconds: 1 };
    expect(formatPosition({ ...at, secondsLeft: null })).toBe('[3/30]');
    expect(formatPosition({ ...at, secondsLeft: 12.4 })).toBe('[3/30, about 12 s left]');
    expect(formatPosition({ ...at, secondsLeft: 65 })).toBe('[3/30, about 1 min 5 s left]');
    expect(formatPosition({ ...at, file: 30, secondsLeft: 0 })).toBe('[30/30, done]');
    expect(formatSeconds(0.2)).toBe('1 s');
  });
});

describe('the cost of loading a file', () => {
  it('weighs a byte of a Eurostat bulk TSV above other Eurostat layouts, and those above CSV', () => {
    const mb = 1_000_000;
    const tsv = loadCost('eurostat', 'official/eurostat_tsv/demo_r_pjangrp3.tsv.gz', mb);
    const long = loadCost(
      'eurostat',
      'eurostat/eurostat_regional_innovation_indicators_long.csv',
      mb,
    );
    const cordis = loadCost('cordis', 'cordis/h2020_participations_eunets.csv.gz', mb);
    expect(tsv).toBeGreaterThan(long);
    expect(long).toBeGreaterThan(cordis);
    // A file of a few rows still costs something.
    expect(loadCost('tercet', 'pc2020_BE_NUTS-2021_v1.0_selection.csv', 104)).toBeGreaterThan(104);
  });
});
