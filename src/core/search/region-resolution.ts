import type { RegionHit } from './region-search.js';

/** What a free-text region argument comes to: one region, none, or several equally good. */
export type RegionResolution =
  | { readonly kind: 'found'; readonly hit: RegionHit }
  | { readonly kind: 'none' }
  | { readonly kind: 'ambiguous'; readonly candidates: readonly RegionHit[] };

/**
 * Picks the region a text means from its ranked hits (see regionSearch): the best hit when no
 * other region matches as well (same kind of match, same distance), otherwise every region that
 * does, to choose from.
 *
 * @example
 * regionResolution([{ code: 'NL213', matched: 'Twente', kind: 'name', match: 'name', distance: 0 }]);
 * // { kind: 'found', hit: { code: 'NL213', ... } }
 */
export function regionResolution(hits: readonly RegionHit[]): RegionResolution {
  const top = hits[0];
  if (!top) return { kind: 'none' };
  const tied = hits.filter((h) => h.match === top.match && h.distance === top.distance);
  if (top.match === 'code' || tied.length === 1) return { kind: 'found', hit: top };
  return { kind: 'ambiguous', candidates: tied };
}
