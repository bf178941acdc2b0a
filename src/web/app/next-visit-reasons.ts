/** What a part of a region's next-visit score needs for the explanation. */
export interface ScorePart<P extends string = string> {
  readonly part: P;
  readonly value: number;
  readonly weight: number;
  readonly contribution: number;
}

/** What the explanation of the proposal says: the top region, the runner-up and the lead. */
export interface NextVisitReasons<R, P> {
  readonly top: R;
  readonly runnerUp: R | undefined;
  /** Score of the top region minus that of the runner-up (0 for a tie). */
  readonly lead: number;
  /** The top region's parts that add to its score, largest contribution first. */
  readonly drivers: readonly P[];
}

/**
 * Why the first region of a ranking is proposed: which parts of its score carry it, largest
 * first, and by how much it leads the next. Undefined for an empty ranking.
 *
 * @example nextVisitReasons([{ score: 0.6, parts: [recency 0.3, coverage 0.15, ...] }, { score: 0.5, ... }])
 * // { top, runnerUp, lead: 0.1, drivers: [recency, coverage] }
 */
export function nextVisitReasons<
  R extends { readonly score: number; readonly parts: readonly ScorePart[] },
>(ranking: readonly R[]): NextVisitReasons<R, R['parts'][number]> | undefined {
  const [top, runnerUp] = ranking;
  if (!top) return undefined;
  const drivers = top.parts
    .filter((p) => p.contribution > 0)
    .sort((a, b) => b.contribution - a.contribution);
  return { top, runnerUp, lead: runnerUp ? top.score - runnerUp.score : top.score, drivers };
}
