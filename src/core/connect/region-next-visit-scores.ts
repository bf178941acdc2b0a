import { isoDateMonthsBetween } from './iso-date-months-between.js';

/** A region that could be visited next, with what the score needs to know about it. */
export interface VisitCandidate<R extends string = string, K extends string = string> {
  readonly region: R;
  /** ISO date of the last visit; null when never visited. */
  readonly lastVisit: string | null;
  /** Key areas the region is strong in (e.g. LQ >= 1, or its spearheads' key areas). */
  readonly keyAreas: readonly K[];
  /** Normalised scores in [0, 1] per indicator (e.g. the index's), for the learning potential. */
  readonly scores?: Readonly<Record<string, number>>;
  /**
   * Missing links: the similar or complementary regions it is weakly linked with, out of `of`
   * regions compared, and the connect value in [0, 1] (e.g. the sum of their missing-link scores
   * over `of`). Absent, or `of` 0: no region was compared with it, and the part is not measured.
   */
  readonly connect?: {
    readonly value: number;
    readonly missingLinks: readonly R[];
    readonly of: number;
  };
}

/** The parts of the score: four always, and connect (missing links) when it is weighed. */
export type NextVisitPart = 'recency' | 'coverage' | 'strength' | 'gaps' | 'connect';

/**
 * Why a part of the score is not measured: every key area is already covered by a visited region
 * (coverage, a share of nothing), the region has no index score (strength and gaps), or no region
 * was compared with it (connect).
 */
export const NEXT_VISIT_PART_UNDEFINED_REASONS = [
  'no_uncovered_key_areas',
  'no_index_scores',
  'no_regions_compared',
] as const;
export type NextVisitPartUndefinedReason = (typeof NEXT_VISIT_PART_UNDEFINED_REASONS)[number];

/** Why a region has no score: none of the parts weighed above 0 is measured for it. */
export type NextVisitScoreUndefinedReason = 'no_weighted_part_measured';

/**
 * Weights of the parts; any non-negative numbers, the score divides by their sum. `connect` is
 * optional: without it (or at 0) the score is that of the four parts alone.
 */
export type NextVisitWeights = Readonly<Record<Exclude<NextVisitPart, 'connect'>, number>> & {
  readonly connect?: number;
};

/**
 * Default weights: 0.3 time since the last visit, 0.3 new key areas, 0.2 strengths to spread,
 * 0.2 gaps to help with (learning potential 0.4 in all).
 */
export const NEXT_VISIT_WEIGHTS: NextVisitWeights = {
  recency: 0.3,
  coverage: 0.3,
  strength: 0.2,
  gaps: 0.2,
};

export interface NextVisitOptions<K extends string = string> {
  /** The date the score is for (ISO); the core has no clock. */
  readonly asOf: string;
  readonly weights?: Partial<NextVisitWeights>;
  /** Months at which the recency part reaches 1; default 36. */
  readonly recencyCapMonths?: number;
  /** Regions visited less than this many months ago are left out; default 12. */
  readonly excludeVisitedWithinMonths?: number;
  /** A score at or above this counts as a strength; default 0.7. */
  readonly strongAt?: number;
  /** A score below this counts as a gap; default 0.3. */
  readonly weakAt?: number;
  /** All key areas (the taxonomy); default every key area of the candidates. */
  readonly keyAreas?: readonly K[];
  /** Key areas already covered; default those of the candidates that were visited. */
  readonly covered?: readonly K[];
}

/** One part of a region's score: its value in [0, 1], weight, share of the score, and why. */
export type NextVisitScorePart<K extends string = string> = {
  /** Null when the part is not measured for the region (`undefinedReason` says why). */
  readonly value: number | null;
  readonly weight: number;
  /**
   * value x weight / the sum of the weights of the region's measured parts: the contributions add
   * up to the score. Null when the part is not measured: it is left out of the score.
   */
  readonly contribution: number | null;
  /** Why the part is not measured; null when it is. */
  readonly undefinedReason: NextVisitPartUndefinedReason | null;
} & (
  | { readonly part: 'recency'; readonly months: number | null; readonly capMonths: number }
  | { readonly part: 'coverage'; readonly newKeyAreas: readonly K[]; readonly uncovered: number }
  | { readonly part: 'strength'; readonly criteria: readonly string[]; readonly of: number }
  | { readonly part: 'gaps'; readonly criteria: readonly string[]; readonly of: number }
  | { readonly part: 'connect'; readonly missingLinks: readonly string[]; readonly of: number }
);

