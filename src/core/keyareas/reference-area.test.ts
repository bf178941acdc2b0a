import { describe, expect, it } from 'vitest';
import { TWO_PROVINCES } from '../../../test/support/two-provinces.js';
import { activityMatrixFromCells } from './activity-matrix.js';
import { activityMatrixReferenceProfile } from './reference-area.js';

// NL21 = [1, 3], NL22 = [2, 2] and NL23 = [0, 7] over [ict, water].
const m = activityMatrixFromCells([
  ...TWO_PROVINCES,
  { region: 'NL23', keyArea: 'water', value: 7 },
]);

describe('activityMatrixReferenceProfile', () => {
  it('sums every row for the reference "all"', () => {
    // ict 1 + 2 + 0 = 3; water 3 + 2 + 7 = 12; total 4 + 4 + 7 = 15
    expect(activityMatrixReferenceProfile(m, { sumOf: 'all' })).toEqual({
      values: [3, 12],
      total: 15,
    });
  });

  it('sums the listed rows only', () => {
    expect(activityMatrixReferenceProfile(m, { sumOf: ['NL21', 'NL22'] })).toEqual({
      values: [3, 5],
      total: 8,
    });
  });

  it('takes one row as it is', () => {
    expect(activityMatrixReferenceProfile(m, { region: 'NL23' })).toEqual({
      values: [0, 7],
      total: 7,
    });
  });
});
