import { describe, expect, it } from 'vitest';
import { referenceSetRange, valueRangeScale } from './reference-set-range.js';

describe('referenceSetRange and valueRangeScale', () => {
  it('scale a value between the smallest and largest of the reference set', () => {
    const range = referenceSetRange([2, 0, 4]);
    expect(range).toEqual({ min: 0, max: 4 });
    // (3 - 0) / (4 - 0) = 0.75
    expect(valueRangeScale(range, 3)).toBe(0.75);
  });

  it('keep a value outside the range within [0, 1]', () => {
    expect(valueRangeScale({ min: 0, max: 4 }, 5)).toBe(1);
    expect(valueRangeScale({ min: 0, max: 4 }, -1)).toBe(0);
  });

  it('give null for a range without width', () => {
    expect(valueRangeScale({ min: 2, max: 2 }, 2)).toBeNull();
    expect(valueRangeScale(referenceSetRange([]), 2)).toBeNull();
  });
});