export interface NextVisitScore<R extends string = string, K extends string = string> {
  readonly region: R;
  /** In [0, 1]; null when none of the parts weighed above 0 is measured. */
  readonly score: number | null;
  /** Why the score is null; null when there is one. */
  readonly scoreUndefined: NextVisitScoreUndefinedReason | null;
  /** recency, coverage, strength, gaps, in that order; then connect when it is weighed. */
  readonly parts: readonly NextVisitScorePart<K>[];
}

export interface NextVisitRanking<R extends string = string, K extends string = string> {
  /** Highest score first, ties by region; regions without a score last, by region. */
  readonly ranking: readonly NextVisitScore<R, K>[];
  /** Regions left out because they were visited too recently. */
  readonly excluded: readonly { readonly region: R; readonly months: number }[];
  readonly weights: NextVisitWeights;
}

/**
 * A transparent score per region for choosing the next visit. Four parts, each in [0, 1]:
 * - recency: months since the last visit / `recencyCapMonths` (capped at 1; never visited = 1);
 * - coverage: the region's key areas not yet covered by visited regions, as a share of all
 *   key areas still uncovered (of `keyAreas`, default every candidate's); not measured when
 *   every key area is covered (`no_uncovered_key_areas`);
 * - strength: share of its scores at or above `strongAt` (what others can learn from it);
 * - gaps: share of its scores below `weakAt` (where the platform can help); both not measured
 *   for a region without scores (`no_index_scores`);
 * - connect (when weighed): the candidate's own connect value, how much its missing links (similar
 *   or complementary regions weakly linked with it) weigh: visiting it connects what belongs
 *   together; not measured when no region was compared with it (`no_regions_compared`).
 * A part not measured is null, never 0. The score is the weighted mean of the measured parts,
 * sum(w_i v_i) / sum(w_i) over the measured parts with w_i > 0: a part not measured is left out
 * and the other weights renormalised. When none of them is measured the score is null
 * (`no_weighted_part_measured`) and the region ranks after every scored one. Regions visited
 * within `excludeVisitedWithinMonths` are left out and listed. Throws a RangeError for a negative
 * weight, all weights 0, or a bad date.
 *
 * @example
 * regionNextVisitScores(
 *   [{ region: 'NL213', lastVisit: '2025-02-08', keyAreas: ['htsm'] },
 *    { region: 'NL414', lastVisit: null, keyAreas: ['htsm', 'lsh'], scores: { rd: 0.9, hrst: 0.2 } }],
 *   { asOf: '2025-09-01' },
 * );
 * // ranking: NL414 0.3 x 1 + 0.3 x 1 (lsh: 1 of 1 uncovered) + 0.2 x 0.5 + 0.2 x 0.5 = 0.8;
 * // excluded: NL213 (6 months)
 * // A candidate without scores: strength and gaps null (no_index_scores), and its score is
 * // (0.3 x recency + 0.3 x coverage) / 0.6.
 */
