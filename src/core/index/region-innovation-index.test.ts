import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { indicatorValueOf as v } from '../../../test/support/indicator-value-of.js';
import { referenceValues, yearValues } from '../../../test/support/indicator-values-table.js';
import type { IndicatorValue } from './indicator-value.js';
import { regionInnovationIndex } from './region-innovation-index.js';

describe('regionInnovationIndex, worked by hand over three regions and two years', () => {
  // Indicators: berd (plain), patents (skewed), hrst (with gaps). NL14 has one own value only.
  const values = [
    ...yearValues('berd', 2019, { NL11: 1, NL12: 2, NL13: 3 }),
    ...yearValues('berd', 2020, { NL11: 2, NL12: 3, NL13: 4 }),
    ...yearValues('patents', 2019, { NL11: 1, NL12: 1, NL13: 1 }),
    ...yearValues('patents', 2020, { NL11: 1, NL12: 1, NL13: 16 }),
    ...yearValues('hrst', 2019, { NL11: 10, NL13: 30 }),
    ...yearValues('hrst', 2020, { NL12: 40, NL13: 30 }),
    v('berd', 'NL14', 2020, 100),
  ];
  const reference = [
    ...referenceValues(2019, { berd: 1, patents: 1, hrst: 25 }),
    ...referenceValues(2020, { berd: 5.5, patents: 100, hrst: 25 }),
  ];
  const result = regionInnovationIndex(
    {
      values,
      parents: new Map([['NL12', ['NL1', 'NL']]]),
      parentValues: [v('hrst', 'NL1', 2019, 20), v('hrst', 'NL', 2019, 99)],
      reference,
    },
    { indicators: ['berd', 'patents', 'hrst'] },
  );
  const row = (region: string, year: number) =>
    result.rows.find((r) => r.region === region && r.year === year);

  it('leaves out a region-year with own values for fewer than two thirds of the indicators', () => {
    // NL14 2020: 1 of 3 < 2; its berd of 100 stays out of every reference set
    expect(result.excluded).toEqual([
      { region: 'NL14', year: 2020, reason: 'too-few-own-values', own: 1, of: 3 },
    ]);
    expect(result.rows.map((r) => r.region)).not.toContain('NL14');
  });

  it('fills a gap from an earlier year of the region, else from its nearest parent', () => {
    // NL12 2019 lacks hrst and has no earlier year: NUTS1 NL1 (20) before the country NL (99)
    expect(row('NL12', 2019)?.filled).toEqual([
      { indicator: 'hrst', from: 'parent', region: 'NL1', value: 20 },
    ]);
    // NL11 2020 lacks hrst: its own 2019 value 10
    expect(row('NL11', 2020)?.filled).toEqual([
      { indicator: 'hrst', from: 'earlier-year', year: 2019, value: 10 },
    ]);
  });

  it('takes no earlier year when told not to (editions), leaving the gap to the parents', () => {
    const edition = regionInnovationIndex(
      {
        values,
        parents: new Map([['NL12', ['NL1', 'NL']]]),
        parentValues: [v('hrst', 'NL1', 2019, 20), v('hrst', 'NL', 2019, 99)],
        reference,
      },
      { indicators: ['berd', 'patents', 'hrst'], fillFromEarlierYears: false },
    );
    const nl11 = edition.rows.find((r) => r.region === 'NL11' && r.year === 2020);
    // NL11 has no parents given: its 2019 hrst is not used and the indicator stays missing
    expect(nl11?.filled).toEqual([]);
    expect(nl11?.missing).toEqual(['hrst']);
    expect(edition.rows.find((r) => r.region === 'NL12' && r.year === 2019)?.filled).toEqual([
      { indicator: 'hrst', from: 'parent', region: 'NL1', value: 20 },
    ]);
  });

  it('square-roots the skewed indicator only', () => {
    // patents' reference set (both years): 1, 1, 1, 1, 1, 16. No outlier (mean 3.5, sd 6.12,
    // upper 21.87). g1 = 312.5 / 31.25^1.5 = 1.789 > 1 -> sqrt: 1, …, 1, 4; range 1..4.
    // berd: 1, 2, 3, 2, 3, 4 is symmetric, g1 = 0.
    // hrst: 10, 20 (filled), 30, 10 (filled), 40, 30: mean 23.33, m2 = 122.22, m3 = 74.07,
    // g1 = 74.07 / 1351.2 = 0.055.
    const [berd, patents, hrst] = result.scaling;
    expect(patents?.skewness).toBeCloseTo(4 / Math.sqrt(5), 12);
    expect(patents?.sqrt).toBe(true);
    expect(patents?.range).toEqual({ min: 1, max: 4 });
    expect(berd?.sqrt).toBe(false);
    expect(berd?.range).toEqual({ min: 1, max: 4 });
    expect(hrst?.skewness).toBeCloseTo(0.0548, 4);
    expect(hrst?.range).toEqual({ min: 10, max: 40 });
  });

  it('scores, averages and ranks each year', () => {
    // berd (v - 1) / 3; patents (sqrt v - 1) / 3; hrst (v - 10) / 30
    // 2019: NL11 0, 0, 0 -> 0;  NL12 1/3, 0, 1/3 -> 2/9;  NL13 2/3, 0, 2/3 -> 4/9
    // 2020: NL11 1/3, 0, 0 -> 1/9;  NL12 2/3, 0, 1 -> 5/9;  NL13 1, 1, 2/3 -> 8/9
    const indices = result.rows.map((r) => [r.year, r.region, r.rank, r.index]);
    expect(indices).toEqual([
      [2019, 'NL13', 1, expect.closeTo(4 / 9, 12)],
      [2019, 'NL12', 2, expect.closeTo(2 / 9, 12)],
      [2019, 'NL11', 3, 0],
      [2020, 'NL13', 1, expect.closeTo(8 / 9, 12)],
      [2020, 'NL12', 2, expect.closeTo(5 / 9, 12)],
      [2020, 'NL11', 3, expect.closeTo(1 / 9, 12)],
    ]);
  });

  it('scores the reference area the same way: clipped, transformed, scaled, kept within [0, 1]', () => {
    // 2019: berd 1 -> 0; patents 1 -> 0; hrst 25 -> 0.5; index 0.5 / 3 = 1/6
    // 2020: berd 5.5 lies inside berd's bounds (upper 5.65) but above its range: (5.5 - 1) / 3
    //       = 1.5, kept at 1; patents 100 lies above 21.87 and becomes 16 -> sqrt 4 -> 1;
    //       hrst 0.5; index 2.5 / 3 = 5/6
    expect(result.reference[0]?.index).toBeCloseTo(1 / 6, 12);
    expect(result.reference[1]?.scores).toEqual([1, 1, 0.5]);
    expect(result.reference[1]?.index).toBeCloseTo(5 / 6, 12);
  });

  it('measures relative performance against the reference area and groups it', () => {
    // 2019: NL13 100 x (4/9) / (1/6) = 266.7; NL12 133.3; NL11 0
    //   leader 125..266.7 (the highest): thirds start at 172.2 and 219.4 -> NL13 +, NL12 -
    //   emerging 0 (the lowest)..70: NL11 -
    // 2020: NL13 100 x (8/9) / (5/6) = 106.7 strong - (below 108.3); NL12 66.7; NL11 13.3
    //   emerging 13.3..70: thirds start at 32.2 and 51.1 -> NL12 +, NL11 -
    const groups = result.rows.map((r) => [r.region, r.relative, r.group, r.band]);
    expect(groups).toEqual([
      ['NL13', expect.closeTo(266.67, 2), 'leader', '+'],
      ['NL12', expect.closeTo(133.33, 2), 'leader', '-'],
      ['NL11', 0, 'emerging', '-'],
      ['NL13', expect.closeTo(106.67, 2), 'strong', '-'],
      ['NL12', expect.closeTo(66.67, 2), 'emerging', '+'],
      ['NL11', expect.closeTo(13.33, 2), 'emerging', '-'],
    ]);
  });

  it('shows how far the rank moves as each indicator is left out', () => {
    // 2020 without patents: NL12 (2/3 + 1) / 2 = 5/6 ties NL13 (1 + 2/3) / 2 = 5/6 -> rank 1
    expect(row('NL12', 2020)?.rankRange).toEqual([1, 2]);
    expect(row('NL13', 2020)?.rankRange).toEqual([1, 1]);
    expect(row('NL11', 2019)?.rankRange).toEqual([3, 3]);
  });

  it('reports the trend of the index and of each indicator', () => {
    const nl13 = result.trends.find((t) => t.region === 'NL13');
    // index 4/9 -> 8/9: +4/9, +100 %; patents 1 -> 16: +15, +1500 %
    expect(nl13?.index?.absolute).toBeCloseTo(4 / 9, 12);
    expect(nl13?.index?.relative).toBeCloseTo(1, 12);
    expect(nl13?.indicators[1]?.trend).toMatchObject({ absolute: 15, relative: 15 });
  });
});

