import {
  NEXT_VISIT_WEIGHTS,
  regionNextVisitScores,
  type NextVisitPartUndefinedReason,
  type NextVisitScorePart,
  type NextVisitScoreUndefinedReason,
  type NextVisitWeights,
  type VisitCandidate,
} from '../../core/connect/region-next-visit-scores.js';
import { orderNextVisitTies, type NextVisitTie } from '../../core/connect/next-visit-ties.js';
import type { IndicatorValue } from '../../core/index/indicator-value.js';
import { ownLevelScores, type OwnLevelScore } from '../../core/index/own-level-scores.js';
import type { ActivityMatrix } from '../../core/keyareas/activity-matrix.js';
import { activityMatrixLocationQuotients } from '../../core/keyareas/region-location-quotient.js';
import type { IndexComputation } from './innovation-index.js';
import type { AnalyticsData } from './analytics-data.js';
import { enclosingRegions } from './derived-data.js';
import type { TextLang } from './measure-status.js';
import { nextVisitExplanation } from './next-visit-explanation.js';
import { nextVisitNotMeasuredReason } from './next-visit-not-measured.js';

export const NEXT_VISIT_SETTING = 'next_visit.weights';

export interface NextVisitInputs {
  readonly level: number;
  readonly country: string;
  readonly taxonomy: string;
  readonly asOf: string;
  readonly weights: NextVisitWeights;
  readonly excludeVisitedWithinMonths: number;
  /** Visits (planned ones included): a planned visit counts, so the region is not proposed twice. */
  readonly visits: readonly { region_code: string; date: string }[];
  /** Spearheads' key areas per region. */
  readonly spearheadKeyAreas: ReadonlyMap<string, readonly string[]>;
  /**
   * key area -> the matrix column it is measured in. Coverage counts columns, so key areas the
   * classification cannot tell apart count once.
   */
  readonly columnOf: ReadonlyMap<string, string>;
  /** Missing links per region, for the connect part (only needed when it is weighed). */
  readonly connectOf?: ReadonlyMap<string, { value: number; missingLinks: string[]; of: number }>;
  /**
   * Index indicator values measured at the candidates' level (every region of that level): below
   * the province level, strength and gaps use them wherever the region has a value.
   */
  readonly ownLevelValues?: readonly IndicatorValue[];
  /** Latest population per region, for breaking ties. */
  readonly populations?: ReadonlyMap<string, { value: number; year: number }>;
  /** The language of the reasons a part or a score is not measured; default en. */
  readonly lang?: TextLang;
}

/**
 * A part of a row's score: value and contribution null when it is not measured, with the reason
 * as a code and in the language asked for (both null when it is measured).
 */
export type NextVisitRowPart = NextVisitScorePart extends infer P
  ? P extends NextVisitScorePart
    ? Omit<P, 'undefinedReason'> & {
        reason_code: NextVisitPartUndefinedReason | null;
        reason: string | null;
      }
    : never
  : never;

export interface NextVisitRow {
  rank: number;
  region: string;
  name_nl: string;
  name_en: string;
  /** Null when none of the parts weighed above 0 is measured (the region ranks last). */
  score: number | null;
  score_reason_code: NextVisitScoreUndefinedReason | null;
  /** Why the score is null, in the language asked for; null when there is one. */
  score_reason: string | null;
  last_visit: string | null;
  parts: NextVisitRowPart[];
  /** Index indicators scored at the region's own level (the others from its province). */
  own_level_indicators: string[];
  /** Those scores in [0, 1], by indicator, with the year of the value. */
  own_level_scores: Record<string, { score: number; year: number }>;
  /** Tied with the region ranked just below: with whom, and what put this one first. */
  tie: NextVisitTie | null;
}

export interface NextVisitReport {
  as_of: string;
  level: number;
  taxonomy: string;
  weights: NextVisitWeights;
  exclude_visited_within_months: number;
  ranking: NextVisitRow[];
  excluded: { region: string; months: number; last_visit: string }[];
  explanation: string;
}

/**
 * The next region to visit: every region of a level in a country, scored on time since its last
 * visit, key areas not yet covered by visited regions (its specialisations, LQ >= 1 against the
 * country, and its spearheads' key areas), and learning potential (its province's index scores:
 * strengths to spread and gaps to help with).
 */