export function regionNextVisitScores<R extends string, K extends string>(
  candidates: readonly VisitCandidate<R, K>[],
  options: NextVisitOptions<K>,
): NextVisitRanking<R, K> {
  const weights: NextVisitWeights = {
    recency: options.weights?.recency ?? NEXT_VISIT_WEIGHTS.recency,
    coverage: options.weights?.coverage ?? NEXT_VISIT_WEIGHTS.coverage,
    strength: options.weights?.strength ?? NEXT_VISIT_WEIGHTS.strength,
    gaps: options.weights?.gaps ?? NEXT_VISIT_WEIGHTS.gaps,
    ...(options.weights?.connect ? { connect: options.weights.connect } : {}),
  };
  const connectWeight = weights.connect ?? 0;
  const weightSum =
    weights.recency + weights.coverage + weights.strength + weights.gaps + connectWeight;
  if (Object.values(weights).some((w) => !Number.isFinite(w) || w < 0) || !(weightSum > 0)) {
    throw new RangeError('next-visit weights must be >= 0 and not all 0');
  }
  const cap = options.recencyCapMonths ?? 36;
  const within = options.excludeVisitedWithinMonths ?? 12;
  const strongAt = options.strongAt ?? 0.7;
  const weakAt = options.weakAt ?? 0.3;

  const covered = new Set<K>(
    options.covered ?? candidates.filter((c) => c.lastVisit !== null).flatMap((c) => c.keyAreas),
  );
  const all = options.keyAreas ?? candidates.flatMap((c) => c.keyAreas);
  const uncoveredSet = new Set(all.filter((k) => !covered.has(k)));
  const uncovered = uncoveredSet.size;

  const ranking: NextVisitScore<R, K>[] = [];
  const excluded: { region: R; months: number }[] = [];
  for (const candidate of candidates) {
    const months =
      candidate.lastVisit === null
        ? null
        : Math.max(0, isoDateMonthsBetween(candidate.lastVisit, options.asOf));
    if (months !== null && months < within) {
      excluded.push({ region: candidate.region, months });
      continue;
    }
    const newKeyAreas = [...new Set(candidate.keyAreas.filter((k) => uncoveredSet.has(k)))].sort();
    const scored = Object.entries(candidate.scores ?? {}).filter(([, s]) => Number.isFinite(s));
    const strong = scored
      .filter(([, s]) => s >= strongAt)
      .map(([id]) => id)
      .sort();
    const weak = scored
      .filter(([, s]) => s < weakAt)
      .map(([id]) => id)
      .sort();
    // A share of nothing is not measured: the reason goes with it instead of a 0.
    const share = (n: number, of: number, reason: NextVisitPartUndefinedReason) =>
      of === 0
        ? { value: null, undefinedReason: reason }
        : { value: n / of, undefinedReason: null };
    const measured = (value: number) => ({ value, undefinedReason: null });
    const connect = candidate.connect;
    const drafts = [
      {
        part: 'recency' as const,
        ...measured(months === null ? 1 : cap > 0 ? Math.min(1, months / cap) : 1),
        months,
        capMonths: cap,
      },
      {
        part: 'coverage' as const,
        ...share(newKeyAreas.length, uncovered, 'no_uncovered_key_areas'),
        newKeyAreas,
        uncovered,
      },
      {
        part: 'strength' as const,
        ...share(strong.length, scored.length, 'no_index_scores'),
        criteria: strong,
        of: scored.length,
      },
      {
        part: 'gaps' as const,
        ...share(weak.length, scored.length, 'no_index_scores'),
        criteria: weak,
        of: scored.length,
      },
      ...(connectWeight > 0
        ? [
            {
              part: 'connect' as const,
              ...(connect && connect.of > 0
                ? measured(connect.value)
                : { value: null, undefinedReason: 'no_regions_compared' as const }),
              missingLinks: connect?.missingLinks ?? [],
              of: connect?.of ?? 0,
            },
          ]
        : []),
    ];
    const weightOf = (p: { part: NextVisitPart }) => weights[p.part] ?? 0;
    // The weights of the measured parts: the score is their weighted mean alone.
    const measuredWeight = drafts.reduce((sum, p) => sum + (p.value === null ? 0 : weightOf(p)), 0);
    const parts: NextVisitScorePart<K>[] = drafts.map((p) => ({
      ...p,
      weight: weightOf(p),
      contribution:
        p.value === null || measuredWeight === 0 ? null : (p.value * weightOf(p)) / measuredWeight,
    }));
    const score =
      measuredWeight > 0 ? parts.reduce((sum, p) => sum + (p.contribution ?? 0), 0) : null;
    ranking.push({
      region: candidate.region,
      score: score === null ? null : Math.min(1, score),
      scoreUndefined: score === null ? 'no_weighted_part_measured' : null,
      parts,
    });
  }
  ranking.sort(
    (a, b) =>
      (a.score === null ? 1 : 0) - (b.score === null ? 1 : 0) ||
      (b.score ?? 0) - (a.score ?? 0) ||
      (a.region < b.region ? -1 : a.region > b.region ? 1 : 0),
  );
  return { ranking, excluded, weights };
}
