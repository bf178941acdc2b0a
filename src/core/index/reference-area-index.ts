import { indicatorScalingScore, type IndicatorScaling } from './indicator-scaling.js';
import type { ReferenceValue } from './indicator-value.js';
import { scoresWeightedMean } from './scores-weighted-mean.js';

/** The reference area's index in a year (step 8's denominator), with its normalised scores. */
export interface ReferenceIndex {
  readonly year: number;
  /** Null when the reference area has no scored value that year. */
  readonly index: number | null;
  /** In the order of `scaling`; null where the reference area has no value that year. */
  readonly scores: readonly (number | null)[];
}

/**
 * Step 8's denominator: the reference area's index per year, from its own values of that year put
 * through the regions' clipping, transformation and scaling (step 5) and averaged with the same
 * weights. Indicators the reference area lacks in a year are left out of its mean.
 *
 * @example
 * // one indicator scaled over 0..3 without transform; EU value 1.5 in 2020
 * referenceAreaIndex([{ indicator: 'rd', year: 2020, value: 1.5 }], [scaling], [1], [2020]);
 * // [{ year: 2020, index: 0.5, scores: [0.5] }]
 */
export function referenceAreaIndex(
  values: readonly ReferenceValue[],
  scaling: readonly IndicatorScaling[],
  weights: readonly number[],
  years: readonly number[],
): ReferenceIndex[] {
  const byYear = new Map<number, Map<string, number>>();
  for (const { indicator, year, value } of values) {
    if (!Number.isFinite(value)) continue;
    const byIndicator = byYear.get(year) ?? new Map<string, number>();
    byIndicator.set(indicator, value);
    byYear.set(year, byIndicator);
  }
  return years.map((year) => {
    const scores = scaling.map((s) => {
      const value = byYear.get(year)?.get(s.indicator);
      return value === undefined ? null : indicatorScalingScore(s, value);
    });
    return { year, index: scoresWeightedMean(scores, weights), scores };
  });
}
