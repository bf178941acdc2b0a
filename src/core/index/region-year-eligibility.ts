import type { IndicatorValueTable } from './indicator-value.js';

/** Whether a region gets an index for a year, and the count that decided it. */
export interface RegionYearEligibility {
  readonly eligible: boolean;
  /** Indicators with the region's own value that year. */
  readonly own: number;
  /** Indicators in the set. */
  readonly of: number;
}

/**
 * Step 2: a region gets an index for a year when it has its own values (not filled ones) for at
 * least `minShare` (default two thirds) of the indicators that year.
 *
 * @example
 * // own values for 2 of 3 indicators: 2 >= 2/3 x 3
 * regionYearEligibility(table, ['a', 'b', 'c'], 'NL21', 2020); // { eligible: true, own: 2, of: 3 }
 */
export function regionYearEligibility<R extends string>(
  table: IndicatorValueTable<R>,
  indicators: readonly string[],
  region: R,
  year: number,
  minShare = 2 / 3,
): RegionYearEligibility {
  const r = table.regionIndex.get(region);
  const y = table.yearIndex.get(year);
  let own = 0;
  if (r !== undefined && y !== undefined) {
    for (let n = 0; n < indicators.length; n++) {
      const i = table.indicatorIndex.get(indicators[n] ?? '');
      if (i === undefined) continue;
      const value = table.cells[(i * table.regions.length + r) * table.years.length + y];
      if (value !== undefined && !Number.isNaN(value)) own += 1;
    }
  }
  return {
    eligible: ownShareSuffices(own, indicators.length, minShare),
    own,
    of: indicators.length,
  };
}

/**
 * Step 2's rule on counts: `own` values of `of` indicators are at least `minShare` of them (and
 * the set is not empty).
 *
 * @example
 * ownShareSuffices(6, 9, 2 / 3); // true
 * ownShareSuffices(5, 9, 2 / 3); // false
 */
export function ownShareSuffices(own: number, of: number, minShare: number): boolean {
  // The tolerance keeps 2/3 x 9 = 6.000000000000001 from refusing a region with 6 of 9.
  return of > 0 && own >= minShare * of - 1e-9;
}
