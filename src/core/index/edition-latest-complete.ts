import type { EditionValue } from './edition-values.js';

/**
 * The latest edition in which every indicator of the set has a value for at least one region:
 * the default edition. Null when no edition holds them all.
 *
 * @example
 * // 'a' has values in editions 2011-2015, 'b' in 2009-2012
 * editionLatestComplete(values, ['a', 'b']); // 2012
 */
export function editionLatestComplete(
  values: readonly EditionValue[],
  indicators: readonly string[],
): number | null {
  if (indicators.length === 0) return null;
  const wanted = new Set(indicators);
  const seen = new Map<number, Set<string>>();
  for (const v of values) {
    if (!wanted.has(v.indicator)) continue;
    const set = seen.get(v.year);
    if (set) set.add(v.indicator);
    else seen.set(v.year, new Set([v.indicator]));
  }
  let latest: number | null = null;
  for (const [edition, set] of seen) {
    if (set.size === wanted.size && (latest === null || edition > latest)) latest = edition;
  }
  return latest;
}
