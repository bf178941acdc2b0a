import type { RandomSource } from './random-source.js';

/** The state after `state` in mulberry32's sequence (32 bits, unsigned). */
export function mulberry32Step(state: number): number {
  return (state + 0x6d2b79f5) >>> 0;
}

/** The number in [0, 1) mulberry32 gives for `state` (a state after at least one step). */
export function mulberry32Value(state: number): number {
  let t = state;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}

/**
 * A seeded pseudo-random source (mulberry32, 32 bits of state): numbers in [0, 1), the same
 * sequence for the same seed. The seed is taken modulo 2^32 (`seed >>> 0`), so 1 and 2^32 + 1
 * give the same sequence. Good enough for bootstraps and Louvain's random walk; not for secrets.
 *
 * @example
 * const random = randomMulberry32(42);
 * random(); // 0.6011037519201636, for seed 42 on every machine
 */
export function randomMulberry32(seed: number): RandomSource {
  let state = seed >>> 0;
  return () => mulberry32Value((state = mulberry32Step(state)));
}
