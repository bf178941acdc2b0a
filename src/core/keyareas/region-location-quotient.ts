import type { ActivityMatrix } from './activity-matrix.js';
import { activityMatrixCell } from './activity-matrix-cell.js';
import type { Ratio } from './ratio.js';
import type { RatioMatrix } from './ratio-matrix.js';
import {
  activityMatrixReferenceProfile,
  type ReferenceArea,
  type ReferenceProfile,
} from './reference-area.js';

/**
 * Why a location quotient is undefined: the region has no activity at all (x(r) = 0), the
 * reference area has none at all (x(ref) = 0), or none in the key area (x(ref, k) = 0).
 */
export type LocationQuotientNullReason =
  'region-total-zero' | 'reference-total-zero' | 'reference-key-area-zero';

/**
 * Location quotient LQ(r, k) = (x(r, k) / x(r)) / (x(ref, k) / x(ref)); above 1 is specialisation.
 * The reference area (the country, the EU) is a parameter.
 *
 * @example
 * // rows NL21 = [1, 3], NL22 = [2, 2]; key areas [ict, water]
 * regionLocationQuotient(m, 'NL21', 'water', { sumOf: 'all' });
 * // { value: 1.2, reason: null }   ((3 / 4) / (5 / 8) = 0.75 / 0.625)
 */
export function regionLocationQuotient<R extends string, K extends string>(
  matrix: ActivityMatrix<R, K>,
  region: R,
  keyArea: K,
  reference: ReferenceArea<R>,
): Ratio<LocationQuotientNullReason> {
  const cell = activityMatrixCell(matrix, region, keyArea, reference);
  return locationQuotientOf(cell.value, cell.regionTotal, cell.reference, cell.column);
}

/**
 * Location quotients of every region in every key area.
 *
 * @example
 * activityMatrixLocationQuotients(m, { sumOf: 'all' }).cells[0]; // NL21: [{ value: 2/3 }, { value: 1.2 }]
 */
export function activityMatrixLocationQuotients<R extends string, K extends string>(
  matrix: ActivityMatrix<R, K>,
  reference: ReferenceArea<R>,
): RatioMatrix<R, K, LocationQuotientNullReason> {
  const profile = activityMatrixReferenceProfile(matrix, reference);
  const cells = matrix.values.map((row, i) =>
    row.map((x, j) => locationQuotientOf(x, matrix.totals[i] ?? 0, profile, j)),
  );
  return { regions: matrix.regions, keyAreas: matrix.keyAreas, cells };
}

function locationQuotientOf(
  x: number,
  regionTotal: number,
  reference: ReferenceProfile,
  j: number,
): Ratio<LocationQuotientNullReason> {
  const refK = reference.values[j] ?? 0;
  if (regionTotal === 0) return { value: null, reason: 'region-total-zero' };
  if (reference.total === 0) return { value: null, reason: 'reference-total-zero' };
  if (refK === 0) return { value: null, reason: 'reference-key-area-zero' };
  return { value: x / regionTotal / (refK / reference.total), reason: null };
}
