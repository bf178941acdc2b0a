/** Change of a series between the first and the last year it holds. */
export interface Trend {
  readonly firstYear: number;
  readonly lastYear: number;
  readonly first: number;
  readonly last: number;
  /** last - first. */
  readonly absolute: number;
  /** (last - first) / |first|; null when first is 0. */
  readonly relative: number | null;
}

/**
 * The change of a series over the years it holds: first and last year, absolute and relative
 * change. Null for an empty series. Points need not be sorted; non-finite values are skipped.
 *
 * @example
 * seriesTrend([{ year: 2020, value: 1.5 }, { year: 2014, value: 1.2 }]);
 * // { firstYear: 2014, lastYear: 2020, first: 1.2, last: 1.5, absolute: 0.3, relative: 0.25 }
 */
export function seriesTrend(
  points: readonly { readonly year: number; readonly value: number }[],
): Trend | null {
  let first: { year: number; value: number } | null = null;
  let last: { year: number; value: number } | null = null;
  for (const point of points) {
    if (!Number.isFinite(point.value)) continue;
    if (first === null || point.year < first.year) first = point;
    if (last === null || point.year > last.year) last = point;
  }
  if (first === null || last === null) return null;
  const absolute = last.value - first.value;
  return {
    firstYear: first.year,
    lastYear: last.year,
    first: first.value,
    last: last.value,
    absolute,
    relative: first.value === 0 ? null : absolute / Math.abs(first.value),
  };
}
