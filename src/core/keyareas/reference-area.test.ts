import { describe, expect, it } from 'vitest';
import { activityMatrixFromCells } from './activity-matrix.js';
import { activityMatrixReferenceProfile } from './reference-area.js';

const m = activityMatrixFromCells([
  { region: 'NL21', keyArea: 'ict', value: 1 },
  { region: 'NL21', keyArea: 'water', value: 3 },
  { region: 'NL22', keyArea: 'ict', value: 2 },
  { region: 'NL22', keyArea: 'water', value: 2 },
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
