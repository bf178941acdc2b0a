import { indexRelativePerformance } from './index-relative-performance.js';
import {
  indicatorScaling,
  indicatorScalingScore,
  type IndicatorScaling,
  type IndicatorScalingOptions,
} from './indicator-scaling.js';
import {
  indicatorValueTable,
  type IndicatorValue,
  type IndicatorValueTable,
  type ReferenceValue,
} from './indicator-value.js';
import { referenceAreaIndex, type ReferenceIndex } from './reference-area-index.js';
import { regionInnovationTrends, type RegionInnovationTrend } from './region-innovation-trend.js';
import { regionValueFill, type FilledValue } from './region-value-fill.js';
import { ownShareSuffices } from './region-year-eligibility.js';
import {
  PERFORMANCE_GROUP_THRESHOLDS,
  relativePerformanceGroup,
  type PerformanceBand,
  type PerformanceGroup,
  type PerformanceGroupThresholds,
} from './relative-performance-group.js';
import { scoresRankRange } from './scores-rank-range.js';
import { scoresWeightedMean } from './scores-weighted-mean.js';

/** What the composite index is computed from. */
export interface InnovationIndexInput<R extends string = string> {
  /** Values of the regions of one NUTS level, for every year held. */
  readonly values: readonly IndicatorValue<R>[];
  /** Each region's parents, nearest first (NUTS1, then the country), for gap filling. */
  readonly parents?: ReadonlyMap<R, readonly R[]>;
  /** Values of those parents. */
  readonly parentValues?: readonly IndicatorValue<R>[];
  /** Values of the reference area (the EU, a country) that relative performance is measured by. */
  readonly reference: readonly ReferenceValue[];
}

/** The method's parameters; each defaults to the Regional Innovation Scoreboard's choice. */
export interface InnovationIndexOptions extends IndicatorScalingOptions {
  /** Step 1: the indicator set; default every indicator in `values`, sorted. */
  readonly indicators?: readonly string[];
  /** Step 7: weight per indicator (>= 0); missing ones weigh 1. */
  readonly weights?: Readonly<Record<string, number>>;
  /** Step 2: share of the indicators a region needs its own values for; default 2/3. */
  readonly minShare?: number;
  /** Step 9: group thresholds; default 125, 100, 70. */
  readonly groups?: PerformanceGroupThresholds;
  /**
   * Step 6: whether a missing value may take the region's latest earlier year; default true.
   * Editions pass false: their values already are the latest within the lag window.
   */
  readonly fillFromEarlierYears?: boolean;
}

/** One region in one year. */
export interface InnovationIndexRow<R extends string = string> {
  readonly region: R;
  readonly year: number;
  /** Weighted mean of the normalised scores, in [0, 1]. */
  readonly index: number;
  /** 100 x index / the reference area's index that year; null when that is missing or 0. */
  readonly relative: number | null;
  readonly group: PerformanceGroup | null;
  readonly band: PerformanceBand | null;
  /** Rank among the regions that year, 1 = highest; ties share the better rank. */
  readonly rank: number;
  /** Best and worst rank when each indicator is left out in turn, the full rank included. */
  readonly rankRange: readonly [best: number, worst: number];
  /** Normalised score per indicator, in the result's `indicators` order; null where missing. */
  readonly scores: readonly (number | null)[];
  /** Values that were not the region's own for the year, and where they came from. */
  readonly filled: readonly FilledValue<R>[];
  /** Indicators without a value even after filling; the index averages the others. */
  readonly missing: readonly string[];
}

/**
 * A region-year that has some own values but no index: too few own values (step 2), or no
 * indicator that could be scored.
 */
export interface InnovationIndexExclusion<R extends string = string> {
  readonly region: R;
  readonly year: number;
  readonly reason: 'too-few-own-values' | 'no-scores';
  readonly own: number;
  readonly of: number;
}

export interface InnovationIndexResult<R extends string = string> {
  readonly indicators: readonly string[];
  readonly weights: readonly number[];
  readonly years: readonly number[];
  /** Sorted by year, then rank, then region. */
  readonly rows: readonly InnovationIndexRow<R>[];
  readonly excluded: readonly InnovationIndexExclusion<R>[];
  /** Steps 3-5 per indicator, in the order of `indicators`. */
  readonly scaling: readonly IndicatorScaling[];
  /** The reference area's index per year held. */
  readonly reference: readonly ReferenceIndex[];
  readonly trends: readonly RegionInnovationTrend<R>[];
}

