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
  let sum = 0;
  let weightSum = 0;
  scores.forEach((score, i) => {
    const weight = weights[i] ?? 0;
    if (score === null || !(weight > 0)) return;
    sum += weight * score;
    weightSum += weight;
  });
  return weightSum > 0 ? sum / weightSum : null;
}
