import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { indicatorValueOf as v } from '../../../test/support/indicator-value-of.js';
import { editionValues } from './edition-values.js';

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
});
