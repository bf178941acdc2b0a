/** What a part of a region's next-visit score needs for the explanation. */
export interface ScorePart<P extends string = string> {
  readonly part: P;
  /** Null when the part is not measured for the region. */
  readonly value: number | null;
  readonly weight: number;
  /** Null when the part is not measured: it adds nothing and is left out of the score. */
  readonly contribution: number | null;
}

/** What the explanation of the proposal says: the top region, the runner-up and the lead. */
export interface NextVisitReasons<R, P> {
  readonly top: R & { readonly score: number };
  readonly runnerUp: (R & { readonly score: number }) | undefined;
  /** Score of the top region minus that of the runner-up (0 for a tie). */
  readonly lead: number;
  /** The top region's parts that add to its score, largest contribution first. */
  readonly drivers: readonly P[];
}

/**
 * Why the first region of a ranking is proposed: which parts of its score carry it, largest
 * first, and by how much it leads the next. Only regions with a score take part: one without
 * (none of its weighed parts measured) is never proposed. Undefined when no region has a score.
 *
 * @example nextVisitReasons([{ score: 0.6, parts: [recency 0.3, coverage 0.15, ...] }, { score: 0.5, ... }])
 * // { top, runnerUp, lead: 0.1, drivers: [recency, coverage] }
 */
export function nextVisitReasons<
  R extends { readonly score: number | null; readonly parts: readonly ScorePart[] },
>(ranking: readonly R[]): NextVisitReasons<R, R['parts'][number]> | undefined {
  const [top, runnerUp] = ranking.filter(
    (r): r is R & { readonly score: number } => r.score !== null,
  );
  if (!top) return undefined;
  const drivers = top.parts
    .filter((p) => p.contribution !== null && p.contribution > 0)
    .sort((a, b) => b.contribution! - a.contribution!);
  return { top, runnerUp, lead: runnerUp ? top.score - runnerUp.score : top.score, drivers };
}
