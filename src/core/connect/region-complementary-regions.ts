import type { LocationQuotientNullReason } from '../keyareas/region-location-quotient.js';
import type { RatioMatrix } from '../keyareas/ratio-matrix.js';
import { regionComplementarity, type RegionComplementarity } from './region-complementarity.js';

/**
 * The regions that complement `region` most: those with the most key areas where exactly one of
 * the two is specialised (LQ >= `threshold`, default 1), most first, ties by code. Each comes with
 * its complementarity, both directions. Regions with nothing complementary are left out.
 *
 * @example
 * regionComplementaryRegions(lqs, 'NL213', { limit: 3 });
 * // [{ a: 'NL213', b: 'NL226', aOnly: [htsm], bOnly: [agrifood, water] }, …]
 */
export function regionComplementaryRegions<R extends string, K extends string>(
  lqs: RatioMatrix<R, K, LocationQuotientNullReason>,
  region: R,
  options: {
    readonly threshold?: number;
    readonly limit?: number;
    readonly regions?: readonly R[];
  } = {},
): RegionComplementarity<R, K>[] {
  const candidates = (options.regions ?? lqs.regions).filter((r) => r !== region);
  const size = (c: RegionComplementarity<R, K>) => c.aOnly.length + c.bOnly.length;
  const list = candidates
    .map((other) => regionComplementarity(lqs, region, other, options.threshold ?? 1))
    .filter((c) => size(c) > 0)
    .sort((p, q) => size(q) - size(p) || (p.b < q.b ? -1 : p.b > q.b ? 1 : 0));
  return options.limit === undefined ? list : list.slice(0, options.limit);
}
