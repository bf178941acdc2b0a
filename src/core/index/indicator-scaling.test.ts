import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { indicatorScaling, indicatorScalingScore } from './indicator-scaling.js';

describe('indicatorScaling', () => {
  it('clips first, then decides the square root on the clipped set', () => {
    // 1..11 and 100: 100 lies above 95.79 (see referenceSetOutlierBounds) and becomes 11.
    // The clipped set 1..11, 11 has g1 ≈ -0.09, so no square root (unclipped, g1 would be 2.94); range 1..11.
    const s = indicatorScaling('rd', [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 100]);
    expect(s.clippedHigh).toBe(1);
    expect(s.sqrt).toBe(false);
    expect(s.skewness).toBeLessThan(1);
    expect(s.range).toEqual({ min: 1, max: 11 });
    // the outlier scores as the highest value inside: (11 - 1) / 10 = 1; 6 -> 0.5
    expect(indicatorScalingScore(s, 100)).toBe(1);
    expect(indicatorScalingScore(s, 6)).toBe(0.5);
  });

  it('square-roots a skewed indicator and scales over the transformed range', () => {
    // [0, 0, 0, 0, 9]: g1 = 1.5 > 1 -> sqrt -> [0, 0, 0, 0, 3]; range 0..3
    const s = indicatorScaling('patents', [0, 0, 0, 0, 9]);
    expect(s.sqrt).toBe(true);
    expect(s.range).toEqual({ min: 0, max: 3 });
    // sqrt 4 = 2 -> 2 / 3
    expect(indicatorScalingScore(s, 4)).toBeCloseTo(2 / 3, 12);
    // a reference area beyond the regions: sqrt 16 = 4 -> 4 / 3, kept at 1
    expect(indicatorScalingScore(s, 16)).toBe(1);
    // a negative reference value under the transform counts as 0
    expect(indicatorScalingScore(s, -4)).toBe(0);
  });

  it('takes the outlier multiple and the skewness limit as parameters', () => {
    // [0, 0, 0, 0, 9] with 1 sd: mean 1.8, sd = sqrt(64.8 / 4) = 4.025, upper 5.825:
    // 9 is clipped to 0, leaving no spread, so the indicator gives no scores
    const clipped = indicatorScaling('rd', [0, 0, 0, 0, 9], { outlierSd: 1 });
    expect(clipped.clippedHigh).toBe(1);
    expect(clipped.degenerate).toBe(true);
    expect(indicatorScalingScore(clipped, 1)).toBeNull();
    // [0, 0, 3] has g1 = 0.707: transformed only when the limit is below that
    expect(indicatorScaling('rd', [0, 0, 3]).sqrt).toBe(false);
    expect(indicatorScaling('rd', [0, 0, 3], { skewnessLimit: 0.5 }).sqrt).toBe(true);
  });

  it('scores every member of the reference set within [0, 1]', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 1 }),
        (xs) => {
          const s = indicatorScaling('x', xs);
          for (const x of xs) {
            const score = indicatorScalingScore(s, x);
            if (score === null) expect(s.degenerate).toBe(true);
            else {
              expect(score).toBeGreaterThanOrEqual(0);
              expect(score).toBeLessThanOrEqual(1);
            }
          }
        },
      ),
    );
  });
});
