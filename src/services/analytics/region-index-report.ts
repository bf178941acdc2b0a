import { referenceAreaIndex } from '../../core/index/reference-area-index.js';
import type { IndexComputation } from './innovation-index.js';
import { withIndexReasons } from './index-reasons.js';
import { indicatorYears, PERFORMANCE_GROUPS, rowYears } from './index-report.js';
import { indexDataYear } from './index-years.js';

export interface RegionIndexReport {
  region: string;
  /** The region the index was computed for: the region itself at NUTS2, else its NUTS2 parent. */
  computed_for: string;
  mode: 'edition' | 'year';
  year: number | null;
  edition: number | null;
  lag: number | null;
  index: number | null;
  /** Why `index` is null; null when there is one. */
  reason_code: IndexUndefinedReason | null;
  /** The same in words (English unless localised by `withIndexReasons`). */
  reason: string | null;
  /** With `too_few_own_values`: the indicators the region has its own values of, out of how many. */
  own_values: { own: number; of: number } | null;
  relative: number | null;
  group: string | null;
  band: string | null;
  rank: number | null;
  /** Regions in the comparison set that year or edition. */
  of: number;
  rank_range: [number, number] | null;
  reference: string;
  /** The country of the region, whose scores stand beside the region's in `indicators`. */
  country: string;
  groups: typeof PERFORMANCE_GROUPS;
  trend: { year: number; index: number; relative: number | null; rank: number }[];
  indicators: {
    id: string;
    score: number | null;
    /** Why `score` is null; null when there is one. */
    score_reason_code: IndicatorScoreUndefinedReason | null;
    score_reason: string | null;
    /**
     * The country's and the reference area's (by default the EU's) own values that year or
     * edition, scored with the regions' scaling; null where the area has no value.
     */
    country_score: number | null;
    reference_score: number | null;
    /** The year the region's value was measured (its parent's when filled from it). */
    year: number | null;
    /** The most recent year any compared region's value of the indicator was measured. */
    latest: number | null;
    filled_from: string | null;
    /**
     * The change of the region's own value over the years or editions held. `first_year` and
     * `last_year` are the years (editions) the ends stand in; `first_data_year` and
     * `last_data_year` the years those values were measured, earlier where an edition carries a
     * value forward within its lag window.
     */
    trend: {
      first_year: number;
      last_year: number;
      first_data_year: number;
      last_data_year: number;
      first: number;
      last: number;
      relative: number | null;
    } | null;
  }[];
}

/**
 * Why a region has no index in a year or edition: no year or edition has index values
 * (`no_year`); fewer own values than the two thirds of the indicators the method asks for
 * (`too_few_own_values`); own values, but none that could be scored (`no_scores`); no own value
 * at all that year or edition (`no_own_values`).
 */
export type IndexUndefinedReason = 'no_year' | 'too_few_own_values' | 'no_scores' | 'no_own_values';

/**
 * Why an indicator of a region has no score: the region has no index that year or edition
 * (`no_index`), or no value of the indicator, neither its own, nor an earlier year's, nor its
 * parent's (`no_value`).
 */
export type IndicatorScoreUndefinedReason = 'no_index' | 'no_value';

