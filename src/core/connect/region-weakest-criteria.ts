/** What a region is scored on: an indicator (e.g. a normalised index score) or a key area (e.g. LQ). */
export interface Criterion {
  readonly kind: 'indicator' | 'key-area';
  readonly id: string;
}

/** A region's score on a criterion; higher is better. Scores of one kind share one scale. */
export interface CriterionScore<R extends string = string> extends Criterion {
  readonly region: R;
  readonly score: number;
}

/**
 * A region's `count` lowest-scoring criteria, lowest first (ties by kind and id); a given list is
 * returned as it is.
 *
 * @example
 * regionWeakestCriteria('NL213', scores, 2);
 * // [{ kind: 'indicator', id: 'rd_personnel' }, { kind: 'key-area', id: 'water' }]
 */
export function regionWeakestCriteria<R extends string>(
  region: R,
  scores: readonly CriterionScore<R>[],
  count: number | readonly Criterion[],
): readonly Criterion[] {
  if (typeof count !== 'number') return count;
  return scores
    .filter((s) => s.region === region)
    .sort(
      (a, b) =>
        a.score - b.score ||
        (a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : 0) ||
        (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
    )
    .slice(0, count)
    .map(({ kind, id }) => ({ kind, id }));
}
