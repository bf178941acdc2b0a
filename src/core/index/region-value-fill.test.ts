import { describe, expect, it } from 'vitest';
import { indicatorValueOf as v } from '../../../test/support/indicator-value-of.js';
import { indicatorValueTable } from './indicator-value.js';
import { regionValueFill } from './region-value-fill.js';

const own = indicatorValueTable([
  v('rd', 'NL21', 2016, 1.0),
  v('rd', 'NL21', 2018, 1.2),
  v('rd', 'NL21', 2021, 1.9),
  v('rd', 'NL22', 2020, 0.7),
]);
const parents = indicatorValueTable([
  v('rd', 'NL2', 2019, 2.2),
  v('rd', 'NL', 2019, 2.0),
  v('rd', 'NL', 2015, 1.8),
]);

describe('regionValueFill', () => {
  it("takes the region's own value when it has one", () => {
    expect(regionValueFill(own, parents, ['NL2', 'NL'], 'rd', 'NL21', 2018)).toEqual({
      value: 1.2,
      filled: null,
    });
  });

  it("takes the latest earlier year's own value, not a later one nor an older one", () => {
    // 2020 is missing; earlier years 2016 and 2018 -> 2018; 2021 is later and does not count
    expect(regionValueFill(own, parents, ['NL2', 'NL'], 'rd', 'NL21', 2020)).toEqual({
      value: 1.2,
      filled: { indicator: 'rd', from: 'earlier-year', year: 2018, value: 1.2 },
    });
  });

  it('takes the nearest parent with a value that year when the region has no earlier value', () => {
    // NL22 has only 2020; in 2019 NL2 (NUTS1) comes before NL (the country)
    expect(regionValueFill(own, parents, ['NL2', 'NL'], 'rd', 'NL22', 2019)).toEqual({
      value: 2.2,
      filled: { indicator: 'rd', from: 'parent', region: 'NL2', value: 2.2 },
    });
    // in 2015 only the country has a value
    expect(regionValueFill(own, parents, ['NL2', 'NL'], 'rd', 'NL22', 2015)).toEqual({
      value: 1.8,
      filled: { indicator: 'rd', from: 'parent', region: 'NL', value: 1.8 },
    });
  });

  it('gives null when neither the region nor a parent has a value', () => {
    expect(regionValueFill(own, parents, ['NL2', 'NL'], 'rd', 'NL22', 2017)).toBeNull();
    expect(regionValueFill(own, parents, [], 'rd', 'NL22', 2019)).toBeNull();
  });

  it('skips the earlier years when told to, and goes to the parent instead', () => {
    // NL21 has no 2019 value; without earlier years the 2018 value is not taken
    expect(regionValueFill(own, parents, ['NL2', 'NL'], 'rd', 'NL21', 2019, false)).toEqual({
      value: 2.2,
      filled: { indicator: 'rd', from: 'parent', region: 'NL2', value: 2.2 },
    });
    expect(regionValueFill(own, parents, ['NL2', 'NL'], 'rd', 'NL21', 2018, false)).toEqual({
      value: 1.2,
      filled: null,
    });
  });
});
