import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { activityMatrixArbitrary } from '../../../test/support/activity-matrix-arbitrary.js';
import { activityMatrixFromCells } from './activity-matrix.js';
import { activityMatrixNationalShares, regionNationalShare } from './region-national-share.js';

// Two provinces that make up the country, and the country itself as a row.
const m = activityMatrixFromCells([
  { region: 'NL21', keyArea: 'ict', value: 1 },
  { region: 'NL21', keyArea: 'water', value: 3 },
  { region: 'NL22', keyArea: 'water', value: 2 },
  { region: 'NL', keyArea: 'water', value: 5 },
]);

describe('regionNationalShare', () => {
  it('divides the region by the country in the key area', () => {
    // water: 3 / (3 + 2) = 0.6
    expect(regionNationalShare(m, 'NL21', 'water', { sumOf: ['NL21', 'NL22'] })).toEqual({
      value: 0.6,
      reason: null,
    });
    expect(regionNationalShare(m, 'NL21', 'water', { region: 'NL' })).toEqual({
      value: 0.6,
      reason: null,
    });
  });

  it('is null, with the reason, where the country has nothing in the key area', () => {
    // ict: the country row NL holds 0
    expect(regionNationalShare(m, 'NL21', 'ict', { region: 'NL' })).toEqual({
      value: null,
      reason: 'reference-key-area-zero',
    });
  });
});

describe('activityMatrixNationalShares', () => {
  it('gives every cell its share', () => {
    const shares = activityMatrixNationalShares(m, { sumOf: ['NL21', 'NL22'] });
    expect(shares.regions).toEqual(['NL', 'NL21', 'NL22']);
    // ict: 1 / 1 = 1 for NL21, 0 / 1 = 0 for NL22; water 3/5 and 2/5
    expect(shares.cells[1]?.map((c) => c.value)).toEqual([1, 0.6]);
    expect(shares.cells[2]?.map((c) => c.value)).toEqual([0, 0.4]);
  });

  it('sums to 1 over regions that partition the country, in every key area with activity', () => {
    fc.assert(
      fc.property(activityMatrixArbitrary(), (matrix) => {
        const shares = activityMatrixNationalShares(matrix, { sumOf: 'all' });
        matrix.keyAreas.forEach((_, j) => {
          const column = shares.cells.map((row) => row[j]);
          if (column.every((c) => c?.value === null)) return;
          const sum = column.reduce((s, c) => s + (c?.value ?? 0), 0);
          expect(sum).toBeCloseTo(1, 9);
        });
      }),
    );
  });

  it('is null in every region, never NaN, exactly where the country column is zero', () => {
    fc.assert(
      fc.property(activityMatrixArbitrary(), (matrix) => {
        const shares = activityMatrixNationalShares(matrix, { sumOf: 'all' });
        matrix.keyAreas.forEach((_, j) => {
          const countryZero = matrix.values.every((row) => row[j] === 0);
          for (const row of shares.cells) {
            const cell = row[j];
            expect(cell?.value === null).toBe(countryZero);
            if (cell?.value !== null) expect(Number.isFinite(cell?.value)).toBe(true);
          }
        });
      }),
    );
  });
});