/**
 * The composite innovation index of PRODUCT.md, Topic 3, steps 1-9, with its sensitivity and
 * trend. Steps run in data order: eligibility (2) on own values, gap filling (6) of the eligible
 * region-years, each indicator's reference set from those, clipping (3), square root (4) and
 * min-max scaling (5) over it, the weighted mean (7), relative performance against the reference
 * area scored the same way (8), groups per year (9). Linear in the number of values apart from the
 * ranking sorts. Throws a RangeError for a negative weight or a minShare outside (0, 1].
 *
 * @example
 * const result = regionInnovationIndex(
 *   { values, parents: new Map([['NL21', ['NL2', 'NL']]]), parentValues, reference: euValues },
 *   { indicators: ['berd', 'gerd_gov', 'patents'], minShare: 2 / 3 },
 * );
 * result.rows[0]; // { region, year, index, relative, group, band, rank, rankRange, filled, … }
 */
export function regionInnovationIndex<R extends string>(
  input: InnovationIndexInput<R>,
  options: InnovationIndexOptions = {},
): InnovationIndexResult<R> {
  const indicators = options.indicators ?? uniqueIndicators(input.values);
  const weights = indicators.map((i) => options.weights?.[i] ?? 1);
  const minShare = options.minShare ?? 2 / 3;
  if (weights.some((w) => !Number.isFinite(w) || w < 0)) {
    throw new RangeError('index weights must be finite numbers >= 0');
  }
  if (!(minShare > 0 && minShare <= 1)) throw new RangeError('minShare must lie in (0, 1]');

  const own = indicatorValueTable(input.values);
  const years = own.years;
  const excluded: InnovationIndexExclusion<R>[] = [];
  const cellsByYear = eligibleCells(
    input,
    own,
    indicators,
    minShare,
    options.fillFromEarlierYears ?? true,
    excluded,
  );

  // Steps 3-5 over each indicator's reference set: every eligible region-year's value.
  const scaling = indicators.map((indicator, j) => {
    const referenceSet: number[] = [];
    for (let y = 0; y < cellsByYear.length; y++) {
      const cells = cellsByYear[y] as Cell<R>[];
      for (let k = 0; k < cells.length; k++) {
        const value = (cells[k] as Cell<R>).values[j];
        if (value != null) referenceSet.push(value);
      }
    }
    return indicatorScaling(indicator, referenceSet, options);
  });
  const reference = referenceAreaIndex(input.reference, scaling, weights, years);

  const rows: InnovationIndexRow<R>[] = [];
  for (let y = 0; y < years.length; y++) {
    const yearRowsOf = yearRows(
      cellsByYear[y] ?? [],
      scaling,
      weights,
      reference[y]?.index ?? null,
      options,
      excluded,
    );
    for (let k = 0; k < yearRowsOf.length; k++) rows.push(yearRowsOf[k] as InnovationIndexRow<R>);
  }
  rows.sort((a, b) => a.year - b.year || a.rank - b.rank || (a.region < b.region ? -1 : 1));

  const trends = regionInnovationTrends(input.values, rows, indicators);
  return { indicators, weights, years, rows, excluded, scaling, reference, trends };
}

/** A region-year that gets an index, with its values after filling. */
interface Cell<R extends string> {
  readonly region: R;
  readonly year: number;
  readonly values: readonly (number | null)[];
  readonly filled: readonly FilledValue<R>[];
  readonly own: number;
}

