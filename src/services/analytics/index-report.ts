import { referenceAreaIndex } from '../../core/index/reference-area-index.js';
import { comparisonSetLeftOut } from '../../core/index/comparison-set-left-out.js';
import type { InnovationIndexRow } from '../../core/index/region-innovation-index.js';
import { regionsPerCountry, type CountryCount } from '../../core/index/regions-per-country.js';
import { PERFORMANCE_GROUP_THRESHOLDS } from '../../core/index/relative-performance-group.js';
import type { IndexComputation } from './innovation-index.js';
import { withIndexReasons } from './index-reasons.js';
import { indexDataYear } from './index-years.js';

export interface IndexRegionRow {
  region: string;
  name_nl: string;
  name_en: string;
  index: number;
  relative: number | null;
  group: string | null;
  band: string | null;
  rank: number;
  rank_range: [number, number];
  filled: number;
  /** The year each value was measured, in `indicators` order; null where the region has none. */
  years: (number | null)[];
}

/** Per indicator: the years in which the level's regions' own values were measured. */
export interface IndicatorYears {
  indicator: string;
  /** Most recent and oldest year; null when no region of the level has a value. */
  latest: number | null;
  earliest: number | null;
  /** Regions of the level with their own value (in or out of the comparison set). */
  regions: number;
}

/** A region of the level outside the comparison set: fewer than two thirds of own values. */
export interface LeftOutRow {
  region: string;
  name_nl: string;
  name_en: string;
  own: number;
  of: number;
  missing: string[];
}

/** The performance groups: Regiokracht's, on the RIS thresholds; not the official RIS groups. */
export const PERFORMANCE_GROUPS = {
  label_en:
    'Regiokracht performance groups on the RIS thresholds (relative to the reference area); not the official RIS groups',
  label_nl:
    'Prestatiegroepen van Regiokracht met de drempels van het RIS (ten opzichte van het referentiegebied); niet de officiële RIS-groepen',
  leader: PERFORMANCE_GROUP_THRESHOLDS.leader,
  strong: PERFORMANCE_GROUP_THRESHOLDS.strong,
  moderate: PERFORMANCE_GROUP_THRESHOLDS.moderate,
};

export interface IndexReport {
  /** `edition`: each indicator's latest year within the lag window; `year`: that year's values. */
  mode: 'edition' | 'year';
  /** The edition or the single year. */
  year: number;
  edition: number | null;
  /** The lag window of the edition in years; null for a single year. */
  lag: number | null;
  level: number;
  reference: string;
  reference_index: number | null;
  indicators: string[];
  weights: number[];
  regions: IndexRegionRow[];
  /** Regions with some data that year but too few own values for an index. */
  excluded: number;
  /** Default indicators that are not imported and so left out. */
  indicators_unavailable: string[];
  indicator_years: IndicatorYears[];
  /** Regions in the comparison set (every country), and how many of each country. */
  compared: number;
  countries: CountryCount[];
  /** Regions of the level (of the country asked for) left out, with the indicators they miss. */
  left_out: LeftOutRow[];
  groups: typeof PERFORMANCE_GROUPS;
  /** Why no region is listed, and the nearest year or edition that has one; null when some are. */
  no_result: { reason: string; nearest: number | null } | null;
  scaling: {
    indicator: string;
    sqrt: boolean;
    clipped_high: number;
    clipped_low: number;
    min: number;
    max: number;
  }[];
}

