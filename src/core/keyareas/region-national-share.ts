import type { ActivityMatrix } from './activity-matrix.js';
import { activityMatrixCell } from './activity-matrix-cell.js';
import { ratioOf, type Ratio } from './ratio.js';
import type { RatioMatrix } from './ratio-matrix.js';
import { activityMatrixReferenceProfile, type ReferenceArea } from './reference-area.js';

/** Why a share of the national total is undefined: the country has no activity in the key area. */
export type NationalShareNullReason = 'reference-key-area-zero';

/**
 * Share of the national total: x(r, k) / x(country, k), with the country given as a reference area.
 *
 * @example
 * // rows NL21 = [1, 3], NL22 = [2, 2]; key areas [ict, water]
 * regionNationalShare(m, 'NL21', 'water', { sumOf: 'all' }); // { value: 0.6, reason: null }  (3 / 5)
 */
export function regionNationalShare<R extends string, K extends string>(
  matrix: ActivityMatrix<R, K>,
  region: R,
  keyArea: K,
  reference: ReferenceArea<R>,
): Ratio<NationalShareNullReason> {
  const cell = activityMatrixCell(matrix, region, keyArea, reference);
  const country = cell.reference.values[cell.column] ?? 0;
  return ratioOf(cell.value, country, 'reference-key-area-zero');
}

/**
 * Every region's share of the national total in every key area.
 *
 * @example
 * activityMatrixNationalShares(m, { sumOf: 'all' }).cells[0]; // NL21: [{ value: 1/3 }, { value: 0.6 }]
 */
export function activityMatrixNationalShares<R extends string, K extends string>(
  matrix: ActivityMatrix<R, K>,
  reference: ReferenceArea<R>,
): RatioMatrix<R, K, NationalShareNullReason> {
  const country = activityMatrixReferenceProfile(matrix, reference);
  const cells = matrix.values.map((row) =>
    row.map((x, j) => ratioOf(x, country.values[j] ?? 0, 'reference-key-area-zero' as const)),
  );
  return { regions: matrix.regions, keyAreas: matrix.keyAreas, cells };
}
