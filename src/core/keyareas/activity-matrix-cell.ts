import { activityMatrixColumn, activityMatrixRow, type ActivityMatrix } from './activity-matrix.js';
import {
  activityMatrixReferenceProfile,
  type ReferenceArea,
  type ReferenceProfile,
} from './reference-area.js';

/** One region's activity in one key area, with what the ratios over it divide by. */
export interface ActivityMatrixCell {
  /** x(r, k). */
  readonly value: number;
  /** x(r): the region's activity in all key areas. */
  readonly regionTotal: number;
  /** The key area's column in the matrix (and in `reference.values`). */
  readonly column: number;
  /** The reference area's activity: x(ref, k) per key area and x(ref). */
  readonly reference: ReferenceProfile;
}

/**
 * The cell of `region` in `keyArea` with its region's total and the reference area's profile:
 * what the per-region ratios (location quotient, national share) are computed from.
 *
 * @example
 * // rows NL21 = [1, 3], NL22 = [2, 2]; key areas [ict, water]
 * activityMatrixCell(m, 'NL21', 'water', { sumOf: 'all' });
 * // { value: 3, regionTotal: 4, column: 1, reference: { values: [3, 5], total: 8 } }
 */
export function activityMatrixCell<R extends string, K extends string>(
  matrix: ActivityMatrix<R, K>,
  region: R,
  keyArea: K,
  reference: ReferenceArea<R>,
): ActivityMatrixCell {
  const i = activityMatrixRow(matrix, region);
  const column = activityMatrixColumn(matrix, keyArea);
  return {
    value: matrix.values[i]?.[column] ?? 0,
    regionTotal: matrix.totals[i] ?? 0,
    column,
    reference: activityMatrixReferenceProfile(matrix, reference),
  };
}