/** One region's index in a year, its trend over the years held and its indicator scores. */
export function regionIndexReport(
  c: IndexComputation,
  region: string,
  computedFor: string,
  year: number | null,
): RegionIndexReport {
  const rows = c.result.rows.filter((r) => r.region === computedFor);
  const row = rows.find((r) => r.year === year) ?? null;
  const trend = c.result.trends.find((t) => t.region === computedFor);
  const of = year === null ? 0 : c.result.rows.filter((r) => r.year === year).length;
  const edition = c.query.mode === 'edition';
  const years = row ? rowYears(c, row) : [];
  const country = computedFor.slice(0, 2);
  const countryScores = areaScores(c, country, year);
  const referenceScores =
    year === null ? [] : (c.result.reference.find((r) => r.year === year)?.scores ?? []);
  const exclusion = row
    ? undefined
    : c.result.excluded.find((e) => e.region === computedFor && e.year === year);
  return withIndexReasons(
    {
      region,
      computed_for: computedFor,
      mode: c.query.mode,
      year,
      edition: edition ? year : null,
      lag: edition ? c.query.lag : null,
      index: row?.index ?? null,
      reason_code: row ? null : indexUndefinedReason(year, exclusion?.reason),
      reason: null,
      own_values:
        exclusion?.reason === 'too-few-own-values'
          ? { own: exclusion.own, of: exclusion.of }
          : null,
      relative: row?.relative ?? null,
      group: row?.group ?? null,
      band: row?.band ?? null,
      rank: row?.rank ?? null,
      of,
      rank_range: row ? [row.rankRange[0], row.rankRange[1]] : null,
      reference: c.referenceCode,
      country,
      groups: PERFORMANCE_GROUPS,
      trend: rows.map((r) => ({
        year: r.year,
        index: r.index,
        relative: r.relative,
        rank: r.rank,
      })),
      indicators: c.result.indicators.map((id, j) => {
        const filled = row?.filled.find((f) => f.indicator === id);
        const t = trend?.indicators.find((i) => i.indicator === id)?.trend ?? null;
        return {
          id,
          score: row?.scores[j] ?? null,
          score_reason_code: !row ? 'no_index' : row.scores[j] == null ? 'no_value' : null,
          score_reason: null,
          country_score: countryScores[j] ?? null,
          reference_score: referenceScores[j] ?? null,
          year: years[j] ?? null,
          latest:
            year === null
              ? null
              : (indicatorYears(c, year).find((y) => y.indicator === id)?.latest ?? null),
          filled_from: !filled
            ? null
            : filled.from === 'parent'
              ? `${filled.region} (${edition ? 'same edition' : 'same year'})`
              : `own value of ${filled.year}`,
          trend: t
            ? {
                first_year: t.firstYear,
                last_year: t.lastYear,
                first_data_year: measuredYear(c, id, computedFor, t.firstYear),
                last_data_year: measuredYear(c, id, computedFor, t.lastYear),
                first: t.first,
                last: t.last,
                relative: t.relative,
              }
            : null,
        };
      }),
    },
    'en',
  );
}

function indexUndefinedReason(
  year: number | null,
  exclusion: 'too-few-own-values' | 'no-scores' | undefined,
): IndexUndefinedReason {
  if (year === null) return 'no_year';
  if (exclusion === 'too-few-own-values') return 'too_few_own_values';
  if (exclusion === 'no-scores') return 'no_scores';
  return 'no_own_values';
}

/**
 * The year the region's own value of `indicator` in `year` was measured: in an edition, the
 * year the edition took it from; in a computation per year, the year itself.
 */
function measuredYear(
  c: IndexComputation,
  indicator: string,
  region: string,
  year: number,
): number {
  return indexDataYear(c, indicator, region, year) ?? year;
}

/** areaScores per computation, area and year: every region of a country asks for the same. */
const areaScoresOf = new WeakMap<IndexComputation, Map<string, readonly (number | null)[]>>();

/**
 * An area above the level (a country) scored like the reference area: its own values of the year
 * or edition through the regions' clipping, transform and scaling; [] without a year.
 */
function areaScores(
  c: IndexComputation,
  area: string,
  year: number | null,
): readonly (number | null)[] {
  if (year === null) return [];
  let byArea = areaScoresOf.get(c);
  if (!byArea) areaScoresOf.set(c, (byArea = new Map()));
  const key = `${area}|${year}`;
  let scores = byArea.get(key);
  if (!scores) byArea.set(key, (scores = scoreArea(c, area, year)));
  return scores;
}

function scoreArea(c: IndexComputation, area: string, year: number): readonly (number | null)[] {
  const values = c.parentLevelValues
    .filter((v) => v.region === area && v.year === year)
    .map(({ indicator, value }) => ({ indicator, year, value }));
  return referenceAreaIndex(values, c.result.scaling, c.result.weights, [year])[0]?.scores ?? [];
}
