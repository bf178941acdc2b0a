import {
  outlierBoundsClip,
  referenceSetOutlierBounds,
  type OutlierBounds,
} from './reference-set-outlier-bounds.js';
import { referenceSetNeedsSqrt, referenceSetSkewness } from './reference-set-skewness.js';
import { referenceSetRange, valueRangeScale, type ValueRange } from './reference-set-range.js';

/** Parameters of steps 3 and 4. */
export interface IndicatorScalingOptions {
  /** Outliers lie beyond mean ± this many sample standard deviations; default 3. */
  readonly outlierSd?: number;
  /** Square-root transform above this skewness; default 1. */
  readonly skewnessLimit?: number;
}

/**
 * Steps 3-5 for one indicator, as data: how its values were clipped, whether they were
 * square-root transformed, and the range they were scaled over. Shown beside the index so every
 * score can be traced.
 */
export interface IndicatorScaling {
  readonly indicator: string;
  readonly bounds: OutlierBounds;
  /** Reference-set values set to `bounds.highest` or `bounds.lowest`. */
  readonly clippedHigh: number;
  readonly clippedLow: number;
  /** g1 of the clipped reference set; null when it has no spread. */
  readonly skewness: number | null;
  readonly sqrt: boolean;
  /** Range of the clipped, transformed reference set. */
  readonly range: ValueRange;
  /** True when the reference set is empty or has no spread: the indicator gives no scores. */
  readonly degenerate: boolean;
}

/**
 * Steps 3, 4 and 5 composed: clip the reference set's outliers, decide the square-root transform on
 * the clipped set, and take the range of the clipped, transformed set.
 *
 * @example
 * // eleven 0s and one 12: 12 is clipped to 0 (see referenceSetOutlierBounds), leaving no spread
 * indicatorScaling('rd', [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 12]).degenerate; // true
 * indicatorScaling('rd', [0, 0, 0, 0, 9]); // sqrt: true (g1 = 1.5), range { min: 0, max: 3 }
 */
export function indicatorScaling(
  indicator: string,
  referenceSet: readonly number[],
  options: IndicatorScalingOptions = {},
): IndicatorScaling {
  const bounds = referenceSetOutlierBounds(referenceSet, options.outlierSd ?? 3);
  let clippedHigh = 0;
  let clippedLow = 0;
  // Plain loops: the reference set holds every eligible region-year's value.
  const clipped: number[] = [];
  for (let k = 0; k < referenceSet.length; k++) {
    const v = referenceSet[k] as number;
    if (v > bounds.upper) clippedHigh += 1;
    else if (v < bounds.lower) clippedLow += 1;
    clipped.push(outlierBoundsClip(bounds, v));
  }
  const skewness = referenceSetSkewness(clipped);
  const sqrt = referenceSetNeedsSqrt(clipped, options.skewnessLimit ?? 1, skewness);
  if (sqrt) for (let k = 0; k < clipped.length; k++) clipped[k] = Math.sqrt(clipped[k] as number);
  const range = referenceSetRange(clipped);
  const degenerate = !(range.max > range.min);
  return { indicator, bounds, clippedHigh, clippedLow, skewness, sqrt, range, degenerate };
}

/**
 * A value's normalised score in [0, 1] under an indicator's scaling: clipped, transformed and
 * scaled as the reference set was. Works for the regions and for the reference area alike; a value
 * outside the regions' range is kept within [0, 1], a negative value under the square-root
 * transform counts as 0. Null for a degenerate indicator.
 *
 * @example
 * const s = indicatorScaling('rd', [0, 0, 0, 0, 9]); // sqrt, range 0..3
 * indicatorScalingScore(s, 4);  // 2 / 3   (sqrt 4 = 2, (2 - 0) / (3 - 0))
 * indicatorScalingScore(s, 16); // 1       (sqrt 16 = 4, kept within [0, 1])
 */
export function indicatorScalingScore(scaling: IndicatorScaling, value: number): number | null {
  if (scaling.degenerate) return null;
  const clipped = outlierBoundsClip(scaling.bounds, value);
  const transformed = scaling.sqrt ? Math.sqrt(Math.max(0, clipped)) : clipped;
  return valueRangeScale(scaling.range, transformed);
}
