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

type Point = { year: number; value: number };
type Ends = [first: Point, last: Point] | null;

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
  // Per region: the ends of each indicator's series, and at the last position the index's.
  const ends = new Map<R, Ends[]>();
  const extend = (region: R, at: number, year: number, value: number): void => {
    if (!Number.isFinite(value)) return;
    let series = ends.get(region);
    if (series === undefined)
      ends.set(region, (series = new Array<Ends>(indicators.length + 1).fill(null)));
    const current = series[at];
    if (current == null)
      series[at] = [
        { year, value },
        { year, value },
      ];
    else {
      // Update in place: one pass over every observation should not leave a point behind each.
      const end = year < current[0].year ? current[0] : year > current[1].year ? current[1] : null;
      if (end !== null) {
        end.year = year;
        end.value = value;
      }
    }
  };
  for (let k = 0; k < values.length; k++) {
    const v = values[k] as IndicatorValue<R>;
    const at = position.get(v.indicator);
    if (at !== undefined) extend(v.region, at, v.year, v.value);
  }
  for (let k = 0; k < rows.length; k++) {
    const row = rows[k] as { readonly region: R; readonly year: number; readonly index: number };
    extend(row.region, indicators.length, row.year, row.index);
  }
  return [...ends.keys()]
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
    .map((region) => {
      const series = ends.get(region) ?? [];
      return {
        region,
        index: seriesTrend(series[indicators.length] ?? []),
        indicators: indicators.map((indicator, at) => ({
          indicator,
          trend: seriesTrend(series[at] ?? []),
        })),
      };
    });
}
