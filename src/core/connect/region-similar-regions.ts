import type { LocationQuotientNullReason } from '../keyareas/region-location-quotient.js';
import type { RatioMatrix } from '../keyareas/ratio-matrix.js';
import { lqVectorCosine } from './lq-vector-cosine.js';

/** Another region and how closely its key-area profile resembles the region's. */
export interface SimilarRegion<R extends string = string> {
  readonly region: R;
  /** Cosine similarity of the LQ vectors, in [0, 1] for non-negative quotients. */
  readonly similarity: number;
}

/**
 * The regions whose key-area profiles (LQ vectors) resemble `region`'s most, by cosine similarity,
 * most similar first (ties by code). Regions without activity are left out. `limit` caps the list
 * (default: all); `regions` restricts the candidates (e.g. leave the reference row out).
 *
 * @example
 * regionSimilarRegions(lqs, 'NL213', { limit: 5 });
 * // [{ region: 'DEA3', similarity: 0.93 }, { region: 'NL224', similarity: 0.88 }, …]
 */
export function regionSimilarRegions<R extends string, K extends string>(
  lqs: RatioMatrix<R, K, LocationQuotientNullReason>,
  region: R,
  options: { readonly limit?: number; readonly regions?: readonly R[] } = {},
): SimilarRegion<R>[] {
  const at = lqs.regions.indexOf(region);
  if (at < 0) throw new RangeError(`the location quotients hold no region ${region}`);
  const profile = (i: number): (number | null)[] => (lqs.cells[i] ?? []).map((c) => c.value);
  const own = profile(at);
  const allowed = options.regions === undefined ? null : new Set(options.regions);
  const similar: SimilarRegion<R>[] = [];
  lqs.regions.forEach((other, i) => {
    if (i === at || (allowed !== null && !allowed.has(other))) return;
    const cosine = lqVectorCosine(own, profile(i));
    if (cosine.value !== null) similar.push({ region: other, similarity: cosine.value });
  });
  similar.sort(
    (a, b) =>
      b.similarity - a.similarity || (a.region < b.region ? -1 : a.region > b.region ? 1 : 0),
  );
  return options.limit === undefined ? similar : similar.slice(0, options.limit);
}
