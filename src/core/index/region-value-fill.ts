import { indicatorValueTableGet, type IndicatorValueTable } from './indicator-value.js';

/** Where a value used for the index came from, when it is not the region's own for that year. */
export type FilledValue<R extends string = string> =
  | {
      readonly indicator: string;
      readonly from: 'earlier-year';
      readonly year: number;
      readonly value: number;
    }
  | {
      readonly indicator: string;
      readonly from: 'parent';
      readonly region: R;
      readonly value: number;
    };

/** A value for the index: the region's own, or a filled one with its source. */
export type RegionValue<R extends string = string> =
  | { readonly value: number; readonly filled: null }
  | { readonly value: number; readonly filled: FilledValue<R> };

/**
 * Step 6: the region's own value for the year; when missing, its latest earlier year's own value;
 * else the same year's value of its nearest parent that has one (`parents` nearest first: NUTS1,
 * then the country). Null when none of these exists. With `earlierYears` false the region's
 * earlier years are not looked at (editions: their values already are the latest within the lag
 * window, and an older one would step outside it).
 *
 * @example
 * // NL21 has rd for 2018 only; the country NL has rd for 2020
 * regionValueFill(own, parentTable, ['NL2', 'NL'], 'rd', 'NL21', 2020);
 * // { value: <2018 value>, filled: { indicator: 'rd', from: 'earlier-year', year: 2018, value } }
 */
export function regionValueFill<R extends string>(
  own: IndicatorValueTable<R>,
  parentTable: IndicatorValueTable<R>,
  parents: readonly R[],
  indicator: string,
  region: R,
  year: number,
  earlierYears = true,
): RegionValue<R> | null {
  const i = own.indicatorIndex.get(indicator);
  const r = own.regionIndex.get(region);
  if (i !== undefined && r !== undefined) {
    const base = (i * own.regions.length + r) * own.years.length;
    // Years are ascending: walk down from the year itself (or the last one held before it).
    for (let y = latestYearAtOrBefore(own.years, year); y >= 0; y--) {
      const value = own.cells[base + y];
      if (value === undefined || Number.isNaN(value)) continue;
      const at = own.years[y] ?? year;
      if (at === year) return { value, filled: null };
      if (!earlierYears) break;
      return { value, filled: { indicator, from: 'earlier-year', year: at, value } };
    }
  }
  for (const parent of parents) {
    const value = indicatorValueTableGet(parentTable, indicator, parent, year);
    if (value !== undefined) {
      return { value, filled: { indicator, from: 'parent', region: parent, value } };
    }
  }
  return null;
}

/** Position of the latest year <= `year` in ascending `years`, or -1 (binary search). */
function latestYearAtOrBefore(years: readonly number[], year: number): number {
  let low = 0;
  let high = years.length - 1;
  let found = -1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if ((years[mid] ?? Number.POSITIVE_INFINITY) <= year) {
      found = mid;
      low = mid + 1;
    } else high = mid - 1;
  }
  return found;
}
