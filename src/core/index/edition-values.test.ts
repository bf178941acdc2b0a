import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { indicatorValueOf as v } from '../../../test/support/indicator-value-of.js';
import type { IndicatorValue } from './indicator-value.js';
import { editionValueColumns, editionValues, type EditionValue } from './edition-values.js';

describe('editionValues', () => {
  it('takes each series’ most recent year at or before the edition, within the lag window', () => {
    const values = [
      v('rd', 'NL21', 2009, 1.5),
      v('rd', 'NL21', 2011, 1.7),
      v('pat', 'NL21', 2012, 90),
    ];
    expect(editionValues(values, [2010, 2012, 2015, 2016], 3)).toEqual([
      { indicator: 'rd', region: 'NL21', year: 2010, value: 1.5, dataYear: 2009 },
      { indicator: 'rd', region: 'NL21', year: 2012, value: 1.7, dataYear: 2011 },
      { indicator: 'pat', region: 'NL21', year: 2012, value: 90, dataYear: 2012 },
      { indicator: 'pat', region: 'NL21', year: 2015, value: 90, dataYear: 2012 },
    ]);
  });

  it('never uses a value from after the edition year', () => {
    expect(editionValues([v('rd', 'NL21', 2013, 1)], [2012], 3)).toEqual([]);
  });

  it('gives nothing for a series whose latest value is older than the window', () => {
    // Dutch business R&D stops in 2009: edition 2013 with a lag of 3 reaches back to 2010 only.
    expect(editionValues([v('bes', 'NL21', 2009, 1)], [2013], 3)).toEqual([]);
    expect(editionValues([v('bes', 'NL21', 2009, 1)], [2013], 4)).toHaveLength(1);
  });

  it('skips values that are not finite and refuses a negative lag', () => {
    expect(editionValues([v('rd', 'NL21', 2012, Number.NaN)], [2012], 3)).toEqual([]);
    expect(() => editionValues([], [2012], -1)).toThrow(RangeError);
  });

  it('always picks the latest year of the window that the series holds', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 2000, max: 2020 }), { maxLength: 12 }),
        fc.integer({ min: 2000, max: 2024 }),
        fc.integer({ min: 0, max: 6 }),
        (years, edition, lag) => {
          const values = years.map((y) => v('a', 'R1', y, y));
          const out = editionValues(values, [edition], lag);
          const inWindow = years.filter((y) => y <= edition && y >= edition - lag);
          if (inWindow.length === 0) return out.length === 0;
          const expected = Math.max(...inWindow);
          return out.length === 1 && out[0]?.dataYear === expected && out[0].value === expected;
        },
      ),
    );
  });

  it('gives what a plain grouping and sorting of each series gives', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            indicator: fc.constantFrom('a', 'b', 'c'),
            region: fc.constantFrom('R1', 'R2', 'R3', 'R4'),
            year: fc.integer({ min: 2000, max: 2012 }),
            value: fc.oneof(fc.double({ noNaN: true, min: -10, max: 10 }), fc.constant(Number.NaN)),
          }),
          { maxLength: 60 },
        ),
        fc.array(fc.integer({ min: 1998, max: 2014 }), { maxLength: 8 }),
        fc.integer({ min: 0, max: 4 }),
        (values, editions, lag) => {
          expect(editionValues(values, editions, lag)).toEqual(
            plainEditionValues(values, editions, lag),
          );
        },
      ),
    );
  });
});

describe('editionValueColumns', () => {
  it('takes the observations at the given positions only, in their order', () => {
    const columns = {
      indicator: ['rd', 'rd', 'rd', 'pat'],
      region: ['NL', 'NL21', 'NL21', 'NL21'],
      year: [2009, 2011, 2009, 2010],
      value: [1.1, 1.7, 1.5, 90],
    };
    expect(editionValueColumns(columns, [3, 1, 2], [2010, 2011], 3)).toEqual([
      { indicator: 'pat', region: 'NL21', year: 2010, value: 90, dataYear: 2010 },
      { indicator: 'pat', region: 'NL21', year: 2011, value: 90, dataYear: 2010 },
      { indicator: 'rd', region: 'NL21', year: 2010, value: 1.5, dataYear: 2009 },
      { indicator: 'rd', region: 'NL21', year: 2011, value: 1.7, dataYear: 2011 },
    ]);
  });

  it('gives editionValues of the same observations', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            indicator: fc.constantFrom('a', 'b'),
            region: fc.constantFrom('R1', 'R2', 'R3'),
            year: fc.integer({ min: 2000, max: 2010 }),
            value: fc.double({ noNaN: true, min: 0, max: 5 }),
          }),
          { maxLength: 40 },
        ),
        fc.integer({ min: 0, max: 3 }),
        (values, lag) => {
          const positions = values.map((_, k) => k).filter((k) => k % 3 !== 1);
          const columns = {
            indicator: values.map((v) => v.indicator),
            region: values.map((v) => v.region),
            year: values.map((v) => v.year),
            value: values.map((v) => v.value),
          };
          const editions = [2002, 2004, 2006, 2008, 2010];
          expect(editionValueColumns(columns, positions, editions, lag)).toEqual(
            editionValues(
              positions.map((k) => values[k] as IndicatorValue),
              editions,
              lag,
            ),
          );
        },
      ),
    );
  });
});

/** Editions as grouping every series in a map by a joined key and sorting it by year give them. */
function plainEditionValues(
  values: readonly IndicatorValue[],
  editions: readonly number[],
  lag: number,
): EditionValue[] {
  const series = new Map<string, IndicatorValue[]>();
  for (const v of values) {
    if (!Number.isFinite(v.value)) continue;
    const key = `${v.indicator}|${v.region}`;
    series.set(key, [...(series.get(key) ?? []), v]);
  }
  const sortedEditions = [...new Set(editions)].sort((a, b) => a - b);
  const out: EditionValue[] = [];
  for (const list of series.values()) {
    const sorted = [...list].sort((a, b) => a.year - b.year);
    for (const edition of sortedEditions) {
      const v = sorted.filter((x) => x.year <= edition).at(-1);
      if (v === undefined || v.year < edition - lag) continue;
      out.push({
        indicator: v.indicator,
        region: v.region,
        year: edition,
        value: v.value,
        dataYear: v.year,
      });
    }
  }
  return out;
}