describe('regionInnovationIndex with an outlier among twelve regions', () => {
  // rd: R01..R11 hold 1..11, R12 holds 100 (mean 13.83, sd 27.32, upper 95.79: an outlier).
  const values = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 100].map((value, i) =>
    v('rd', `R${String(i + 1).padStart(2, '0')}`, 2020, value),
  );
  const result = regionInnovationIndex({
    values,
    reference: [{ indicator: 'rd', year: 2020, value: 6 }],
  });

  it('clips the outlier to the highest value inside the bounds before scaling', () => {
    // 100 -> 11; clipped set 1..11, 11 has g1 = -0.09: no square root; range 1..11.
    // Unclipped, R11 would score (11 - 1) / 99 = 0.10; clipped it scores 1, as R12 does.
    expect(result.scaling[0]?.clippedHigh).toBe(1);
    expect(result.scaling[0]?.sqrt).toBe(false);
    const scores = Object.fromEntries(result.rows.map((r) => [r.region, r.index]));
    expect(scores.R12).toBe(1);
    expect(scores.R11).toBe(1);
    expect(scores.R06).toBe(0.5);
    expect(scores.R01).toBe(0);
  });

  it('ranks the tie together and groups all twelve by relative performance', () => {
    // EU 6 -> 0.5; relative = 100 x score / 0.5 = 200 x score
    // leader 125..200: + from 175, plain from 150; strong + from 116.7; moderate plain 80..90;
    // emerging 0..70: + from 46.7, plain from 23.3
    const byRegion = Object.fromEntries(
      result.rows.map((r) => [r.region, `${r.rank} ${r.group} ${r.band}`]),
    );
    expect(byRegion).toEqual({
      R12: '1 leader +',
      R11: '1 leader +',
      R10: '3 leader +',
      R09: '4 leader plain',
      R08: '5 leader -',
      R07: '6 strong +',
      R06: '7 strong -',
      R05: '8 moderate plain',
      R04: '9 emerging +',
      R03: '10 emerging plain',
      R02: '11 emerging -',
      R01: '12 emerging -',
    });
  });
});

