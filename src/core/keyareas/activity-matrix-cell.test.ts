import { describe, expect, it } from 'vitest';
import { activityMatrixFromCells } from './activity-matrix.js';
import { activityMatrixCell } from './activity-matrix-cell.js';

// NL21 = [1, 3], NL22 = [2, 2] over [ict, water].
const m = activityMatrixFromCells(
  (
    [
      ['NL21', 'ict', 1],
      ['NL21', 'water', 3],
      ['NL22', 'ict', 2],
      ['NL22', 'water', 2],
    ] as const
  ).map(([region, keyArea, value]) => ({ region, keyArea, value })),
);

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
