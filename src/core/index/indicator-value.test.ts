import { describe, expect, it } from 'vitest';
import { indicatorValueTable, indicatorValueTableGet } from './indicator-value.js';

describe('indicatorValueTable', () => {
  it('finds a value by indicator, region and year', () => {
    const table = indicatorValueTable([
      { indicator: 'rd', region: 'NL21', year: 2020, value: 1.5 },
    ]);
    expect(indicatorValueTableGet(table, 'rd', 'NL21', 2020)).toBe(1.5);
    expect(indicatorValueTableGet(table, 'rd', 'NL21', 2019)).toBeUndefined();
    expect(indicatorValueTableGet(table, 'rd', 'NL22', 2020)).toBeUndefined();
  });

  it('treats a value that is not a finite number as missing', () => {
    const table = indicatorValueTable([
      { indicator: 'rd', region: 'NL21', year: 2020, value: Number.NaN },
    ]);
    expect(indicatorValueTableGet(table, 'rd', 'NL21', 2020)).toBeUndefined();
  });

  it('keeps the later of two observations of the same cell', () => {
    const table = indicatorValueTable([
      { indicator: 'rd', region: 'NL21', year: 2020, value: 1 },
      { indicator: 'rd', region: 'NL21', year: 2020, value: 2 },
    ]);
    expect(indicatorValueTableGet(table, 'rd', 'NL21', 2020)).toBe(2);
  });
});
