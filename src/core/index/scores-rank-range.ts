import { wholeScoresRank } from './scores-rank.js';

/** A region's rank on the full index and the best and worst rank it takes as indicators drop out. */
export interface RankRange {
  readonly rank: number;
  /** [best, worst], the full index's rank included. */
  readonly rankRange: readonly [best: number, worst: number];
}

/**
 * The index's sensitivity for the regions of one year: each row holds a region's normalised
 * scores (indicators in the same order as `weights`). The index is recomputed with each indicator
 * left out in turn and the regions ranked again; a region's range runs from its best to its worst
 * rank over these variants and the full index. Rows without an index get null.
 *
 * Each variant's mean comes from the row's weighted sum less the left-out term, so the work is
 * O(n x I) for the sums plus O(I x n log n) for the rankings. Means are ranked at 1e-12, so two
 * regions whose means differ only by rounding (0.1 + 0.2 + 0.3 against 0.3 + 0.2 + 0.1) tie.
 *
 * @example
 * // A = [1, 0], B = [0.6, 0.6], C = [0, 1]: full means 0.5, 0.6, 0.5 -> ranks 2, 1, 2
 * // without the 1st: 0, 0.6, 1 -> 3, 2, 1;  without the 2nd: 1, 0.6, 0 -> 1, 2, 3
 * scoresRankRange([[1, 0], [0.6, 0.6], [0, 1]], [1, 1]);
 * // [{ rank: 2, rankRange: [1, 3] }, { rank: 1, rankRange: [1, 2] }, { rank: 2, rankRange: [1, 3] }]
 */
export function scoresRankRange(
  rows: readonly (readonly (number | null)[])[],
  weights: readonly number[],
): (RankRange | null)[] {
  const n = rows.length;
  // Weights relative to the largest, so the rounding of the means to 1e-12 holds at any scale.
  const largest = weights.reduce((m, w) => (w > m ? w : m), 0);
  const scaled = weights.map((w) => (largest > 0 ? w / largest : 0));
  // Per row: the weighted sum, the weight sum and how many scores count.
  const counts = new Int32Array(n);
  const sums = new Float64Array(n);
  const weightSums = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const row = rows[i] ?? [];
    for (let j = 0; j < scaled.length; j++) {
      const score = row[j];
      const weight = scaled[j] ?? 0;
      if (score == null || !(weight > 0)) continue;
      sums[i] = (sums[i] ?? 0) + weight * score;
      weightSums[i] = (weightSums[i] ?? 0) + weight;
      counts[i] = (counts[i] ?? 0) + 1;
    }
  }
  const means = new Array<number | null>(n);
  // Ranks with indicator `leftOut` left out; -1 leaves nothing out.
  const rankWithout = (leftOut: number): (number | null)[] => {
    const weight = leftOut < 0 ? 0 : (scaled[leftOut] ?? 0);
    for (let i = 0; i < n; i++) {
      const score = leftOut < 0 ? null : rows[i]?.[leftOut];
      const counted = score != null && weight > 0;
      const sum = (sums[i] ?? 0) - (counted ? weight * score : 0);
      const weightSum = (weightSums[i] ?? 0) - (counted ? weight : 0);
      const remaining = (counts[i] ?? 0) - (counted ? 1 : 0);
      means[i] = remaining > 0 && weightSum > 0 ? Math.round((sum / weightSum) * 1e12) : null;
    }
    return wholeScoresRank(means);
  };
  const full = rankWithout(-1);
  const best = full.slice();
  const worst = full.slice();
  for (let left = 0; left < scaled.length; left++) {
    if (!((scaled[left] ?? 0) > 0)) continue; // leaving out an indicator of weight 0 changes nothing
    const ranks = rankWithout(left);
    for (let i = 0; i < n; i++) {
      const rank = ranks[i];
      const b = best[i];
      const w = worst[i];
      if (rank == null || b == null || w == null) continue;
      if (rank < b) best[i] = rank;
      if (rank > w) worst[i] = rank;
    }
  }
  return full.map((rank, i) => {
    const b = best[i];
    const w = worst[i];
    return rank === null || b == null || w == null ? null : { rank, rankRange: [b, w] as const };
  });
}
