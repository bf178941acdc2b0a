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
  // The series in order of first appearance, found by indicator and region without a joined key.
  const byIndicator = new Map<string, Map<R, IndicatorValue<R>[]>>();
  const series: IndicatorValue<R>[][] = [];
  for (const v of values) {
    if (!Number.isFinite(v.value)) continue;
    let byRegion = byIndicator.get(v.indicator);
    if (!byRegion) byIndicator.set(v.indicator, (byRegion = new Map()));
    const list = byRegion.get(v.region);
    if (list) list.push(v);
    else {
      const created = [v];
      byRegion.set(v.region, created);
      series.push(created);
    }
  }
  const sortedEditions = [...new Set(editions)].sort((a, b) => a - b);
  const out: EditionValue<R>[] = [];
  for (const list of series) {
    // By year, ascending; of two values for the same year the later one wins, as in
    // indicatorValueTable (the sort is stable, so the later one stays last).
    const sorted = list.length > 1 ? [...list].sort((a, b) => a.year - b.year) : list;
    let k = -1;
    for (const edition of sortedEditions) {
      while (k + 1 < sorted.length && sorted[k + 1]!.year <= edition) k += 1;
      const v = sorted[k];
      if (v === undefined || v.year < edition - lag) continue;
      out.push({
        indicator: v.indicator,
        region: v.region,
        year: edition,
        value: v.value,
        dataYear: v.year,
      });
    }
  }
  return out;
}
