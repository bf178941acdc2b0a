import { describe, expect, it } from 'vitest';
import { regionInnovationTrends } from './region-innovation-trend.js';

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
});
