import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { outlierBoundsClip, referenceSetOutlierBounds } from './reference-set-outlier-bounds.js';

describe('referenceSetOutlierBounds', () => {
  it('finds an outlier among twelve values and the highest value inside the bounds', () => {
    // 1..11 and 100: mean = 166 / 12 = 13.8333
    // sum of squares about the mean = (506 + 10000) - 12 x 13.8333^2 = 10506 - 2296.33 = 8209.67
    // sd = sqrt(8209.67 / 11) = sqrt(746.33) = 27.319; upper = 13.833 + 3 x 27.319 = 95.79
    const bounds = referenceSetOutlierBounds([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 100]);
    expect(bounds.mean).toBeCloseTo(13.8333, 4);
    expect(bounds.sd).toBeCloseTo(27.319, 3);
    expect(bounds.upper).toBeCloseTo(95.79, 2);
    expect(bounds.lower).toBeCloseTo(-68.12, 2);
    expect(bounds.highest).toBe(11);
    expect(bounds.lowest).toBe(1);
    expect(outlierBoundsClip(bounds, 100)).toBe(11);
    expect(outlierBoundsClip(bounds, 50)).toBe(50);
  });

  it('sets values below mean - 3 sd to the lowest value inside', () => {
    // -100 and 1..11: mean = -34 / 12 = -2.8333; sum of squares = 10506 - 12 x 8.0278 = 10409.67
    // sd = sqrt(10409.67 / 11) = 30.763; lower = -2.833 - 3 x 30.763 = -95.12
    const bounds = referenceSetOutlierBounds([-100, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(bounds.lower).toBeCloseTo(-95.12, 2);
    expect(bounds.lowest).toBe(1);
    expect(outlierBoundsClip(bounds, -100)).toBe(1);
  });

  it('can never find an outlier among three values: |z| <= (n - 1) / sqrt(n)', () => {
    const bounds = referenceSetOutlierBounds([0, 0, 1e9]);
    expect(outlierBoundsClip(bounds, 1e9)).toBe(1e9);
  });

  it('uses the sample standard deviation (n - 1), a parameter for the multiple, and clips nothing when no value lies inside', () => {
    // [0, 2]: mean 1, sd = sqrt((1 + 1) / 1) = sqrt(2); with 0.5 sd the bounds are 1 ± 0.707
    const bounds = referenceSetOutlierBounds([0, 2], 0.5);
    expect(bounds.sd).toBeCloseTo(Math.SQRT2, 12);
    // nothing lies inside 0.293..1.707, so nothing is clipped
    expect(outlierBoundsClip(bounds, 2)).toBe(2);
    expect(outlierBoundsClip(bounds, 0)).toBe(0);
  });

  it('keeps every clipped value within the range of the values inside the bounds', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 2 }),
        (xs) => {
          const bounds = referenceSetOutlierBounds(xs);
          for (const x of xs) {
            const c = outlierBoundsClip(bounds, x);
            expect(c).toBeGreaterThanOrEqual(bounds.lowest);
            expect(c).toBeLessThanOrEqual(bounds.highest);
          }
        },
      ),
    );
  });
});
