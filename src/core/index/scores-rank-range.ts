import { scoresRank } from './scores-rank.js';
import { scoresWeightedMean } from './scores-weighted-mean.js';

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
 * rank over these variants and the full index. Rows without an index get null. O(I x n log n).
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
  const means = new Array<number | null>(rows.length);
  const meansOf = (w: readonly number[]): (number | null)[] => {
    rows.forEach((row, i) => (means[i] = scoresWeightedMean(row, w)));
    return means;
  };
  const full = scoresRank(meansOf(weights));
  const best = full.slice();
  const worst = full.slice();
  const without = weights.slice();
  weights.forEach((weight, left) => {
    if (!(weight > 0)) return; // leaving out an indicator of weight 0 changes nothing
    without[left] = 0;
    scoresRank(meansOf(without)).forEach((rank, i) => {
      const b = best[i];
      const w = worst[i];
      if (rank === null || b == null || w == null) return;
      if (rank < b) best[i] = rank;
      if (rank > w) worst[i] = rank;
    });
    without[left] = weight;
  });
  return full.map((rank, i) => {
    const b = best[i];
    const w = worst[i];
    return rank === null || b == null || w == null ? null : { rank, rankRange: [b, w] as const };
  });
}
