import { describe, expect, it } from 'vitest';
import { activityMatrixFromCells } from './activity-matrix.js';
import { activityMatrixCell } from './activity-matrix-cell.js';

const m = activityMatrixFromCells([
  { region: 'NL21', keyArea: 'ict', value: 1 },
  { region: 'NL21', keyArea: 'water', value: 3 },
  { region: 'NL22', keyArea: 'ict', value: 2 },
  { region: 'NL22', keyArea: 'water', value: 2 },
]);

describe('activityMatrixCell', () => {
  it("gives the region's value in the key area, its total and the reference area's profile", () => {
    expect(activityMatrixCell(m, 'NL21', 'water', { sumOf: 'all' })).toEqual({
      value: 3,
      regionTotal: 4,
      column: 1,
      reference: { values: [3, 5], total: 8 },
    });
  });

  it('takes a single region as the reference area', () => {
    expect(activityMatrixCell(m, 'NL21', 'ict', { region: 'NL22' }).reference).toEqual({
      values: [2, 2],
      total: 4,
    });
  });
});
