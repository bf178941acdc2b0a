import { activityMatrixRow, type ActivityMatrix } from './activity-matrix.js';

/**
 * The area a region is compared with: a row of the matrix (the country, the EU), or the sum of
 * some rows (the regions that partition the country), or of all rows.
 */
export type ReferenceArea<R extends string = string> =
  { readonly region: R } | { readonly sumOf: readonly R[] | 'all' };

/** x(ref, k) per key area (in the matrix's column order) and x(ref). */
export interface ReferenceProfile {
  readonly values: readonly number[];
  readonly total: number;
}

/**
 * The reference area's activity per key area and its total.
 *
 * @example
 * // rows NL21 = [1, 3] (total 4) and NL22 = [2, 2] (total 4)
 * activityMatrixReferenceProfile(m, { sumOf: 'all' }); // { values: [3, 5], total: 8 }
 * activityMatrixReferenceProfile(m, { region: 'NL21' }); // { values: [1, 3], total: 4 }
 */
export function activityMatrixReferenceProfile<R extends string, K extends string>(
  matrix: ActivityMatrix<R, K>,
  reference: ReferenceArea<R>,
): ReferenceProfile {
  if ('region' in reference) {
    const i = activityMatrixRow(matrix, reference.region);
    return { values: matrix.values[i] ?? [], total: matrix.totals[i] ?? 0 };
  }
  const rows =
    reference.sumOf === 'all'
      ? matrix.regions.map((_, i) => i)
      : reference.sumOf.map((r) => activityMatrixRow(matrix, r));
  const values = new Array<number>(matrix.keyAreas.length).fill(0);
  let total = 0;
  for (const i of rows) {
    (matrix.values[i] ?? []).forEach((v, j) => (values[j] = (values[j] ?? 0) + v));
    total += matrix.totals[i] ?? 0;
  }
  return { values, total };
}