describe('regionInnovationIndex options', () => {
  const values = [
    ...yearValues('a', 2020, { X: 0, Y: 1 }),
    ...yearValues('b', 2020, { X: 1, Y: 0 }),
  ];
  const reference = referenceValues(2020, { a: 0.5, b: 0.5 });

  it('weighs the indicators', () => {
    // X: (1 x 0 + 3 x 1) / 4 = 0.75; Y: (1 x 1 + 3 x 0) / 4 = 0.25
    const result = regionInnovationIndex({ values, reference }, { weights: { b: 3 } });
    expect(result.rows.map((r) => [r.region, r.index])).toEqual([
      ['X', 0.75],
      ['Y', 0.25],
    ]);
  });

  it('refuses a negative weight and a share outside (0, 1]', () => {
    expect(() => regionInnovationIndex({ values, reference }, { weights: { a: -1 } })).toThrow(
      RangeError,
    );
    expect(() => regionInnovationIndex({ values, reference }, { minShare: 0 })).toThrow(RangeError);
  });

  it('gives no group when the reference area has no index that year', () => {
    const [row] = regionInnovationIndex({ values, reference: [] }).rows;
    expect(row).toMatchObject({ relative: null, group: null, band: null });
  });
});

describe('regionInnovationIndex, properties', () => {
  const input = fc
    .record({
      regions: fc.integer({ min: 1, max: 6 }),
      years: fc.integer({ min: 1, max: 3 }),
      indicators: fc.integer({ min: 1, max: 4 }),
    })
    .chain(({ regions, years, indicators }) => {
      const cells: { r: number; y: number; i: number }[] = [];
      for (let r = 0; r < regions; r++)
        for (let y = 0; y < years; y++)
          for (let i = 0; i < indicators; i++) cells.push({ r, y, i });
      const value = fc.option(fc.double({ min: -1e3, max: 1e3, noNaN: true }), { nil: null });
      return fc.record({
        own: fc.tuple(...cells.map(() => value)).map((vs) =>
          vs.flatMap((x, n) => {
            const c = cells[n];
            return x === null || c === undefined ? [] : [v(`i${c.i}`, `R${c.r}`, 2000 + c.y, x)];
          }),
        ),
        parent: fc.array(
          fc.record({
            indicator: fc.constantFrom(...Array.from({ length: indicators }, (_, i) => `i${i}`)),
            region: fc.constant('P'),
            year: fc.integer({ min: 2000, max: 2000 + years - 1 }),
            value: fc.double({ min: -1e3, max: 1e3, noNaN: true }),
          }),
        ),
        reference: fc.array(
          fc.record({
            indicator: fc.constantFrom(...Array.from({ length: indicators }, (_, i) => `i${i}`)),
            year: fc.integer({ min: 2000, max: 2000 + years - 1 }),
            value: fc.double({ min: -1e4, max: 1e4, noNaN: true }),
          }),
        ),
        regions: fc.constant(regions),
      });
    });

  it('keeps every index and score in [0, 1] and every rank inside its range', () => {
    fc.assert(
      fc.property(input, ({ own, parent, reference, regions }) => {
        const parents = new Map(Array.from({ length: regions }, (_, r) => [`R${r}`, ['P']]));
        const result = regionInnovationIndex({
          values: own,
          parents,
          parentValues: parent,
          reference,
        });
        for (const row of result.rows) {
          expect(row.index).toBeGreaterThanOrEqual(0);
          expect(row.index).toBeLessThanOrEqual(1);
          for (const s of row.scores) if (s !== null) expect(s >= 0 && s <= 1).toBe(true);
          expect(row.rankRange[0]).toBeLessThanOrEqual(row.rank);
          expect(row.rankRange[1]).toBeGreaterThanOrEqual(row.rank);
          if (row.relative !== null) expect(Number.isFinite(row.relative)).toBe(true);
        }
        for (const ref of result.reference) {
          if (ref.index !== null) expect(ref.index >= 0 && ref.index <= 1).toBe(true);
        }
      }),
    );
  });
});