export function nextVisitReport(
  data: AnalyticsData,
  matrix: ActivityMatrix,
  index: IndexComputation | null,
  inputs: NextVisitInputs,
): NextVisitReport {
  const candidates = [...data.regions.values()]
    .filter(
      (r) => r.kind === 'nuts' && r.level === inputs.level && r.country_code === inputs.country,
    )
    .map((r) => r.code)
    .sort();
  const lqs = matrix.regionIndex.has(inputs.country)
    ? activityMatrixLocationQuotients(matrix, { region: inputs.country })
    : null;
  const specialised = (region: string): string[] => {
    const i = lqs?.regions.indexOf(region) ?? -1;
    if (!lqs || i < 0) return [];
    return lqs.keyAreas.filter((_, j) => (lqs.cells[i]?.[j]?.value ?? 0) >= 1);
  };
  const lastVisit = (region: string): string | null => {
    const around = new Set(enclosingRegions(region));
    const dates = inputs.visits
      .filter((v) => around.has(v.region_code) || v.region_code.startsWith(region))
      .map((v) => v.date)
      .sort();
    return dates.at(-1) ?? null;
  };
  const own =
    index && inputs.level > 2 && inputs.ownLevelValues
      ? ownLevelScores(inputs.ownLevelValues, index.result.indicators, candidates)
      : new Map<string, Map<string, OwnLevelScore>>();
  const ownLevel = (region: string): string[] => [...(own.get(region)?.keys() ?? [])].sort();
  const scoresOf = (region: string): Record<string, number> | undefined => {
    if (!index) return undefined;
    const nuts2 = region.slice(0, 4);
    const rows = index.result.rows.filter((r) => r.region === nuts2);
    const row = rows.at(-1);
    const mine = own.get(region);
    if (!row && !mine) return undefined;
    const out: Record<string, number> = {};
    index.result.indicators.forEach((id, j) => {
      // The region's own level where it has a value there; else its province's score.
      const s = mine?.get(id)?.score ?? row?.scores[j];
      if (s !== null && s !== undefined) out[id] = s;
    });
    return out;
  };
  const taxonomyAreas = [...new Set(inputs.columnOf.values())];
  const visitCandidates: VisitCandidate[] = candidates.map((region) => {
    const scores = scoresOf(region);
    return {
      region,
      lastVisit: lastVisit(region),
      keyAreas: [
        ...new Set([
          ...specialised(region),
          ...(inputs.spearheadKeyAreas.get(region) ?? []).flatMap((k) => {
            const column = inputs.columnOf.get(k);
            return column === undefined ? [] : [column];
          }),
        ]),
      ].filter((k) => taxonomyAreas.includes(k)),
      ...(scores ? { scores } : {}),
      ...(inputs.connectOf?.has(region) ? { connect: inputs.connectOf.get(region)! } : {}),
    };
  });
  const ranking = regionNextVisitScores(visitCandidates, {
    asOf: inputs.asOf,
    weights: inputs.weights,
    excludeVisitedWithinMonths: inputs.excludeVisitedWithinMonths,
    keyAreas: taxonomyAreas,
  });
  const names = (code: string) => data.regions.get(code);
  const lang = inputs.lang ?? 'en';
  const why = (code: NextVisitPartUndefinedReason | NextVisitScoreUndefinedReason | null) =>
    code === null ? null : nextVisitNotMeasuredReason(code, lang);
  const ordered = orderNextVisitTies(
    ranking.ranking,
    new Map(
      ranking.ranking.map((r) => {
        const population = inputs.populations?.get(r.region);
        return [
          r.region,
          {
            name: names(r.region)?.name_nl ?? r.region,
            population: population?.value ?? null,
            populationYear: population?.year ?? null,
          },
        ];
      }),
    ),
  );
  return {
    as_of: inputs.asOf,
    level: inputs.level,
    taxonomy: inputs.taxonomy,
    weights: ranking.weights,
    exclude_visited_within_months: inputs.excludeVisitedWithinMonths,
    ranking: ordered.map((r, i) => ({
      rank: i + 1,
      region: r.region,
      name_nl: names(r.region)?.name_nl ?? r.region,
      name_en: names(r.region)?.name_en ?? r.region,
      score: r.score,
      score_reason_code: r.scoreUndefined,
      score_reason: why(r.scoreUndefined),
      last_visit: visitCandidates.find((c) => c.region === r.region)?.lastVisit ?? null,
      parts: r.parts.map(
        ({ undefinedReason, ...p }) =>
          ({
            ...p,
            reason_code: undefinedReason,
            reason: why(undefinedReason),
          }) as NextVisitRowPart,
      ),
      own_level_indicators: ownLevel(r.region),
      own_level_scores: Object.fromEntries(own.get(r.region) ?? []),
      tie: r.tie,
    })),
    excluded: ranking.excluded.map((e) => ({
      region: e.region,
      months: e.months,
      last_visit: lastVisit(e.region) ?? '',
    })),
    explanation: nextVisitExplanation(lang, Boolean(ranking.weights.connect)),
  };
}

/** Reads weights from a setting value, falling back to the defaults for what is missing or bad. */
export function parseNextVisitWeights(value: string | undefined): NextVisitWeights {
  if (!value) return NEXT_VISIT_WEIGHTS;
  try {
    const parsed = JSON.parse(value) as Partial<Record<keyof NextVisitWeights, unknown>>;
    const pick = (k: Exclude<keyof NextVisitWeights, 'connect'>) =>
      typeof parsed[k] === 'number' && (parsed[k] as number) >= 0
        ? (parsed[k] as number)
        : NEXT_VISIT_WEIGHTS[k];
    return {
      recency: pick('recency'),
      coverage: pick('coverage'),
      strength: pick('strength'),
      gaps: pick('gaps'),
      ...(typeof parsed.connect === 'number' && parsed.connect > 0
        ? { connect: parsed.connect }
        : {}),
    };
  } catch {
    return NEXT_VISIT_WEIGHTS;
  }
}
