/** A region's cluster or spearhead, mapped to key areas with weights (e.g. 0.5 each for two). */
export interface Spearhead<R extends string = string, K extends string = string> {
  readonly id: string;
  readonly region: R;
  readonly keyAreas: readonly { readonly keyArea: K; readonly weight: number }[];
}

/** One key area and the spearheads of the region that address it, with their mapping weights. */
export interface KeyAreaCoverage<K extends string = string> {
  readonly keyArea: K;
  readonly spearheads: readonly { readonly id: string; readonly weight: number }[];
  /** Sum of the mapping weights: how much of the region's spearhead portfolio points here. */
  readonly weight: number;
}

/** Which key areas a region's spearheads address, and which of the taxonomy they leave open. */
export interface SpearheadCoverage<K extends string = string> {
  /** Covered key areas, largest weight first, then by key area. */
  readonly covered: readonly KeyAreaCoverage<K>[];
  /** Key areas of `keyAreas` addressed by no spearhead (weight 0 counts as not addressed). */
  readonly uncovered: readonly K[];
}

/**
 * Coverage of the key areas by the spearheads of `region`. Mappings with weight 0 or less do not
 * count. Pass the taxonomy as `keyAreas` to learn which key areas stay uncovered.
 *
 * @example
 * regionSpearheadCoverage('NL213', [
 *   { id: 'food', region: 'NL213', keyAreas: [{ keyArea: 'agrifood', weight: 1 }] },
 *   { id: 'health', region: 'NL213', keyAreas: [
 *     { keyArea: 'lsh', weight: 0.5 }, { keyArea: 'htsm', weight: 0.5 }] },
 * ], ['agrifood', 'htsm', 'lsh', 'water']);
 * // covered: agrifood 1 (food), htsm 0.5 (health), lsh 0.5 (health); uncovered: ['water']
 */
export function regionSpearheadCoverage<R extends string, K extends string>(
  region: R,
  spearheads: readonly Spearhead<R, K>[],
  keyAreas: readonly K[] = [],
): SpearheadCoverage<K> {
  const byKeyArea = new Map<K, { id: string; weight: number }[]>();
  for (const spearhead of spearheads) {
    if (spearhead.region !== region) continue;
    for (const { keyArea, weight } of spearhead.keyAreas) {
      if (!(weight > 0)) continue;
      const list = byKeyArea.get(keyArea) ?? [];
      list.push({ id: spearhead.id, weight });
      byKeyArea.set(keyArea, list);
    }
  }
  const covered = [...byKeyArea].map(([keyArea, list]) => ({
    keyArea,
    spearheads: list.sort((a, b) => b.weight - a.weight || compare(a.id, b.id)),
    weight: list.reduce((sum, s) => sum + s.weight, 0),
  }));
  covered.sort((a, b) => b.weight - a.weight || compare(a.keyArea, b.keyArea));
  return { covered, uncovered: keyAreas.filter((k) => !byKeyArea.has(k)) };
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
