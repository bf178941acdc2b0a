import type { Ratio } from '../keyareas/ratio.js';

/**
 * Cosine similarity of two key-area profiles (location-quotient vectors in the same key-area
 * order). A null quotient counts as 0 (no activity to compare). Null, with the reason, when either
 * profile is all zeros: a region without activity resembles nothing.
 *
 * @example
 * // (2 x 1 + 0 x 1) / (|(2, 0)| x |(1, 1)|) = 2 / (2 x 1.414) = 0.707
 * lqVectorCosine([2, 0], [1, 1]); // { value: 0.7071…, reason: null }
 * lqVectorCosine([0, null], [1, 1]); // { value: null, reason: 'zero-profile' }
 */
export function lqVectorCosine(
  a: readonly (number | null)[],
  b: readonly (number | null)[],
): Ratio<'zero-profile'> {
  let dot = 0;
  let normA = 0;
  let normB = 0;
  const n = Math.max(a.length, b.length);
  for (let j = 0; j < n; j++) {
    const x = a[j] ?? 0;
    const y = b[j] ?? 0;
    dot += x * y;
    normA += x * x;
    normB += y * y;
  }
  if (normA === 0 || normB === 0) return { value: null, reason: 'zero-profile' };
  // Rounding may carry a profile's similarity with itself a hair past 1.
  return { value: Math.min(1, dot / (Math.sqrt(normA) * Math.sqrt(normB))), reason: null };
}
