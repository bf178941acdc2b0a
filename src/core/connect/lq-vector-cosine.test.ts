import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lqVectorCosine } from './lq-vector-cosine.js';

describe('lqVectorCosine', () => {
  it('is the cosine of the angle between two profiles', () => {
    // (2 x 1 + 0 x 1) / (2 x sqrt 2) = 1 / sqrt 2
    expect(lqVectorCosine([2, 0], [1, 1]).value).toBeCloseTo(Math.SQRT1_2, 12);
    // orthogonal profiles share nothing
    expect(lqVectorCosine([1, 0], [0, 3]).value).toBe(0);
  });

  it('counts a missing quotient as 0', () => {
    expect(lqVectorCosine([2, null], [1, 0]).value).toBe(1);
  });

  it('is null for a region without activity', () => {
    expect(lqVectorCosine([0, null], [1, 1])).toEqual({ value: null, reason: 'zero-profile' });
  });

  it('is 1 for a profile and any positive multiple of it, and symmetric', () => {
    // quotients as data give them: 0, or between 1e-6 and 100 (squares of 1e-170 would underflow)
    const lq = fc.oneof(fc.constant(0), fc.double({ min: 1e-6, max: 100, noNaN: true }));
    fc.assert(
      fc.property(
        fc.array(lq, { minLength: 1, maxLength: 9 }),
        fc.array(lq, { minLength: 1, maxLength: 9 }),
        fc.double({ min: 0.01, max: 100, noNaN: true }),
        (a, b, k) => {
          const self = lqVectorCosine(
            a,
            a.map((x) => k * x),
          ).value;
          if (self !== null) expect(self).toBeCloseTo(1, 9);
          expect(lqVectorCosine(a, b).value).toBe(lqVectorCosine(b, a).value);
        },
      ),
    );
  });
});
