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
   * over `of`). Absent: the part's value is 0.
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
  readonly value: number;
  readonly weight: number;
  /** value x weight / sum of weights: the parts' contributions add up to the score. */
  readonly contribution: number;
} & (
  | { readonly part: 'recency'; readonly months: number | null; readonly capMonths: number }
  | { readonly part: 'coverage'; readonly newKeyAreas: readonly K[]; readonly uncovered: number }
  | { readonly part: 'strength'; readonly criteria: readonly string[]; readonly of: number }
  | { readonly part: 'gaps'; readonly criteria: readonly string[]; readonly of: number }
  | { readonly part: 'connect'; readonly missingLinks: readonly string[]; readonly of: number }
);

export interface NextVisitScore<R extends string = string, K extends string = string> {
  readonly region: R;
  /** In [0, 1]. */
  readonly score: number;
  /** recency, coverage, strength, gaps, in that order; then connect when it is weighed. */
  readonly parts: readonly NextVisitScorePart<K>[];
}

export interface NextVisitRanking<R extends string = string, K extends string = string> {
  /** Highest score first, ties by region. */
  readonly ranking: readonly NextVisitScore<R, K>[];
  /** Regions left out because they were visited too recently. */
  readonly excluded: readonly { readonly region: R; readonly months: number }[];
  readonly weights: NextVisitWeights;
}

/**
 * A transparent score per region for choosing the next visit. Four parts, each in [0, 1]:
 * - recency: months since the last visit / `recencyCapMonths` (capped at 1; never visited = 1);
 * - coverage: the region's key areas not yet covered by visited regions, as a share of all
 *   key areas still uncovered (of `keyAreas`, default every candidate's);
 * - strength: share of its scores at or above `strongAt` (what others can learn from it);
 * - gaps: share of its scores below `weakAt` (where the platform can help).
 * - connect (when weighed): the candidate's own connect value, how much its missing links (similar
 *   or complementary regions weakly linked with it) weigh: visiting it connects what belongs together.
 * The score is their weighted mean. Regions visited within `excludeVisitedWithinMonths` are left
 * out and listed. Throws a RangeError for a negative weight, all weights 0, or a bad date.
 *
 * @example
 * regionNextVisitScores(
 *   [{ region: 'NL213', lastVisit: '2025-02-08', keyAreas: ['htsm'] },
 *    { region: 'NL414', lastVisit: null, keyAreas: ['htsm', 'lsh'], scores: { rd: 0.9, hrst: 0.2 } }],
 *   { asOf: '2025-09-01' },
 * );
 * // ranking: NL414 0.3 x 1 + 0.3 x 1 (lsh: 1 of 1 uncovered) + 0.2 x 0.5 + 0.2 x 0.5 = 0.8;
 * // excluded: NL213 (6 months)
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
    const share = (n: number, of: number) => (of === 0 ? 0 : n / of);
    const part = <P extends { value: number; part: NextVisitPart }>(p: P) => ({
      ...p,
      weight: weights[p.part] ?? 0,
      contribution: (p.value * (weights[p.part] ?? 0)) / weightSum,
    });
    const parts: NextVisitScorePart<K>[] = [
      part({
        part: 'recency',
        value: months === null ? 1 : cap > 0 ? Math.min(1, months / cap) : 1,
        months,
        capMonths: cap,
      }),
      part({
        part: 'coverage',
        value: share(newKeyAreas.length, uncovered),
        newKeyAreas,
        uncovered,
      }),
      part({
        part: 'strength',
        value: share(strong.length, scored.length),
        criteria: strong,
        of: scored.length,
      }),
      part({
        part: 'gaps',
        value: share(weak.length, scored.length),
        criteria: weak,
        of: scored.length,
      }),
    ];
    if (connectWeight > 0) {
      const missing = candidate.connect?.missingLinks ?? [];
      const of = candidate.connect?.of ?? 0;
      parts.push(
        part({ part: 'connect', value: candidate.connect?.value ?? 0, missingLinks: missing, of }),
      );
    }
    const score = parts.reduce((sum, p) => sum + p.contribution, 0);
    ranking.push({ region: candidate.region, score: Math.min(1, score), parts });
  }
  ranking.sort(
    (a, b) => b.score - a.score || (a.region < b.region ? -1 : a.region > b.region ? 1 : 0),
  );
  return { ranking, excluded, weights };
}
