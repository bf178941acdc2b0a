import type { HelixTable } from './helix-table.js';
import { millibitsFromBits, type Millibits } from './millibits.js';

/** Shannon entropy in bits of a distribution given as non-negative weights summing to `total`. */
function entropyBits(weights: readonly number[], total: number): number {
  let bits = 0;
  for (const weight of weights) {
    if (weight > 0) {
      const p = weight / total;
      bits -= p * Math.log2(p);
    }
  }
  return bits;
}

/** Entropy of the table's marginal over the dimensions in `dimensions` (a mask: U 1, I 2, G 4). */
function marginalEntropyBits(table: HelixTable, dimensions: number, total: number): number {
  const marginal = [0, 0, 0, 0, 0, 0, 0, 0];
  for (let mask = 0; mask < 8; mask++) {
    marginal[mask & dimensions]! += table[mask]!;
  }
  return entropyBits(marginal, total);
}

/**
 * Leydesdorff's triple-helix synergy T of a U x I x G table, in millibits:
 * T = H(U) + H(I) + H(G) - H(U,I) - H(U,G) - H(I,G) + H(U,I,G), each H the Shannon entropy in bits
 * of the (joint) presence distribution. Negative T means synergy: the three dimensions together
 * reduce uncertainty beyond their pairwise relations. Null for an empty table.
 * Throws a RangeError on a negative or non-finite cell.
 *
 * @example
 * // 8 projects: 2 U only, 2 I only, 2 G only, 2 UIG (masks 1, 2, 4, 7).
 * // H(U) = H(I) = H(G) = 1 bit; each pair is uniform over 4 cells: 2 bits; H(U,I,G) = 2 bits.
 * // T = 3 - 6 + 2 = -1 bit.
 * helixSynergyT([0, 2, 2, 0, 2, 0, 0, 2]); // -1000
 */
export function helixSynergyT(table: HelixTable): Millibits | null {
  let total = 0;
  for (const cell of table) {
    if (!Number.isFinite(cell) || cell < 0) {
      throw new RangeError(`helix table cells must be finite and non-negative, got ${cell}`);
    }
    total += cell;
  }
  if (total === 0) return null;
  const h = (dimensions: number) => marginalEntropyBits(table, dimensions, total);
  const bits = h(1) + h(2) + h(4) - h(3) - h(5) - h(6) + h(7);
  return millibitsFromBits(bits);
}
