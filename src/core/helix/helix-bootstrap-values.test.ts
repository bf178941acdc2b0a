import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { randomMulberry32 } from '../random/random-mulberry32.js';
import { randomIntBelow } from '../random/random-source.js';
import { helixBootstrapValues } from './helix-bootstrap-values.js';
import { helixSynergyT } from './helix-synergy-t.js';
import type { HelixTable } from './helix-table.js';

/** The bootstrap written plainly: one draw at a time, each resample's T by helixSynergyT. */
function plainBootstrap(masks: readonly number[], resamples: number, seed: number): number[] {
  const random = randomMulberry32(seed);
  const values: number[] = [];
  for (let b = 0; b < resamples; b++) {
    const cells = [0, 0, 0, 0, 0, 0, 0, 0];
    for (let i = 0; i < masks.length; i++)
      cells[masks[randomIntBelow(random, masks.length)]!]! += 1;
    values.push(helixSynergyT(cells as unknown as HelixTable)!);
  }
  return values;
}

describe('helixBootstrapValues', () => {
  it('gives exactly the values of the plain bootstrap: same draws, same floating point', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 7 }), { minLength: 1, maxLength: 300 }),
        fc.integer({ min: 1, max: 40 }),
        fc.integer(),
        (masks, resamples, seed) => {
          const fast = helixBootstrapValues(Uint8Array.from(masks), resamples, seed);
          const plain = plainBootstrap(masks, resamples, seed);
          expect(fast).toHaveLength(resamples);
          fast.forEach((value, b) => expect(Object.is(value, plain[b])).toBe(true));
        },
      ),
    );
  });

  it('gives 0 for every resample when all projects share one configuration', () => {
    expect([...helixBootstrapValues(Uint8Array.of(7, 7, 7), 4, 1)]).toEqual([0, 0, 0, 0]);
  });

  it('gives no values without projects', () => {
    expect(helixBootstrapValues(new Uint8Array(0), 10, 1)).toHaveLength(0);
  });
});
