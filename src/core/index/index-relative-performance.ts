/**
 * Step 8: relative performance = 100 x index / the reference area's index that year. Null when
 * the reference area has no index that year, an index of 0, or one so near 0 that the quotient
 * overflows.
 *
 * @example
 * indexRelativePerformance(0.45, 0.4); // 112.5
 * indexRelativePerformance(0.45, 0);   // null
 */
export function indexRelativePerformance(
  index: number,
  referenceIndex: number | null,
): number | null {
  if (referenceIndex === null || referenceIndex === 0) return null;
  const relative = (100 * index) / referenceIndex;
  return Number.isFinite(relative) ? relative : null;
}
