import { describe, expect, it } from 'vitest';
import { regionLinkJaccard, regionLinkStrength } from './region-link-strength.js';

describe('regionLinkStrength', () => {
  it('is the shared projects over the geometric mean of both regions’ projects', () => {
    expect(regionLinkStrength(10, 40, 250)).toEqual({ value: 0.1, reason: null });
    // two regions that share every project are linked with strength 1
    expect(regionLinkStrength(7, 7, 7).value).toBe(1);
  });

  it('does not let a big region win on size alone', () => {
    // 20 of a small region's 25 projects outweigh 100 of a big region's 10000
    const small = regionLinkStrength(20, 25, 100).value!;
    const big = regionLinkStrength(100, 10000, 100).value!;
    expect(small).toBeGreaterThan(big);
  });

  it('is null, with the reason, for a region without projects', () => {
    expect(regionLinkStrength(0, 0, 5)).toEqual({ value: null, reason: 'no-projects' });
  });
});

describe('regionLinkJaccard', () => {
  it('is the shared projects over the projects of either region', () => {
    expect(regionLinkJaccard(10, 40, 250).value).toBeCloseTo(10 / 280, 12);
    expect(regionLinkJaccard(0, 0, 0)).toEqual({ value: null, reason: 'no-projects' });
  });
});
