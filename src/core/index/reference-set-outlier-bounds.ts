/** Step 3's bounds for one indicator's reference set. */
export interface OutlierBounds {
  readonly n: number;
  readonly mean: number;
  /** Sample standard deviation (n - 1); 0 for fewer than two values. */
  readonly sd: number;
  /** mean - k sd and mean + k sd. */
  readonly lower: number;
  readonly upper: number;
  /** Lowest and highest value of the set inside [lower, upper]: what outliers are set to. */
  readonly lowest: number;
  readonly highest: number;
}

/**
 * Step 3: mean and sample standard deviation (n - 1) of the reference set, the bounds
 * mean ± `sdMultiple` x sd (default 3), and the lowest and highest values inside them. When no
 * value lies inside (rounding in a set without spread, or a multiple below 1) the bounds become the
 * set's minimum and maximum, so nothing is clipped. An empty set gives NaN throughout.
 *
 * @example
 * // eleven 0s and one 12: mean 1, sd = sqrt((11 x 1 + 121) / 11) = sqrt(12) ≈ 3.464
 * // upper = 1 + 3 x 3.464 = 11.39, so 12 is an outlier and the highest value inside is 0
 * referenceSetOutlierBounds([0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 12]);
 * // { n: 12, mean: 1, sd: 3.464…, lower: -9.39…, upper: 11.39…, lowest: 0, highest: 0 }
 */
export function referenceSetOutlierBounds(
  values: readonly number[],
  sdMultiple = 3,
): OutlierBounds {
  const n = values.length;
  let sum = 0;
  for (let k = 0; k < n; k++) sum += values[k] ?? 0;
  const mean = sum / n;
  let squares = 0;
  for (let k = 0; k < n; k++) squares += ((values[k] ?? 0) - mean) ** 2;
  const sd = n > 1 ? Math.sqrt(squares / (n - 1)) : 0;
  let lower = mean - sdMultiple * sd;
  let upper = mean + sdMultiple * sd;
  let lowest = Number.NaN;
  let highest = Number.NaN;
  for (let k = 0; k < n; k++) {
    const v = values[k] ?? 0;
    if (v < lower || v > upper) continue;
    if (!(v >= lowest)) lowest = v;
    if (!(v <= highest)) highest = v;
  }
  if (Number.isNaN(lowest) && n > 0) {
    lower = lowest = Math.min(...values);
    upper = highest = Math.max(...values);
  }
  return { n, mean, sd, lower, upper, lowest, highest };
}

/**
 * A value with step 3 applied: above the upper bound it becomes the highest value inside the
 * bounds, below the lower bound the lowest.
 *
 * @example
 * outlierBoundsClip(bounds, 12); // 0   (with the bounds of the example above)
 * outlierBoundsClip(bounds, 5);  // 5
 */
export function outlierBoundsClip(bounds: OutlierBounds, value: number): number {
  if (value > bounds.upper) return bounds.highest;
  if (value < bounds.lower) return bounds.lowest;
  return value;
}
