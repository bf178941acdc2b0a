import type { LocationQuotientNullReason } from '../keyareas/region-location-quotient.js';
import type { RatioMatrix } from '../keyareas/ratio-matrix.js';

/** A key area where one region is specialised and the other is not, with both quotients. */
export interface ComplementaryKeyArea<K extends string = string> {
  readonly keyArea: K;
  /** LQ of the specialised region. */
  readonly lq: number;
  /** LQ of the other region; null when undefined (it has no activity). */
  readonly otherLq: number | null;
}

/** Complementarity of two regions, both directions. */
export interface RegionComplementarity<R extends string = string, K extends string = string> {
  readonly a: R;
  readonly b: R;
  /** Key areas where `a` is specialised and `b` is not: where b can learn from a. */
  readonly aOnly: readonly ComplementaryKeyArea<K>[];
  /** Key areas where `b` is specialised and `a` is not. */
  readonly bOnly: readonly ComplementaryKeyArea<K>[];
}

/**
 * Key areas where one region is specialised (LQ >= `threshold`, default 1) and the other is not,
 * in both directions, largest quotient first. An undefined quotient is not specialised.
 *
 * @example
 * // NL213: htsm 1.8, agrifood 0.6;  NL226: htsm 0.9, agrifood 2.1
 * regionComplementarity(lqs, 'NL213', 'NL226');
 * // { aOnly: [{ keyArea: 'htsm', lq: 1.8, otherLq: 0.9 }],
 * //   bOnly: [{ keyArea: 'agrifood', lq: 2.1, otherLq: 0.6 }] }
 */
export function regionComplementarity<R extends string, K extends string>(
  lqs: RatioMatrix<R, K, LocationQuotientNullReason>,
  a: R,
  b: R,
  threshold = 1,
): RegionComplementarity<R, K> {
  const rowOf = (region: R) => {
    const i = lqs.regions.indexOf(region);
    if (i < 0) throw new RangeError(`the location quotients hold no region ${region}`);
    return lqs.cells[i] ?? [];
  };
  const rowA = rowOf(a);
  const rowB = rowOf(b);
  const aOnly: ComplementaryKeyArea<K>[] = [];
  const bOnly: ComplementaryKeyArea<K>[] = [];
  lqs.keyAreas.forEach((keyArea, j) => {
    const x = rowA[j]?.value ?? null;
    const y = rowB[j]?.value ?? null;
    const aSpecialised = x !== null && x >= threshold;
    const bSpecialised = y !== null && y >= threshold;
    if (aSpecialised && !bSpecialised) aOnly.push({ keyArea, lq: x, otherLq: y });
    if (bSpecialised && !aSpecialised) bOnly.push({ keyArea, lq: y, otherLq: x });
  });
  const byLq = (p: ComplementaryKeyArea<K>, q: ComplementaryKeyArea<K>) => q.lq - p.lq;
  return { a, b, aOnly: aOnly.sort(byLq), bOnly: bOnly.sort(byLq) };
}
