/**
 * Skewness g1 = m3 / m2^1.5 with population moments (divided by n). Null when it is undefined:
 * an empty set or one without spread (m2 = 0).
 *
 * @example
 * // [0, 0, 3]: mean 1, m2 = (1 + 1 + 4) / 3 = 2, m3 = (-1 - 1 + 8) / 3 = 2, g1 = 2 / 2^1.5 ≈ 0.707
 * referenceSetSkewness([0, 0, 3]); // 0.7071…
 */
export function referenceSetSkewness(values: readonly number[]): number | null {
  const n = values.length;
  if (n === 0) return null;
  let sum = 0;
  for (let k = 0; k < n; k++) sum += values[k] ?? 0;
  const mean = sum / n;
  let m2 = 0;
  let m3 = 0;
  for (let k = 0; k < n; k++) {
    const d = (values[k] ?? 0) - mean;
    m2 += d * d;
    m3 += d * d * d;
  }
  m2 /= n;
  m3 /= n;
  // Spread below rounding noise of the mean counts as none.
  if (m2 <= Number.EPSILON * mean * mean) return null;
  return m3 / m2 ** 1.5;
}

/**
 * Step 4: whether an indicator is square-root transformed: its clipped reference set has
 * skewness above `limit` (default 1) and no negative value. Pass `skewness` when it is known.
 *
 * @example
 * referenceSetNeedsSqrt([0, 0, 0, 0, 9]); // true   (g1 = 1.5)
 * referenceSetNeedsSqrt([0, 0, 3]);       // false  (g1 ≈ 0.707)
 */
export function referenceSetNeedsSqrt(
  values: readonly number[],
  limit = 1,
  skewness: number | null = referenceSetSkewness(values),
): boolean {
  return skewness !== null && skewness > limit && values.every((v) => v >= 0);
}
