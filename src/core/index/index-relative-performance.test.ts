import { describe, expect, it } from 'vitest';
import { indexRelativePerformance } from './index-relative-performance.js';

describe('indexRelativePerformance', () => {
  it('is 100 x index / reference index', () => {
    // 100 x 0.45 / 0.4 = 112.5
    expect(indexRelativePerformance(0.45, 0.4)).toBeCloseTo(112.5, 12);
  });

  it('is null when the reference area has no index or an index of 0', () => {
    expect(indexRelativePerformance(0.45, null)).toBeNull();
    expect(indexRelativePerformance(0.45, 0)).toBeNull();
    // 100 x 1 / 1e-307 overflows to Infinity: no figure is better than a false one
    expect(indexRelativePerformance(1, 1e-307)).toBeNull();
  });
});
