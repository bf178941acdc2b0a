import { describe, expect, it } from 'vitest';
import { ratioOf } from './ratio.js';

describe('ratioOf', () => {
  it('divides when the denominator is not zero', () => {
    expect(ratioOf(3, 4, 'zero')).toEqual({ value: 0.75, reason: null });
  });

  it('gives null with the reason instead of Infinity or NaN when the denominator is zero', () => {
    expect(ratioOf(3, 0, 'zero')).toEqual({ value: null, reason: 'zero' });
    expect(ratioOf(0, 0, 'zero')).toEqual({ value: null, reason: 'zero' });
  });
});
