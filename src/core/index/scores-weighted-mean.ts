/**
 * Step 7: the weighted mean of the normalised scores that exist (null scores and weights of 0 are
 * left out, the other weights renormalised). Null when no score with a positive weight exists.
 *
 * @example
 * scoresWeightedMean([0.2, 0.4, null], [1, 1, 1]); // 0.3
 * scoresWeightedMean([0.2, 0.4], [3, 1]);          // 0.25   ((3 x 0.2 + 1 x 0.4) / 4)
 */
export function scoresWeightedMean(
  scores: readonly (number | null)[],
  weights: readonly number[],
): number | null {
  // A plain loop: this runs for every region, year and sensitivity variant, and sums captured by a
  // callback would be boxed on every step.
  let sum = 0;
  let weightSum = 0;
  for (let i = 0; i < scores.length; i++) {
    const score = scores[i];
    const weight = weights[i] ?? 0;
    if (score === null || score === undefined || !(weight > 0)) continue;
    sum += weight * score;
    weightSum += weight;
  }
  return weightSum > 0 ? sum / weightSum : null;
}
