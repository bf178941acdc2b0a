/** One observation: the value of an indicator for a region in a year. */
export interface IndicatorValue<R extends string = string> {
  readonly indicator: string;
  readonly region: R;
  readonly year: number;
  readonly value: number;
}

/** One observation of the reference area (the EU, a country): no region needed. */
export interface ReferenceValue {
  readonly indicator: string;
  readonly year: number;
  readonly value: number;
}

/**
 * Observations as a dense cube indicator x region x year, NaN where missing. Dense because the
 * index reads every cell and scans years: for 330 regions x 10 indicators x 20 years that is 66,000
 * numbers in one Float64Array instead of 66,000 map entries.
 */
export interface IndicatorValueTable<R extends string = string> {
  readonly indicators: readonly string[];
  readonly regions: readonly R[];
  /** Ascending. */
  readonly years: readonly number[];
  readonly indicatorIndex: ReadonlyMap<string, number>;
  readonly regionIndex: ReadonlyMap<R, number>;
  readonly yearIndex: ReadonlyMap<number, number>;
  /** Value of indicator i, region r, year y at ((i x regions) + r) x years + y. */
  readonly cells: Float64Array;
}

/**
 * Indexes observations by indicator, region and year (each sorted). Values that are not finite
 * numbers (NaN from a ':' in a Eurostat table) count as missing; of two observations for the same
 * cell the later wins.
 *
 * @example
 * const table = indicatorValueTable([{ indicator: 'rd', region: 'NL21', year: 2020, value: 1.5 }]);
 * indicatorValueTableGet(table, 'rd', 'NL21', 2020); // 1.5
 */
export function indicatorValueTable<R extends string>(
  values: readonly IndicatorValue<R>[],
): IndicatorValueTable<R> {
  const indicatorIndex = new Map<string, number>();
  const regionIndex = new Map<R, number>();
  const yearIndex = new Map<number, number>();
  // Indexed loops: these run over every observation, before the JIT has warmed up. Observations
  // of one series usually follow each other, so an indicator or region equal to the previous
  // one is not looked up again.
  let lastIndicator: string | undefined;
  let lastRegion: R | undefined;
  for (let k = 0; k < values.length; k++) {
    const { indicator, region, year } = values[k] as IndicatorValue<R>;
    if (indicator !== lastIndicator) indicatorIndex.set((lastIndicator = indicator), 0);
    if (region !== lastRegion) regionIndex.set((lastRegion = region), 0);
    yearIndex.set(year, 0);
  }
  const indicators = numbered(indicatorIndex);
  const regions = numbered(regionIndex);
  const years = numbered(yearIndex);
  const cells = new Float64Array(indicators.length * regions.length * years.length).fill(
    Number.NaN,
  );
  lastIndicator = lastRegion = undefined;
  let i = 0;
  let r = 0;
  for (let k = 0; k < values.length; k++) {
    const { indicator, region, year, value } = values[k] as IndicatorValue<R>;
    if (!Number.isFinite(value)) continue;
    if (indicator !== lastIndicator) i = indicatorIndex.get((lastIndicator = indicator)) ?? 0;
    if (region !== lastRegion) r = regionIndex.get((lastRegion = region)) ?? 0;
    const y = yearIndex.get(year) ?? 0;
    cells[(i * regions.length + r) * years.length + y] = value;
  }
  return { indicators, regions, years, indicatorIndex, regionIndex, yearIndex, cells };
}

/**
 * The value of a cell, or undefined when the table does not hold it.
 *
 * @example
 * indicatorValueTableGet(table, 'rd', 'NL21', 2019); // undefined
 */
export function indicatorValueTableGet<R extends string>(
  table: IndicatorValueTable<R>,
  indicator: string,
  region: R,
  year: number,
): number | undefined {
  const i = table.indicatorIndex.get(indicator);
  const r = table.regionIndex.get(region);
  const y = table.yearIndex.get(year);
  if (i === undefined || r === undefined || y === undefined) return undefined;
  const value = table.cells[(i * table.regions.length + r) * table.years.length + y];
  return value === undefined || Number.isNaN(value) ? undefined : value;
}

/** Sorts a map's keys and numbers them in that order; returns the sorted keys. */
function numbered<K extends string | number>(index: Map<K, number>): K[] {
  const keys = [...index.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  keys.forEach((key, n) => index.set(key, n));
  return keys;
}
