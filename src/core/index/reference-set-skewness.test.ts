import { describe, expect, it } from 'vitest';
import { referenceSetNeedsSqrt, referenceSetSkewness } from './reference-set-skewness.js';

describe('referenceSetSkewness', () => {
  it('uses population moments: g1 = m3 / m2^1.5', () => {
    // [0, 0, 3]: mean 1; m2 = (1 + 1 + 4) / 3 = 2; m3 = (-1 - 1 + 8) / 3 = 2; g1 = 2 / 2^1.5
    expect(referenceSetSkewness([0, 0, 3])).toBeCloseTo(1 / Math.SQRT2, 12);
    // five 1s and one 16: mean 3.5; m2 = (5 x 6.25 + 156.25) / 6 = 31.25
    // m3 = (5 x -15.625 + 1953.125) / 6 = 312.5; g1 = 312.5 / 31.25^1.5 = 1.7889 (= 4 / sqrt 5)
    expect(referenceSetSkewness([1, 1, 1, 1, 1, 16])).toBeCloseTo(4 / Math.sqrt(5), 12);
  });

  it('is 0 for a symmetric set and negative for a left tail', () => {
    expect(referenceSetSkewness([1, 2, 3])).toBe(0);
    expect(referenceSetSkewness([0, 3, 3])).toBeCloseTo(-1 / Math.SQRT2, 12);
  });

  it('is null without spread', () => {
    expect(referenceSetSkewness([])).toBeNull();
    expect(referenceSetSkewness([0.1, 0.1, 0.1])).toBeNull();
  });
});

describe('referenceSetNeedsSqrt', () => {
  it('transforms a set with skewness above 1 and no negative value', () => {
    // [0, 0, 0, 0, 9]: m2 = 12.96, m3 = 69.984, g1 = 69.984 / 46.656 = 1.5
    expect(referenceSetNeedsSqrt([0, 0, 0, 0, 9])).toBe(true);
  });

  it('leaves a set alone at skewness 1 or below, or with a negative value', () => {
    expect(referenceSetNeedsSqrt([0, 0, 3])).toBe(false);
    expect(referenceSetNeedsSqrt([-1, -1, -1, -1, 8])).toBe(false);
  });

  it('takes the skewness limit as a parameter', () => {
    expect(referenceSetNeedsSqrt([0, 0, 3], 0.5)).toBe(true);
  });
});
