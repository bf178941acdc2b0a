import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { IndicatorValue } from './indicator-value.js';
import { regionInnovationTrends, type RegionInnovationTrend } from './region-innovation-trend.js';
import { seriesTrend } from './series-trend.js';

describe('regionInnovationTrends', () => {
  it("gives each region the change of its index and of each indicator's own values", () => {
    const trends = regionInnovationTrends(
      [
        { indicator: 'rd', region: 'NL21', year: 2014, value: 1.2 },
        { indicator: 'rd', region: 'NL21', year: 2020, value: 1.5 },
      ],
      [
        { region: 'NL21', year: 2014, index: 0.4 },
        { region: 'NL21', year: 2020, index: 0.5 },
      ],
      ['rd', 'patents'],
    );
    expect(trends).toHaveLength(1);
    const [nl21] = trends;
    // index: 0.4 -> 0.5 = +0.1, +25 %; rd 1.2 -> 1.5 = +0.3, +25 %; patents: no values
    expect(nl21?.index?.absolute).toBeCloseTo(0.1, 12);
    expect(nl21?.index?.relative).toBeCloseTo(0.25, 12);
    expect(nl21?.indicators[0]?.trend?.absolute).toBeCloseTo(0.3, 12);
    expect(nl21?.indicators[1]).toEqual({ indicator: 'patents', trend: null });
  });

  it('gives what a trend of each series gathered point by point gives', () => {
    const regions = fc.constantFrom('NL21', 'NL22', 'DE11');
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            indicator: fc.constantFrom('rd', 'pat', 'other'),
            region: regions,
            year: fc.integer({ min: 2000, max: 2010 }),
            value: fc.oneof(fc.double({ noNaN: true, min: -5, max: 5 }), fc.constant(Number.NaN)),
          }),
          { maxLength: 50 },
        ),
        fc.array(
          fc.record({
            region: regions,
            year: fc.integer({ min: 2000, max: 2010 }),
            index: fc.double({ noNaN: true, min: 0, max: 1 }),
          }),
          { maxLength: 20 },
        ),
        (values, rows) => {
          const indicators = ['rd', 'pat'];
          expect(regionInnovationTrends(values, rows, indicators)).toEqual(
            plainTrends(values, rows, indicators),
          );
        },
      ),
    );
  });
});

/** Trends as gathering every finite point of each series and taking its trend give them. */
function plainTrends(
  values: readonly IndicatorValue[],
  rows: readonly { region: string; year: number; index: number }[],
  indicators: readonly string[],
): RegionInnovationTrend[] {
  const points = new Map<string, { year: number; value: number }[]>();
  const regions = new Set<string>();
  const add = (region: string, series: string, year: number, value: number): void => {
    if (!Number.isFinite(value)) return;
    regions.add(region);
    const key = `${region}|${series}`;
    points.set(key, [...(points.get(key) ?? []), { year, value }]);
  };
  for (const v of values)
    if (indicators.includes(v.indicator)) add(v.region, v.indicator, v.year, v.value);
  for (const r of rows) add(r.region, '', r.year, r.index);
  const trendOf = (region: string, series: string) => {
    const list = points.get(`${region}|${series}`) ?? [];
    return list.length === 0 ? null : seriesTrend(list);
  };
  return [...regions].sort().map((region) => ({
    region,
    index: trendOf(region, ''),
    indicators: indicators.map((indicator) => ({ indicator, trend: trendOf(region, indicator) })),
  }));
}
