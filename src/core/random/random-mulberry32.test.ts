import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { randomMulberry32 } from './random-mulberry32.js';

describe('randomMulberry32', () => {
  it('gives the published mulberry32 sequence for seed 42', () => {
    const random = randomMulberry32(42);
    expect([random(), random(), random()]).toEqual([
      0.6011037519201636, 0.44829055899754167, 0.8524657934904099,
    ]);
  });

  it('gives the same sequence for the same seed', () => {
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        const a = randomMulberry32(seed);
        const b = randomMulberry32(seed);
        for (let i = 0; i < 20; i++) expect(a()).toBe(b());
      }),
    );
  });

  it('returns numbers in [0, 1)', () => {
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        const random = randomMulberry32(seed);
        for (let i = 0; i < 100; i++) {
          const x = random();
          expect(x).toBeGreaterThanOrEqual(0);
          expect(x).toBeLessThan(1);
        }
      }),
    );
  });

  it('gives different sequences for different seeds', () => {
    expect(randomMulberry32(1)()).not.toBe(randomMulberry32(2)());
  });

  it('is roughly uniform: the mean of 100,000 draws is within 0.005 of 1/2', () => {
    // The mean of n uniform draws has sd sqrt(1/12/n) = 0.0009 for n = 100,000; 0.005 is > 5 sd.
    const random = randomMulberry32(2024);
    let sum = 0;
    for (let i = 0; i < 100_000; i++) sum += random();
    expect(Math.abs(sum / 100_000 - 0.5)).toBeLessThan(0.005);
  });
});
