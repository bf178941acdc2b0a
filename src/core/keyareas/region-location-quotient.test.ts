import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { activityMatrixArbitrary } from '../../../test/support/activity-matrix-arbitrary.js';
import { TWO_PROVINCES } from '../../../test/support/two-provinces.js';
import { activityMatrixFromCells } from './activity-matrix.js';
import {
  activityMatrixLocationQuotients,
  regionLocationQuotient,
} from './region-location-quotient.js';

// NL21 = [1, 3], NL22 = [2, 2] and EU = [50, 50] in ict and water; XX holds only a zero in space.
const m = activityMatrixFromCells([
  ...TWO_PROVINCES,
  { region: 'EU', keyArea: 'ict', value: 50 },
  { region: 'EU', keyArea: 'water', value: 50 },
  { region: 'XX', keyArea: 'space', value: 0 },
]);

describe('regionLocationQuotient', () => {
  it('compares the key area share of the region with that of the reference area', () => {
    // NL21 water: (3 / 4) / ((3 + 2) / (4 + 4)) = 0.75 / 0.625 = 1.2
    const lq = regionLocationQuotient(m, 'NL21', 'water', { sumOf: ['NL21', 'NL22'] });
    expect(lq.value).toBeCloseTo(1.2, 12);
    // NL21 ict: (1 / 4) / (3 / 8) = 0.25 / 0.375 = 2/3
    const ict = regionLocationQuotient(m, 'NL21', 'ict', { sumOf: ['NL21', 'NL22'] });
    expect(ict.value).toBeCloseTo(2 / 3, 12);
  });

  it('takes the reference area as a parameter', () => {
    // against the EU row: (3 / 4) / (50 / 100) = 1.5
    expect(regionLocationQuotient(m, 'NL21', 'water', { region: 'EU' })).toEqual({
      value: 1.5,
      reason: null,
    });
  });

  it.each([
    ['XX', 'water', 'EU', 'region-total-zero'],
    ['NL21', 'space', 'EU', 'reference-key-area-zero'],
    ['NL21', 'water', 'XX', 'reference-total-zero'],
  ] as const)(
    'is null with the reason where a denominator is zero: %s in %s against %s (%s)',
    (region, keyArea, reference, reason) => {
      expect(regionLocationQuotient(m, region, keyArea, { region: reference })).toEqual({
        value: null,
        reason,
      });
    },
  );
});

describe('activityMatrixLocationQuotients', () => {
  it('is 1 for the reference area itself wherever it is defined', () => {
    fc.assert(
      fc.property(activityMatrixArbitrary(), fc.nat(), (matrix, pick) => {
        const reference = matrix.regions[pick % matrix.regions.length] ?? 'R0';
        const lqs = activityMatrixLocationQuotients(matrix, { region: reference });
        const row = lqs.cells[matrix.regions.indexOf(reference)] ?? [];
        for (const cell of row) {
          if (cell.value !== null) expect(cell.value).toBe(1);
          else expect(cell.reason).not.toBeNull();
        }
      }),
    );
  });

  it('is never NaN or Infinity', () => {
    fc.assert(
      fc.property(activityMatrixArbitrary(), (matrix) => {
        const lqs = activityMatrixLocationQuotients(matrix, { sumOf: 'all' });
        for (const cell of lqs.cells.flat()) {
          if (cell.value !== null) expect(Number.isFinite(cell.value)).toBe(true);
        }
      }),
    );
  });

  it('averages to 1 over the regions, weighted by their totals, when they make up the reference', () => {
    // sum_r x(r) LQ(r, k) = sum_r x(r, k) x(ref) / x(ref, k) = x(ref): a second check of the formula
    fc.assert(
      fc.property(activityMatrixArbitrary(), (matrix) => {
        const lqs = activityMatrixLocationQuotients(matrix, { sumOf: 'all' });
        const total = matrix.totals.reduce((s, t) => s + t, 0);
        matrix.keyAreas.forEach((_, j) => {
          if (matrix.values.every((row) => row[j] === 0)) return;
          const weighted = lqs.cells.reduce(
            (s, row, i) => s + (matrix.totals[i] ?? 0) * (row[j]?.value ?? 0),
            0,
          );
          expect(weighted / total).toBeCloseTo(1, 6);
        });
      }),
    );
  });
});
