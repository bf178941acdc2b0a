import type { IndicatorValue } from './indicator-value.js';

/** A value as an edition uses it: `year` is the edition, `dataYear` the year it was measured. */
export interface EditionValue<R extends string = string> extends IndicatorValue<R> {
  readonly dataYear: number;
}

/** The lag window when none is chosen: an edition takes data of its own year and three before. */
export const EDITION_LAG_YEARS = 3;

/**
 * Observations column by column: observation k is `indicator[k]`, `region[k]`, `year[k]`,
 * `value[k]`.
 */
export interface IndicatorValueColumns<R extends string = string> {
  readonly indicator: readonly string[];
  readonly region: readonly R[];
  readonly year: readonly number[];
  readonly value: readonly (number | null)[];
}

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
  const indicator: string[] = [];
  const region: R[] = [];
  const year: number[] = [];
  const value: number[] = [];
  const positions = new Int32Array(values.length);
  for (let k = 0; k < values.length; k++) {
    const v = values[k] as IndicatorValue<R>;
    indicator.push(v.indicator);
    region.push(v.region);
    year.push(v.year);
    value.push(v.value);
    positions[k] = k;
  }
  return editionValueColumns({ indicator, region, year, value }, positions, editions, lag);
}

/**
 * {@link editionValues} of the observations at `positions` (in that order) of `columns`, with
 * the same result: the series (indicator and region) in order of first appearance, each series
 * by edition, ascending.
 *
 * @example
 * editionValueColumns(
 *   { indicator: ['rd', 'rd'], region: ['NL', 'NL21'], year: [2009, 2009], value: [1.1, 1.5] },
 *   [1],
 *   [2011, 2013],
 *   3,
 * );
 * // [{ indicator: 'rd', region: 'NL21', year: 2011, value: 1.5, dataYear: 2009 }]
 */
export function editionValueColumns<R extends string>(
  columns: IndicatorValueColumns<R>,
  positions: ArrayLike<number>,
  editions: readonly number[],
  lag: number = EDITION_LAG_YEARS,
): EditionValue<R>[] {
  if (!Number.isInteger(lag) || lag < 0) throw new RangeError('lag must be a whole number >= 0');
  const { order, starts } = seriesOrder(columns, positions);
  const { indicator, region, year, value } = columns;
  const sortedEditions = [...new Set(editions)].sort((a, b) => a - b);
  const out: EditionValue<R>[] = [];
  for (let s = 0; s + 1 < starts.length; s++) {
    const start = starts[s] as number;
    const end = starts[s + 1] as number;
    let k = start - 1;
    for (let e = 0; e < sortedEditions.length; e++) {
      const edition = sortedEditions[e] as number;
      while (k + 1 < end && (year[order[k + 1] as number] as number) <= edition) k += 1;
      if (k < start) continue;
      const at = order[k] as number;
      const measured = year[at] as number;
      if (measured < edition - lag) continue;
      out.push({
        indicator: indicator[at] as string,
        region: region[at] as R,
        year: edition,
        value: value[at] as number,
        dataYear: measured,
      });
    }
  }
  return out;
}

/**
 * The finite observations at `positions` grouped by series (indicator and region), the series in
 * order of first appearance, each by year ascending and otherwise in the order of `positions`:
 * series s holds the observations `order[starts[s]]` up to (not including) `order[starts[s + 1]]`.
 */
function seriesOrder(
  columns: IndicatorValueColumns,
  positions: ArrayLike<number>,
): { readonly order: Int32Array; readonly starts: Int32Array } {
  const { indicator, region, year, value } = columns;
  const n = positions.length;
  const seriesOf = new Int32Array(n);
  const counts: number[] = [];
  const byIndicator = new Map<string, Map<string, number>>();
  // Observations of one series usually follow each other: a run of them is looked up once.
  let lastIndicator: string | undefined;
  let lastRegion: string | undefined;
  let byRegion: Map<string, number> | undefined;
  let s = -1;
  for (let q = 0; q < n; q++) {
    const k = positions[q] as number;
    if (!Number.isFinite(value[k])) {
      seriesOf[q] = -1;
      continue;
    }
    const ind = indicator[k] as string;
    const reg = region[k] as string;
    if (ind !== lastIndicator || byRegion === undefined) {
      lastIndicator = ind;
      lastRegion = undefined;
      byRegion = byIndicator.get(ind);
      if (byRegion === undefined) byIndicator.set(ind, (byRegion = new Map()));
    }
    if (reg !== lastRegion) {
      lastRegion = reg;
      const found = byRegion.get(reg);
      if (found === undefined) {
        s = counts.length;
        byRegion.set(reg, s);
        counts.push(0);
      } else s = found;
    }
    seriesOf[q] = s;
    counts[s] = (counts[s] as number) + 1;
  }
  const starts = new Int32Array(counts.length + 1);
  for (let s = 0; s < counts.length; s++)
    starts[s + 1] = (starts[s] as number) + (counts[s] as number);
  const next = starts.slice(0, counts.length);
  const order = new Int32Array(starts[counts.length] as number);
  for (let q = 0; q < n; q++) {
    const s = seriesOf[q] as number;
    if (s < 0) continue;
    order[next[s] as number] = positions[q] as number;
    next[s] = (next[s] as number) + 1;
  }
  for (let s = 0; s < counts.length; s++)
    sortByYear(order, starts[s] as number, starts[s + 1] as number, year);
  return { order, starts };
}

/** Sorts positions `order[start..end)` by their year, ascending; equal years keep their order. */
function sortByYear(order: Int32Array, start: number, end: number, year: readonly number[]): void {
  for (let a = start + 1; a < end; a++) {
    const moving = order[a] as number;
    const movingYear = year[moving] as number;
    let b = a - 1;
    while (b >= start && (year[order[b] as number] as number) > movingYear) {
      order[b + 1] = order[b] as number;
      b -= 1;
    }
    order[b + 1] = moving;
  }
}
