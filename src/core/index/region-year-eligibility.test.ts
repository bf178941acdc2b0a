import { describe, expect, it } from 'vitest';
import { indicatorValueOf as v } from '../../../test/support/indicator-value-of.js';
import { indicatorValueTable } from './indicator-value.js';
import { ownShareSuffices, regionYearEligibility } from './region-year-eligibility.js';

const nine = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i'];

describe('regionYearEligibility', () => {
  it.each([
    {
      title: 'admits a region with its own values for two of three indicators (2 >= 2/3 x 3)',
      bYear: 2020,
      expected: { eligible: true, own: 2, of: 3 },
    },
    {
      title: 'refuses a region with one of three, and counts only values of that year',
      bYear: 2019,
      expected: { eligible: false, own: 1, of: 3 },
    },
  ])('$title', ({ bYear, expected }) => {
    const table = indicatorValueTable([v('a', 'NL21', 2020, 1), v('b', 'NL21', bYear, 1)]);
    expect(regionYearEligibility(table, ['a', 'b', 'c'], 'NL21', 2020)).toEqual(expected);
  });

  it('admits six of nine although 2/3 x 9 is 6.000000000000001 in floating point', () => {
    const table = indicatorValueTable(nine.slice(0, 6).map((i) => v(i, 'NL21', 2020, 1)));
    expect(regionYearEligibility(table, nine, 'NL21', 2020).eligible).toBe(true);
    const five = indicatorValueTable(nine.slice(0, 5).map((i) => v(i, 'NL21', 2020, 1)));
    expect(regionYearEligibility(five, nine, 'NL21', 2020).eligible).toBe(false);
  });

  it('takes the share as a parameter', () => {
    const table = indicatorValueTable([v('a', 'NL21', 2020, 1)]);
    expect(regionYearEligibility(table, ['a', 'b'], 'NL21', 2020, 0.5).eligible).toBe(true);
    expect(regionYearEligibility(table, ['a', 'b'], 'NL21', 2020, 1).eligible).toBe(false);
  });
});

describe('ownShareSuffices', () => {
  it('admits own values for at least the share of the indicators, and never an empty set', () => {
    expect(ownShareSuffices(6, 9, 2 / 3)).toBe(true);
    expect(ownShareSuffices(5, 9, 2 / 3)).toBe(false);
    expect(ownShareSuffices(3, 3, 1)).toBe(true);
    expect(ownShareSuffices(0, 0, 2 / 3)).toBe(false);
  });
});