describe('regionInnovationIndex at EU scale', () => {
  /** A fixed pseudo-random input (LCG) with about one value in ten missing, half skewed. */
  const euInput = (regions: number, indicators: number, years: number) => {
    let seed = 42;
    const next = (): number => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const values: IndicatorValue[] = [];
    const reference = [];
    for (let year = 2004; year < 2004 + years; year++) {
      for (let i = 0; i < indicators; i++) {
        reference.push({ indicator: `i${i}`, year, value: 50 });
        for (let r = 0; r < regions; r++) {
          if (next() < 0.1) continue;
          const value = i % 2 === 0 ? next() * 100 : next() ** 4 * 1000;
          values.push(v(`i${i}`, `R${r}`, year, value));
        }
      }
    }
    return { values, reference };
  };

  // Its speed is measured in bench/analytics.ts (npm run bench:analytics), not here.
  it('scores 330 regions x 10 indicators x 20 years, every index within [0, 1]', () => {
    const result = regionInnovationIndex(euInput(330, 10, 20));
    expect(result.rows.length).toBeGreaterThan(6000);
    expect(result.years).toHaveLength(20);
    for (const row of result.rows) {
      expect(row.index).toBeGreaterThanOrEqual(0);
      expect(row.index).toBeLessThanOrEqual(1);
    }
  });
});
