/**
 * A region x key-area matrix of activity for one measure: x(r, k), with the region totals x(r).
 * Regions and key areas are type parameters so branded codes (NutsCode, a key-area id) flow through.
 */
export interface ActivityMatrix<R extends string = string, K extends string = string> {
  readonly regions: readonly R[];
  readonly keyAreas: readonly K[];
  /** `values[i][j]` = x(regions[i], keyAreas[j]). */
  readonly values: readonly (readonly number[])[];
  /** `totals[i]` = x(regions[i]): the row sum unless the totals were given. */
  readonly totals: readonly number[];
  readonly regionIndex: ReadonlyMap<R, number>;
  readonly keyAreaIndex: ReadonlyMap<K, number>;
}

/** One already-aggregated cell: x(region, keyArea) = value. */
export interface ActivityCell<R extends string = string, K extends string = string> {
  readonly region: R;
  readonly keyArea: K;
  readonly value: number;
}

export interface ActivityMatrixOptions<R extends string = string, K extends string = string> {
  /** Rows in this order; default: every region in the cells, sorted. Listed regions without cells get zeros. */
  readonly regions?: readonly R[];
  /** Columns in this order (e.g. the whole taxonomy); default: every key area in the cells, sorted. */
  readonly keyAreas?: readonly K[];
  /**
   * x(r) when it is more than the row sum, e.g. all participations of a region including those
   * mapped to no key area. Regions missing here take their row sum.
   */
  readonly totals?: ReadonlyMap<R, number>;
}

/**
 * Builds the matrix from already-aggregated cells (e.g. an indicator with a key-area breakdown).
 * Cells for the same region and key area add up. Cells outside given `regions`/`keyAreas` are
 * dropped. Throws a RangeError for a value that is not a finite number.
 *
 * @example
 * const m = activityMatrixFromCells([
 *   { region: 'NL21', keyArea: 'water', value: 3 },
 *   { region: 'NL21', keyArea: 'ict', value: 1 },
 * ]);
 * m.keyAreas; // ['ict', 'water']
 * m.values;   // [[1, 3]]
 * m.totals;   // [4]
 */
export function activityMatrixFromCells<R extends string, K extends string>(
  cells: readonly ActivityCell<R, K>[],
  options: ActivityMatrixOptions<R, K> = {},
): ActivityMatrix<R, K> {
  const regions = options.regions ?? sortedUnique(cells.map((c) => c.region));
  const keyAreas = options.keyAreas ?? sortedUnique(cells.map((c) => c.keyArea));
  const regionIndex = new Map(regions.map((r, i) => [r, i] as const));
  const keyAreaIndex = new Map(keyAreas.map((k, j) => [k, j] as const));
  const values = regions.map(() => new Array<number>(keyAreas.length).fill(0));
  for (const cell of cells) {
    if (!Number.isFinite(cell.value)) {
      throw new RangeError(`activity value for ${cell.region}/${cell.keyArea} is not finite`);
    }
    const i = regionIndex.get(cell.region);
    const j = keyAreaIndex.get(cell.keyArea);
    const row = i === undefined ? undefined : values[i];
    if (row === undefined || j === undefined) continue;
    row[j] = (row[j] ?? 0) + cell.value;
  }
  const totals = regions.map(
    (r, i) => options.totals?.get(r) ?? (values[i] ?? []).reduce((s, v) => s + v, 0),
  );
  return { regions, keyAreas, values, totals, regionIndex, keyAreaIndex };
}

/**
 * x(region, keyArea). Throws a RangeError for a region or key area the matrix does not hold.
 *
 * @example
 * activityMatrixCell(m, 'NL21', 'water'); // 3
 */
export function activityMatrixCell<R extends string, K extends string>(
  matrix: ActivityMatrix<R, K>,
  region: R,
  keyArea: K,
): number {
  return (
    matrix.values[activityMatrixRow(matrix, region)]?.[activityMatrixColumn(matrix, keyArea)] ?? 0
  );
}

/**
 * Row number of `region`; throws a RangeError when the matrix does not hold it.
 *
 * @example
 * activityMatrixRow(m, 'NL21'); // 0
 */
export function activityMatrixRow<R extends string, K extends string>(
  matrix: ActivityMatrix<R, K>,
  region: R,
): number {
  const i = matrix.regionIndex.get(region);
  if (i === undefined) throw new RangeError(`the activity matrix holds no region ${region}`);
  return i;
}

/**
 * Column number of `keyArea`; throws a RangeError when the matrix does not hold it.
 *
 * @example
 * activityMatrixColumn(m, 'water'); // 1
 */
export function activityMatrixColumn<R extends string, K extends string>(
  matrix: ActivityMatrix<R, K>,
  keyArea: K,
): number {
  const j = matrix.keyAreaIndex.get(keyArea);
  if (j === undefined) throw new RangeError(`the activity matrix holds no key area ${keyArea}`);
  return j;
}

function sortedUnique<T extends string>(items: readonly T[]): T[] {
  return [...new Set(items)].sort();
}
