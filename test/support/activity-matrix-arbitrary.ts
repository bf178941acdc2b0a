import fc from 'fast-check';
import {
  activityMatrixFromCells,
  type ActivityMatrix,
} from '../../src/core/keyareas/activity-matrix.js';

/**
 * A random region x key-area matrix for property tests: 1-8 regions (R0, R1, ...) and 1-6 key areas
 * (K0, K1, ...) with activity 0 or between 0.001 and 1e9 (sizes real measures take; subnormal
 * numbers would underflow any quotient).
 */
export function activityMatrixArbitrary(): fc.Arbitrary<ActivityMatrix> {
  return fc
    .record({ regions: fc.integer({ min: 1, max: 8 }), keyAreas: fc.integer({ min: 1, max: 6 }) })
    .chain(({ regions, keyAreas }) =>
      fc.array(
        fc.array(fc.oneof(fc.constant(0), fc.double({ min: 1e-3, max: 1e9, noNaN: true })), {
          minLength: keyAreas,
          maxLength: keyAreas,
        }),
        { minLength: regions, maxLength: regions },
      ),
    )
    .map((rows) =>
      activityMatrixFromCells(
        rows.flatMap((row, i) =>
          row.map((value, j) => ({ region: `R${i}`, keyArea: `K${j}`, value })),
        ),
        {
          regions: rows.map((_, i) => `R${i}`),
          keyAreas: (rows[0] ?? []).map((_, j) => `K${j}`),
        },
      ),
    );
}
