import { describe, expect, it } from 'vitest';
import { seriesTrend } from './series-trend.js';

describe('seriesTrend', () => {
  it('compares the last year with the first, absolute and relative', () => {
    // 2014: 1.2, 2020: 1.5 -> +0.3, 0.3 / 1.2 = +25 %
    const trend = seriesTrend([
      { year: 2020, value: 1.5 },
      { year: 2016, value: 9 },
      { year: 2014, value: 1.2 },
    ]);
    expect(trend).toMatchObject({ firstYear: 2014, lastYear: 2020, first: 1.2, last: 1.5 });
    expect(trend?.absolute).toBeCloseTo(0.3, 12);
    expect(trend?.relative).toBeCloseTo(0.25, 12);
  });

  it('divides by the size of a negative first value, so a rise stays positive', () => {
    // -2 -> -1: +1, 1 / |-2| = +50 %
    expect(
      seriesTrend([
        { year: 2014, value: -2 },
        { year: 2020, value: -1 },
      ])?.relative,
    ).toBe(0.5);
  });

  it('has no relative change from 0 and nothing for an empty series', () => {
    expect(
      seriesTrend([
        { year: 2014, value: 0 },
        { year: 2020, value: 1 },
      ])?.relative,
    ).toBeNull();
    expect(seriesTrend([])).toBeNull();
    expect(seriesTrend([{ year: 2014, value: Number.NaN }])).toBeNull();
  });
});