/** Steps 2 and 6: per year held, the eligible region-years and their values after filling. */
function eligibleCells<R extends string>(
  input: InnovationIndexInput<R>,
  own: IndicatorValueTable<R>,
  indicators: readonly string[],
  minShare: number,
  earlierYears: boolean,
  excluded: InnovationIndexExclusion<R>[],
): Cell<R>[][] {
  const parentTable = indicatorValueTable(input.parentValues ?? []);
  const regionCount = own.regions.length;
  const yearCount = own.years.length;
  // Where each indicator's cells start in the table, or -1 when it holds no value of it.
  const starts = indicators.map((indicator) => {
    const i = own.indicatorIndex.get(indicator);
    return i === undefined ? -1 : i * regionCount * yearCount;
  });
  const byYear: Cell<R>[][] = [];
  for (let y = 0; y < yearCount; y++) {
    const year = own.years[y] as number;
    const cells: Cell<R>[] = [];
    for (let r = 0; r < regionCount; r++) {
      const region = own.regions[r] as R;
      const at = r * yearCount + y;
      let ownCount = 0;
      for (let n = 0; n < starts.length; n++) {
        const start = starts[n] as number;
        if (start >= 0 && !Number.isNaN(own.cells[start + at])) ownCount += 1;
      }
      if (!ownShareSuffices(ownCount, indicators.length, minShare)) {
        if (ownCount > 0) {
          excluded.push({
            region,
            year,
            reason: 'too-few-own-values',
            own: ownCount,
            of: indicators.length,
          });
        }
        continue;
      }
      const filled: FilledValue<R>[] = [];
      const values: (number | null)[] = [];
      for (let n = 0; n < starts.length; n++) {
        const start = starts[n] as number;
        const value = start >= 0 ? (own.cells[start + at] as number) : Number.NaN;
        if (!Number.isNaN(value)) {
          values.push(value);
          continue;
        }
        const parents = input.parents?.get(region) ?? [];
        const indicator = indicators[n] as string;
        const v = regionValueFill(own, parentTable, parents, indicator, region, year, earlierYears);
        if (v?.filled) filled.push(v.filled);
        values.push(v === null ? null : v.value);
      }
      cells.push({ region, year, values, filled, own: ownCount });
    }
    byYear.push(cells);
  }
  return byYear;
}

/** Steps 7-9 and the ranks for the eligible cells of one year. */
function yearRows<R extends string>(
  cells: readonly Cell<R>[],
  scaling: readonly IndicatorScaling[],
  weights: readonly number[],
  referenceIndex: number | null,
  options: InnovationIndexOptions,
  excluded: InnovationIndexExclusion<R>[],
): InnovationIndexRow<R>[] {
  const scored: { cell: Cell<R>; scores: (number | null)[]; index: number }[] = [];
  for (let k = 0; k < cells.length; k++) {
    const c = cells[k] as Cell<R>;
    const scores: (number | null)[] = [];
    for (let j = 0; j < c.values.length; j++) {
      const v = c.values[j] as number | null;
      const s = scaling[j];
      scores.push(v === null || s === undefined ? null : indicatorScalingScore(s, v));
    }
    const index = scoresWeightedMean(scores, weights);
    if (index !== null) {
      scored.push({ cell: c, scores, index });
      continue;
    }
    excluded.push({
      region: c.region,
      year: c.year,
      reason: 'no-scores',
      own: c.own,
      of: c.values.length,
    });
  }
  const scoreRows: (number | null)[][] = [];
  const relatives: (number | null)[] = [];
  const present: number[] = [];
  for (let k = 0; k < scored.length; k++) {
    const { scores, index } = scored[k] as (typeof scored)[number];
    scoreRows.push(scores);
    const relative = indexRelativePerformance(index, referenceIndex);
    relatives.push(relative);
    if (relative !== null) present.push(relative);
  }
  const ranks = scoresRankRange(scoreRows, weights);
  const extremes = { lowest: Math.min(...present), highest: Math.max(...present) };
  const thresholds = options.groups ?? PERFORMANCE_GROUP_THRESHOLDS;
  const rows: InnovationIndexRow<R>[] = [];
  for (let i = 0; i < scored.length; i++) {
    const { cell: c, scores, index } = scored[i] as (typeof scored)[number];
    const relative = relatives[i] ?? null;
    const rank = ranks[i];
    if (rank == null) continue;
    const grouped =
      relative === null ? null : relativePerformanceGroup(relative, extremes, thresholds);
    const missing: string[] = [];
    for (let j = 0; j < scaling.length; j++)
      if (c.values[j] == null) missing.push((scaling[j] as IndicatorScaling).indicator);
    rows.push({
      region: c.region,
      year: c.year,
      index,
      relative,
      group: grouped?.group ?? null,
      band: grouped?.band ?? null,
      rank: rank.rank,
      rankRange: rank.rankRange,
      scores,
      filled: c.filled,
      missing,
    });
  }
  return rows;
}

function uniqueIndicators(values: readonly IndicatorValue[]): string[] {
  const set = new Set<string>();
  for (const v of values) set.add(v.indicator);
  return [...set].sort();
}
