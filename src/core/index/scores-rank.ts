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

/**
 * {@link scoresRank}, with the same result for any scores, faster for whole numbers (such as
 * means rounded to 1e-12 and scaled to integers): each score and its position are packed into one
 * number, so a single native sort orders them and one pass from the top hands out the ranks,
 * without a search per score. Scores that are not whole numbers, or too large to pack exactly,
 * are ranked by {@link scoresRank}.
 *
 * @example
 * wholeScoresRank([500, 900, null, 500]); // [2, 1, null, 2]
 */
export function wholeScoresRank(scores: ArrayLike<number | null>): (number | null)[] {
  const n = scores.length;
  // Positions take the low bits: score x span + position stays exact below 2^53.
  let span = 1;
  while (span < n) span *= 2;
  const limit = Number.MAX_SAFE_INTEGER / span - 1;
  let m = 0;
  for (let i = 0; i < n; i++) {
    const score = scores[i];
    if (score == null) continue;
    if (!Number.isInteger(score) || Math.abs(score) > limit) return scoresRank(scores);
    m += 1;
  }
  const keys = new Float64Array(m);
  const ranks = new Array<number | null>(n);
  m = 0;
  for (let i = 0; i < n; i++) {
    const score = scores[i];
    ranks[i] = null;
    if (score != null) keys[m++] = score * span + i;
  }
  keys.sort();
  let rank = 0;
  let previous = Number.NaN;
  for (let t = m - 1; t >= 0; t--) {
    const key = keys[t] as number;
    const score = Math.floor(key / span);
    // The first of equal scores from the top has 1 + (those above it) as its rank; the rest share it.
    if (score !== previous) {
      rank = m - t;
      previous = score;
    }
    ranks[key - score * span] = rank;
  }
  return ranks;
}
