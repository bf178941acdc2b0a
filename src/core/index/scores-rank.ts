/**
 * Ranks scores from highest (rank 1) down, ties sharing the better rank ("1, 2, 2, 4"). Null
 * scores get no rank. A score's rank is 1 + the number of scores above it, found by binary search
 * in the natively sorted scores: O(n log n) without a comparator callback.
 *
 * @example
 * scoresRank([0.5, 0.9, null, 0.5]); // [2, 1, null, 2]
 */
export function scoresRank(scores: ArrayLike<number | null>): (number | null)[] {
  let n = 0;
  for (let i = 0; i < scores.length; i++) if (scores[i] != null) n += 1;
  const sorted = new Float64Array(n);
  n = 0;
  for (let i = 0; i < scores.length; i++) {
    const score = scores[i];
    if (score != null) sorted[n++] = score;
  }
  sorted.sort(); // typed arrays sort numerically, ascending
  const ranks = new Array<number | null>(scores.length);
  for (let i = 0; i < scores.length; i++) {
    const score = scores[i];
    ranks[i] = score == null ? null : 1 + n - firstAbove(sorted, score);
  }
  return ranks;
}

/** Position of the first element greater than `value` in ascending `sorted`. */
function firstAbove(sorted: Float64Array, value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((sorted[mid] ?? 0) <= value) low = mid + 1;
    else high = mid;
  }
  return low;
}
