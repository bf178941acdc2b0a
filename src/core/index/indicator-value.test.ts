import fc from 'fast-check';
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

  it('holds the last finite observation of every cell, in whatever order they come', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            indicator: fc.constantFrom('a', 'b'),
            region: fc.constantFrom('R1', 'R2', 'R3'),
            year: fc.integer({ min: 2000, max: 2004 }),
            value: fc.oneof(fc.double({ noNaN: true, min: -5, max: 5 }), fc.constant(Number.NaN)),
          }),
          { maxLength: 40 },
        ),
        (values) => {
          const table = indicatorValueTable(values);
          const last = new Map<string, number>();
          for (const v of values)
            if (Number.isFinite(v.value)) last.set(`${v.indicator}|${v.region}|${v.year}`, v.value);
          for (const v of values) {
            expect(indicatorValueTableGet(table, v.indicator, v.region, v.year)).toBe(
              last.get(`${v.indicator}|${v.region}|${v.year}`),
            );
          }
          expect(table.regions).toEqual([...new Set(values.map((v) => v.region))].sort());
        },
      ),
    );
  });
});
