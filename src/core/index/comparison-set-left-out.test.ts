import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { indicatorValueOf as v } from '../../../test/support/indicator-value-of.js';
import { yearValues } from '../../../test/support/indicator-values-table.js';
import { comparisonSetLeftOut } from './comparison-set-left-out.js';
import { indicatorValueTable } from './indicator-value.js';
import { regionYearEligibility } from './region-year-eligibility.js';

describe('comparisonSetLeftOut', () => {
  it('lists the regions below two thirds with the indicators they miss', () => {
    const values = [
      ...yearValues('a', 2012, { NL21: 1, DE11: 1 }),
      v('b', 'NL21', 2012, 1),
      v('b', 'DE11', 2011, 1),
    ];
    expect(comparisonSetLeftOut(values, ['a', 'b', 'c'], ['NL21', 'DE11', 'AT13'], 2012)).toEqual([
      { region: 'AT13', own: 0, of: 3, missing: ['a', 'b', 'c'] },
      { region: 'DE11', own: 1, of: 3, missing: ['b', 'c'] },
    ]);
  });

  it('leaves out exactly the regions the eligibility rule refuses', () => {
    const indicators = ['a', 'b', 'c', 'd', 'e'];
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            indicator: fc.constantFrom(...indicators),
            region: fc.constantFrom('R1', 'R2', 'R3'),
            year: fc.constantFrom(2011, 2012),
            value: fc.double({ min: 0, max: 10, noNaN: true }),
          }),
        ),
        fc.double({ min: 0.1, max: 1, noNaN: true }),
        (values, minShare) => {
          const regions = ['R1', 'R2', 'R3'];
          const left = comparisonSetLeftOut(values, indicators, regions, 2012, minShare);
          const table = indicatorValueTable(values);
          return regions.every(
            (r) =>
              left.some((l) => l.region === r) !==
              regionYearEligibility(table, indicators, r, 2012, minShare).eligible,
          );
        },
      ),
    );
  });
});
