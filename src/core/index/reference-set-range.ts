/** Minimum and maximum of a reference set, for min-max normalisation. */
export interface ValueRange {
  readonly min: number;
  readonly max: number;
}

/**
 * Step 5's range: the smallest and largest value of the (clipped, transformed) reference set.
 *
 * @example
 * referenceSetRange([2, 0, 3]); // { min: 0, max: 3 }
 */
export function referenceSetRange(values: readonly number[]): ValueRange {
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (let k = 0; k < values.length; k++) {
    const v = values[k] ?? 0;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  return { min, max };
}

/**
 * Step 5: (value - min) / (max - min), kept within [0, 1] (a reference area may lie outside the
 * regions' range). Null when the range is empty or has no width: the indicator cannot tell
 * regions apart.
 *
 * @example
 * valueRangeScale({ min: 0, max: 4 }, 3); // 0.75
 * valueRangeScale({ min: 0, max: 4 }, 5); // 1
 * valueRangeScale({ min: 2, max: 2 }, 2); // null
 */
export function valueRangeScale(range: ValueRange, value: number): number | null {
  const width = range.max - range.min;
  if (!(width > 0) || !Number.isFinite(width)) return null;
  return Math.min(1, Math.max(0, (value - range.min) / width));
}