/** The index of every region of the level in one year, ranked. */
export function indexReport(
  c: IndexComputation,
  year: number,
  filter?: (region: string) => boolean,
  noResult: IndexReport['no_result'] = null,
): IndexReport {
  const all = c.result.rows.filter((r) => r.year === year);
  const rows = all.filter((r) => !filter || filter(r.region));
  const edition = c.query.mode === 'edition';
  const listed = rows.map((r) => regionRow(c, r));
  const levelRegions = [...c.names.keys()].filter(
    (code) =>
      code.length === c.query.level + 2 && !code.endsWith('ZZ') && (!filter || filter(code)),
  );
  return {
    mode: c.query.mode,
    year,
    edition: edition ? year : null,
    lag: edition ? c.query.lag : null,
    level: c.query.level,
    reference: c.referenceCode,
    reference_index: c.result.reference.find((r) => r.year === year)?.index ?? null,
    indicators: [...c.result.indicators],
    weights: [...c.result.weights],
    regions: listed,
    excluded: c.result.excluded.filter((e) => e.year === year && (!filter || filter(e.region)))
      .length,
    indicators_unavailable: [...c.unavailable],
    indicator_years: indicatorYears(c, year).map((y) => ({ ...y })),
    compared: all.length,
    countries: regionsPerCountry(all.map((r) => r.region)),
    left_out: comparisonSetLeftOut(c.levelValues, c.result.indicators, levelRegions, year).map(
      (l) => ({
        region: l.region,
        name_nl: c.names.get(l.region)?.name_nl ?? l.region,
        name_en: c.names.get(l.region)?.name_en ?? l.region,
        own: l.own,
        of: l.of,
        missing: [...l.missing],
      }),
    ),
    groups: PERFORMANCE_GROUPS,
    no_result: noResult,
    scaling: c.result.scaling.map((s) => ({
      indicator: s.indicator,
      sqrt: s.sqrt,
      clipped_high: s.clippedHigh,
      clipped_low: s.clippedLow,
      min: s.range.min,
      max: s.range.max,
    })),
  };
}

function regionRow(c: IndexComputation, r: InnovationIndexRow): IndexRegionRow {
  const names = c.names.get(r.region);
  return {
    region: r.region,
    name_nl: names?.name_nl ?? r.region,
    name_en: names?.name_en ?? r.region,
    index: r.index,
    relative: r.relative,
    group: r.group,
    band: r.band,
    rank: r.rank,
    rank_range: [r.rankRange[0], r.rankRange[1]],
    filled: r.filled.length,
    years: rowYears(c, r),
  };
}

/**
 * The year each of a row's values was measured: its own (in an edition, the latest within the
 * window), an earlier year's, or its parent's; null where the index had no value.
 */
function rowYears(c: IndexComputation, r: InnovationIndexRow): (number | null)[] {
  const edition = c.query.mode === 'edition';
  return c.result.indicators.map((indicator, j) => {
    if (r.scores[j] == null) return null;
    const filled = r.filled.find((f) => f.indicator === indicator);
    const from = filled?.from === 'parent' ? filled.region : r.region;
    if (filled?.from === 'earlier-year') return filled.year;
    return edition ? (indexDataYear(c, indicator, from, r.year) ?? null) : r.year;
  });
}

/** indicatorYears per computation and year: every region's report of a level asks the same. */
const yearsOf = new WeakMap<IndexComputation, Map<number, readonly IndicatorYears[]>>();

/**
 * The measured years of each indicator's own values in a year or edition, over the level, in the
 * order of the computation's indicators (one pass over the level's values).
 */
function indicatorYears(c: IndexComputation, year: number): readonly IndicatorYears[] {
  let byYear = yearsOf.get(c);
  if (!byYear) yearsOf.set(c, (byYear = new Map()));
  const known = byYear.get(year);
  if (known) return known;
  const stats = new Map<string, IndicatorYears>(
    c.result.indicators.map((indicator) => [
      indicator,
      { indicator, latest: null, earliest: null, regions: 0 },
    ]),
  );
  for (const v of c.levelValues) {
    if (v.year !== year) continue;
    const s = stats.get(v.indicator);
    if (!s) continue;
    const y =
      c.query.mode === 'edition' ? (indexDataYear(c, v.indicator, v.region, year) ?? year) : year;
    if (s.latest === null || y > s.latest) s.latest = y;
    if (s.earliest === null || y < s.earliest) s.earliest = y;
    s.regions += 1;
  }
  const years = [...stats.values()];
  byYear.set(year, years);
  return years;
}

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
