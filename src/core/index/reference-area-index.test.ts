import { describe, expect, it } from 'vitest';
import { indicatorScaling } from './indicator-scaling.js';
import { referenceAreaIndex } from './reference-area-index.js';

describe('referenceAreaIndex', () => {
  // rd over 0..3 (no transform: [0, 1, 2, 3] is symmetric); patents over sqrt 0..3 ([0, 0, 0, 0, 9])
  const scaling = [
    indicatorScaling('rd', [0, 1, 2, 3]),
    indicatorScaling('patents', [0, 0, 0, 0, 9]),
  ];

  it("scores the reference area's own values as the regions' were, and averages them", () => {
    // 2020: rd 1.5 -> 0.5; patents 4 -> sqrt 2 / 3 = 0.667; index (0.5 + 0.667) / 2 = 0.583
    const [year] = referenceAreaIndex(
      [
        { indicator: 'rd', year: 2020, value: 1.5 },
        { indicator: 'patents', year: 2020, value: 4 },
      ],
      scaling,
      [1, 1],
      [2020],
    );
    expect(year?.scores[0]).toBe(0.5);
    expect(year?.scores[1]).toBeCloseTo(2 / 3, 12);
    expect(year?.index).toBeCloseTo(7 / 12, 12);
  });

  it('leaves out what the reference area lacks that year, and has no index without values', () => {
    const years = referenceAreaIndex(
      [{ indicator: 'rd', year: 2020, value: 3 }],
      scaling,
      [1, 1],
      [2019, 2020],
    );
    expect(years).toEqual([
      { year: 2019, index: null, scores: [null, null] },
      { year: 2020, index: 1, scores: [1, null] },
    ]);
  });
});
