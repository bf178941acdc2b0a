import type { IndicatorValue } from './indicator-value.js';

/** A value as an edition uses it: `year` is the edition, `dataYear` the year it was measured. */
export interface EditionValue<R extends string = string> extends IndicatorValue<R> {
  readonly dataYear: number;
}

/** The lag window when none is chosen: an edition takes data of its own year and three before. */
export const EDITION_LAG_YEARS = 3;

/**
 * Editions (PRODUCT.md, topic 3, "Editions"): for every edition year E, each region's value of
 * each indicator is its own value of the most recent year at or before E and no older than
 * E - lag. The result carries the edition as `year` and the measured year as `dataYear`, so that
 * the single-year index method (steps 2-9) runs on editions unchanged. A series with no value in
 * an edition's window gives nothing for that edition. Values that are not finite count as missing.
 * Throws a RangeError for a negative or fractional lag.
 *
 * @example
 * editionValues([{ indicator: 'rd', region: 'NL21', year: 2009, value: 1.5 }], [2011, 2013], 3);
 * // [{ indicator: 'rd', region: 'NL21', year: 2011, value: 1.5, dataYear: 2009 }]
 * // (2013 - 3 = 2010 > 2009: the 2009 value is too old for edition 2013)
 */
export function editionValues<R extends string>(
  values: readonly IndicatorValue<R>[],
  editions: readonly number[],
  lag: number = EDITION_LAG_YEARS,
): EditionValue<R>[] {
  if (!Number.isInteger(lag) || lag < 0) throw new RangeError('lag must be a whole number >= 0');
  const series = new Map<string, IndicatorValue<R>[]>();
  for (const v of values) {
    if (!Number.isFinite(v.value)) continue;
    const key = `${v.indicator}\u0000${v.region}`;
    const list = series.get(key);
    if (list) list.push(v);
    else series.set(key, [v]);
  }
  const sortedEditions = [...new Set(editions)].sort((a, b) => a - b);
  const out: EditionValue<R>[] = [];
  for (const list of series.values()) {
    // Of two values for the same year the later one wins, as in indicatorValueTable.
    const byYear = new Map<number, IndicatorValue<R>>();
    for (const v of list) byYear.set(v.year, v);
    const years = [...byYear.keys()].sort((a, b) => a - b);
    let k = -1;
    for (const edition of sortedEditions) {
      while (k + 1 < years.length && (years[k + 1] ?? Infinity) <= edition) k += 1;
      const year = years[k];
      if (year === undefined || year < edition - lag) continue;
      const v = byYear.get(year) as IndicatorValue<R>;
      out.push({
        indicator: v.indicator,
        region: v.region,
        year: edition,
        value: v.value,
        dataYear: year,
      });
    }
  }
  return out;
}
