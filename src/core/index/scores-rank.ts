/**
 * Ranks scores from highest (rank 1) down, ties sharing the better rank ("1, 2, 2, 4"). Null
 * scores get no rank. Sorting keeps it O(n log n).
 *
 * @example
 * scoresRank([0.5, 0.9, null, 0.5]); // [2, 1, null, 2]
 */
export function scoresRank(scores: ArrayLike<number | null>): (number | null)[] {
  const order: number[] = [];
  for (let i = 0; i < scores.length; i++) if (scores[i] != null) order.push(i);
  const at = (i: number | undefined): number => (i === undefined ? 0 : (scores[i] ?? 0));
  order.sort((a, b) => at(b) - at(a));
  const ranks = new Array<number | null>(scores.length).fill(null);
  let rank = 0;
  order.forEach((i, position) => {
    if (position === 0 || at(order[position - 1]) !== at(i)) rank = position + 1;
    ranks[i] = rank;
  });
  return ranks;
}
