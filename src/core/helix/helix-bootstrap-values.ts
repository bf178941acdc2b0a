import { mulberry32Step, mulberry32Value } from '../random/random-mulberry32.js';

/**
 * T in millibits of each of `resamples` bootstrap resamples of projects given by their helix
 * configuration masks (U = 1, I = 2, G = 4; none 0): each resample draws as many projects as
 * there are, with replacement, by `randomIntBelow(randomMulberry32(seed), n)` in one sequence
 * over all resamples. Each T is computed as helixSynergyT computes it, with the same floating
 * point operations in the same order, so the values are identical; the terms p log2 p of the
 * n + 1 possible counts are computed once, and the draws make no allocation. Empty without
 * projects.
 *
 * @example
 * helixBootstrapValues(Uint8Array.of(1, 2, 4, 7), 3, 1); // Float64Array of 3 values of T
 */
export function helixBootstrapValues(
  masks: Uint8Array,
  resamples: number,
  seed: number,
): Float64Array {
  const n = masks.length;
  const values = new Float64Array(n === 0 ? 0 : resamples);
  if (n === 0) return values;
  // term[w] = p log2 p for p = w / n, as entropyBits computes it; term[0] stands for a skipped 0.
  const term = new Float64Array(n + 1);
  for (let w = 1; w <= n; w++) {
    const p = w / n;
    term[w] = p * Math.log2(p);
  }
  const cells = new Int32Array(8);
  let state = seed >>> 0;
  for (let b = 0; b < resamples; b++) {
    cells.fill(0);
    for (let i = 0; i < n; i++) {
      state = mulberry32Step(state);
      cells[masks[Math.floor(mulberry32Value(state) * n)]!]! += 1;
    }
    values[b] = tableMillibits(cells, term);
  }
  return values;
}

/**
 * helixSynergyT of a table of counts, from the precomputed terms: each marginal entropy
 * subtracts its cells' terms in the order of their index, as marginalEntropyBits does.
 */
function tableMillibits(c: Int32Array, term: Float64Array): number {
  const c0 = c[0]!;
  const c1 = c[1]!;
  const c2 = c[2]!;
  const c3 = c[3]!;
  const c4 = c[4]!;
  const c5 = c[5]!;
  const c6 = c[6]!;
  const c7 = c[7]!;
  const hU = 0 - term[c0 + c2 + c4 + c6]! - term[c1 + c3 + c5 + c7]!;
  const hI = 0 - term[c0 + c1 + c4 + c5]! - term[c2 + c3 + c6 + c7]!;
  const hG = 0 - term[c0 + c1 + c2 + c3]! - term[c4 + c5 + c6 + c7]!;
  const hUI = 0 - term[c0 + c4]! - term[c1 + c5]! - term[c2 + c6]! - term[c3 + c7]!;
  const hUG = 0 - term[c0 + c2]! - term[c1 + c3]! - term[c4 + c6]! - term[c5 + c7]!;
  const hIG = 0 - term[c0 + c1]! - term[c2 + c3]! - term[c4 + c5]! - term[c6 + c7]!;
  let hUIG = 0;
  for (let mask = 0; mask < 8; mask++) hUIG -= term[c[mask]!]!;
  return (hU + hI + hG - hUI - hUG - hIG + hUIG) * 1000;
}
