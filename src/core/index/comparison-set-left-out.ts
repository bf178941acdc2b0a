import type { IndicatorValue } from './indicator-value.js';

/** A region of the level that is not in a year's (or edition's) comparison set, and why. */
export interface LeftOutRegion<R extends string = string> {
  readonly region: R;
  /** Indicators with the region's own value. */
  readonly own: number;
  readonly of: number;
  /** Indicators without the region's own value, in the set's order. */
  readonly missing: readonly string[];
}

/**
 * The regions of `regions` that miss the two-thirds rule (step 2) for a year or edition, each with
 * the indicators it has no own value for. A region with no value at all is listed too (every
 * indicator missing). Sorted by region code.
 *
 * @example
 * comparisonSetLeftOut(values, ['a', 'b', 'c'], ['DE11', 'NL21'], 2012);
 * // [{ region: 'DE11', own: 1, of: 3, missing: ['b', 'c'] }] when DE11 has only 'a' in 2012
 */
export function comparisonSetLeftOut<R extends string>(
  values: readonly IndicatorValue<R>[],
  indicators: readonly string[],
  regions: readonly R[],
  year: number,
  minShare = 2 / 3,
): LeftOutRegion<R>[] {
  const wanted = new Set(indicators);
  const has = new Map<R, Set<string>>();
  for (const v of values) {
    if (v.year !== year || !wanted.has(v.indicator) || !Number.isFinite(v.value)) continue;
    const set = has.get(v.region);
    if (set) set.add(v.indicator);
    else has.set(v.region, new Set([v.indicator]));
  }
  const out: LeftOutRegion<R>[] = [];
  for (const region of [...new Set(regions)].sort()) {
    const own = has.get(region) ?? new Set<string>();
    // The same tolerance as regionYearEligibility: 2/3 x 9 is 6.000000000000001.
    if (indicators.length > 0 && own.size >= minShare * indicators.length - 1e-9) continue;
    out.push({
      region,
      own: own.size,
      of: indicators.length,
      missing: indicators.filter((i) => !own.has(i)),
    });
  }
  return out;
}
