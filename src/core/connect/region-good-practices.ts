import {
  regionWeakestCriteria,
  type Criterion,
  type CriterionScore,
} from './region-weakest-criteria.js';

/** A good practice, from its region; what it addresses, when known. */
export interface GoodPracticeRef<R extends string = string> {
  readonly id: string;
  readonly region: R;
  /** Key areas it addresses; empty or missing = it may serve any key area. */
  readonly keyAreas?: readonly string[];
  /** Indicators it addresses; empty or missing = it may serve any indicator. */
  readonly indicators?: readonly string[];
}

/** Why a practice is recommended: a criterion where its region does better than this one. */
export interface PracticeReason extends Criterion {
  readonly regionScore: number;
  readonly practiceRegionScore: number;
  /** practiceRegionScore - regionScore, > 0. */
  readonly gap: number;
}

export interface PracticeRecommendation<R extends string = string> {
  readonly practice: GoodPracticeRef<R>;
  /** The largest gap among the reasons: how much better its region does where this one is weak. */
  readonly score: number;
  /** Largest gap first. */
  readonly reasons: readonly PracticeReason[];
}

export interface GoodPracticeOptions {
  /** How many of the region's lowest-scoring criteria to look at (default 3), or the list itself. */
  readonly weakest?: number | readonly Criterion[];
  /** At most this many recommendations; default all. */
  readonly limit?: number;
}

/**
 * Good practices for a region: practices from other regions that do better on the criteria
 * (indicators or key areas) where this region does worst. Takes the region's `weakest` criteria
 * (its lowest scores, ties by id), keeps for each practice the criteria its region beats this one
 * on (and that the practice addresses, when it says what it addresses), and ranks practices by the
 * largest gap, then by the number of reasons, then by id.
 *
 * @example
 * regionGoodPracticeRecommendations('NL213', scores, practices, { weakest: 2 });
 * // [{ practice: { id: 'brainport-talent', region: 'NL414' }, score: 0.45,
 * //    reasons: [{ kind: 'indicator', id: 'rd_personnel', regionScore: 0.2,
 * //                practiceRegionScore: 0.65, gap: 0.45 }] }, …]
 */
export function regionGoodPracticeRecommendations<R extends string>(
  region: R,
  scores: readonly CriterionScore<R>[],
  practices: readonly GoodPracticeRef<R>[],
  options: GoodPracticeOptions = {},
): PracticeRecommendation<R>[] {
  const key = (c: Criterion) => `${c.kind}\u0000${c.id}`;
  const byRegion = new Map<R, Map<string, number>>();
  for (const s of scores) {
    const map = byRegion.get(s.region) ?? new Map<string, number>();
    map.set(key(s), s.score);
    byRegion.set(s.region, map);
  }
  const own = byRegion.get(region) ?? new Map<string, number>();
  const weakest = regionWeakestCriteria(region, scores, options.weakest ?? 3);

  const recommendations = practices.flatMap((practice): PracticeRecommendation<R>[] => {
    if (practice.region === region) return [];
    const theirs = byRegion.get(practice.region);
    const reasons = weakest.flatMap((criterion): PracticeReason[] => {
      const regionScore = own.get(key(criterion));
      const practiceRegionScore = theirs?.get(key(criterion));
      if (regionScore === undefined || practiceRegionScore === undefined) return [];
      if (!(practiceRegionScore > regionScore) || !practiceAddresses(practice, criterion))
        return [];
      const gap = practiceRegionScore - regionScore;
      return [{ ...criterion, regionScore, practiceRegionScore, gap }];
    });
    if (reasons.length === 0) return [];
    reasons.sort((a, b) => b.gap - a.gap);
    return [{ practice, score: reasons[0]?.gap ?? 0, reasons }];
  });
  recommendations.sort(
    (a, b) =>
      b.score - a.score ||
      b.reasons.length - a.reasons.length ||
      (a.practice.id < b.practice.id ? -1 : a.practice.id > b.practice.id ? 1 : 0),
  );
  return options.limit === undefined ? recommendations : recommendations.slice(0, options.limit);
}

function practiceAddresses<R extends string>(practice: GoodPracticeRef<R>, c: Criterion): boolean {
  const list = c.kind === 'key-area' ? practice.keyAreas : practice.indicators;
  return list === undefined || list.length === 0 || list.includes(c.id);
}
