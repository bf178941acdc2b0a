/** A source of uniform pseudo-random numbers in [0, 1), like `Math.random`. */
export type RandomSource = () => number;

/**
 * A uniform integer in [0, n) drawn from `random`.
 *
 * @example
 * randomIntBelow(randomMulberry32(7), 6); // one of 0..5, the same every time for seed 7
 */
export function randomIntBelow(random: RandomSource, n: number): number {
  return Math.floor(random() * n);
}
