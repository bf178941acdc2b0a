import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { randomMulberry32 } from './random-mulberry32.js';
import { randomIntBelow } from './random-source.js';

describe('randomIntBelow', () => {
  it('returns an integer in [0, n)', () => {
    fc.assert(
      fc.property(fc.integer(), fc.integer({ min: 1, max: 1000 }), (seed, n) => {
        const random = randomMulberry32(seed);
        for (let i = 0; i < 50; i++) {
          const k = randomIntBelow(random, n);
          expect(Number.isInteger(k)).toBe(true);
          expect(k).toBeGreaterThanOrEqual(0);
          expect(k).toBeLessThan(n);
        }
      }),
    );
  });

  it('reaches every value of a small range', () => {
    const random = randomMulberry32(3);
    const seen = new Set<number>();
    for (let i = 0; i < 200; i++) seen.add(randomIntBelow(random, 6));
    expect([...seen].sort()).toEqual([0, 1, 2, 3, 4, 5]);
  });
});
