import type { IndicatorValue } from './indicator-value.js';
import { seriesTrend, type Trend } from './series-trend.js';

/** A region's trend: of the index, and of each indicator's own values. */
export interface RegionInnovationTrend<R extends string = string> {
  readonly region: R;
  /** Over the years the region has an index. */
  readonly index: Trend | null;
  /** Over the years the region has its own value (filled values are not trends). */
  readonly indicators: readonly { readonly indicator: string; readonly trend: Trend | null }[];
}

/**
 * Trend of the index and of each indicator over the years held, per region (sorted). Values of
 * indicators not in `indicators` are ignored. Keeps only the first and last point of each series,
 * so it runs in one pass.
 *
 * @example
 * regionInnovationTrends(
 *   [{ indicator: 'rd', region: 'NL21', year: 2014, value: 1.2 },
 *    { indicator: 'rd', region: 'NL21', year: 2020, value: 1.5 }],
 *   [{ region: 'NL21', year: 2014, index: 0.4 }, { region: 'NL21', year: 2020, index: 0.5 }],
 *   ['rd'],
 * );
 * // [{ region: 'NL21', index: { firstYear: 2014, …, absolute: 0.1, relative: 0.25 },
 * //    indicators: [{ indicator: 'rd', trend: { …, absolute: 0.3, relative: 0.25 } }] }]
 */
export function regionInnovationTrends<R extends string>(
  values: readonly IndicatorValue<R>[],
  rows: readonly { readonly region: R; readonly year: number; readonly index: number }[],
  indicators: readonly string[],
): RegionInnovationTrend<R>[] {
  const position = new Map(indicators.map((indicator, i) => [indicator, i] as const));
  const ends = new SeriesEnds<R>(indicators.length + 1);
  let lastIndicator: string | undefined;
  let at: number | undefined;
  for (let k = 0; k < values.length; k++) {
    const v = values[k] as IndicatorValue<R>;
    if (v.indicator !== lastIndicator) {
      lastIndicator = v.indicator;
      at = position.get(v.indicator);
    }
    if (at !== undefined) ends.extend(v.region, at, v.year, v.value);
  }
  for (let k = 0; k < rows.length; k++) {
    const row = rows[k] as { readonly region: R; readonly year: number; readonly index: number };
    ends.extend(row.region, indicators.length, row.year, row.index);
  }
  return [...ends.regions()]
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
    .map((region) => ({
      region,
      index: ends.trend(region, indicators.length),
      indicators: indicators.map((indicator, at) => ({
        indicator,
        trend: ends.trend(region, at),
      })),
    }));
}

/**
 * Per region, the first and the last point (earliest and latest year) of each of `width` series,
 * kept in flat arrays: one pass over every observation leaves no object behind each.
 */
class SeriesEnds<R extends string> {
  private readonly slots = new Map<R, number>();
  /** Per region slot x width + series: the ends' years and values; NaN years where empty. */
  private readonly firstYear: number[] = [];
  private readonly firstValue: number[] = [];
  private readonly lastYear: number[] = [];
  private readonly lastValue: number[] = [];
  private lastRegion: R | undefined;
  private lastSlot = 0;

  constructor(private readonly width: number) {}

  /** Takes a point of a region's series `at` into its ends; a value that is not finite is skipped. */
  extend(region: R, at: number, year: number, value: number): void {
    if (!Number.isFinite(value)) return;
    const cell = this.slotOf(region) * this.width + at;
    const first = this.firstYear[cell] as number;
    if (Number.isNaN(first)) {
      this.firstYear[cell] = this.lastYear[cell] = year;
      this.firstValue[cell] = this.lastValue[cell] = value;
    } else if (year < first) {
      this.firstYear[cell] = year;
      this.firstValue[cell] = value;
    } else if (year > (this.lastYear[cell] as number)) {
      this.lastYear[cell] = year;
      this.lastValue[cell] = value;
    }
  }

  /** The regions with a point in some series, in order of their first point. */
  regions(): IterableIterator<R> {
    return this.slots.keys();
  }

  /** The trend of a region's series `at`; null when it holds no point. */
  trend(region: R, at: number): Trend | null {
    const slot = this.slots.get(region);
    if (slot === undefined) return null;
    const cell = slot * this.width + at;
    const firstYear = this.firstYear[cell] as number;
    if (Number.isNaN(firstYear)) return null;
    return seriesTrend([
      { year: firstYear, value: this.firstValue[cell] as number },
      { year: this.lastYear[cell] as number, value: this.lastValue[cell] as number },
    ]);
  }

  private slotOf(region: R): number {
    if (region === this.lastRegion) return this.lastSlot;
    let slot = this.slots.get(region);
    if (slot === undefined) {
      slot = this.slots.size;
      this.slots.set(region, slot);
      for (let k = 0; k < this.width; k++) {
        this.firstYear.push(Number.NaN);
        this.firstValue.push(Number.NaN);
        this.lastYear.push(Number.NaN);
        this.lastValue.push(Number.NaN);
      }
    }
    this.lastRegion = region;
    this.lastSlot = slot;
    return slot;
  }
}
