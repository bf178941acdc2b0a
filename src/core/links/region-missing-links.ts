/** A region the platform could connect another with: how alike, how linked. */
export interface MissingLinkCandidate<R extends string = string, K extends string = string> {
  readonly region: R;
  /** Cosine similarity of the two key-area LQ profiles; null when either has no activity. */
  readonly similarity: number | null;
  readonly sharedProjects: number;
  /** Salton strength of the link (0 when they share no project). */
  readonly strength: number;
  /** Location quotients per key area of the candidate (null: not defined). */
  readonly lqs: ReadonlyMap<K, number | null>;
}

/** A key area one region is specialised in: its location quotient and the other region's. */
export interface KeyAreaSpecialisation<K extends string = string> {
  readonly keyArea: K;
  readonly lq: number;
  /** The other region's location quotient (null: not defined). */
  readonly otherLq: number | null;
}

/** Why two regions belong together: a key area both are specialised in, or one each. */
export type MissingLinkReason<K extends string = string> =
  | { readonly kind: 'similar'; readonly keyArea: K; readonly lq: number; readonly otherLq: number }
  | {
      readonly kind: 'complementary';
      /** Where the region is specialised and the other is not (null: none). */
      readonly ours: KeyAreaSpecialisation<K> | null;
      /** Where the other is specialised and the region is not. */
      readonly theirs: KeyAreaSpecialisation<K> | null;
    };

export interface MissingLink<R extends string = string, K extends string = string> {
  readonly region: R;
  readonly similarity: number | null;
  readonly sharedProjects: number;
  readonly strength: number;
  /** max(similarity, complementarity) x (1 - strength / strongest), in [0, 1]. */
  readonly score: number;
  readonly reason: MissingLinkReason<K>;
}

/**
 * Missing links: regions similar (cosine of LQ profiles at least `similarAt`, default 0.5) or
 * complementary (a key area where one is specialised, LQ >= 1, and the other is not) to the
 * region, whose link is weak: a Salton strength below `weakBelow` (e.g. the median of all pairs
 * of regions of the level). Ranked by max(similarity, complementarity) x (1 - strength /
 * strongest), where complementarity is the share of key areas where exactly one of the two is
 * specialised and strongest is the region's strongest link among the candidates.
 *
 * @example
 * regionMissingLinks(new Map([['htsm', 1.8]]), [
 *   { region: 'NL414', similarity: 0.9, sharedProjects: 3, strength: 0.01, lqs: new Map([['htsm', 2.1]]) },
 * ], { weakBelow: 0.05 });
 * // [{ region: 'NL414', reason: { kind: 'similar', keyArea: 'htsm', lq: 1.8, otherLq: 2.1 }, ... }]
 */
export function regionMissingLinks<R extends string, K extends string>(
  own: ReadonlyMap<K, number | null>,
  candidates: readonly MissingLinkCandidate<R, K>[],
  options: { readonly weakBelow: number; readonly similarAt?: number },
): MissingLink<R, K>[] {
  const similarAt = options.similarAt ?? 0.5;
  const strongest = Math.max(0, ...candidates.map((c) => c.strength));
  const out: MissingLink<R, K>[] = [];
  for (const c of candidates) {
    if (c.strength >= options.weakBelow) continue;
    let both: { keyArea: K; lq: number; otherLq: number } | null = null;
    let ours: KeyAreaSpecialisation<K> | null = null;
    let theirs: KeyAreaSpecialisation<K> | null = null;
    let exactlyOne = 0;
    const keys = new Set<K>([...own.keys(), ...c.lqs.keys()]);
    for (const k of keys) {
      const a = own.get(k) ?? null;
      const b = c.lqs.get(k) ?? null;
      const aSpec = a !== null && a >= 1;
      const bSpec = b !== null && b >= 1;
      if (aSpec && bSpec) {
        if (!both || Math.min(a, b) > Math.min(both.lq, both.otherLq))
          both = { keyArea: k, lq: a, otherLq: b };
      } else if (aSpec) {
        exactlyOne++;
        if (!ours || a > ours.lq) ours = { keyArea: k, lq: a, otherLq: b };
      } else if (bSpec) {
        exactlyOne++;
        if (!theirs || b > theirs.lq) theirs = { keyArea: k, lq: b, otherLq: a };
      }
    }
    const similar = c.similarity !== null && c.similarity >= similarAt && both !== null;
    if (!similar && exactlyOne === 0) continue;
    const complementarity = keys.size ? exactlyOne / keys.size : 0;
    const closeness = Math.max(c.similarity ?? 0, complementarity);
    out.push({
      region: c.region,
      similarity: c.similarity,
      sharedProjects: c.sharedProjects,
      strength: c.strength,
      score: closeness * (strongest > 0 ? 1 - c.strength / strongest : 1),
      reason: similar ? { kind: 'similar', ...both! } : { kind: 'complementary', ours, theirs },
    });
  }
  return out.sort((a, b) => b.score - a.score || a.sharedProjects - b.sharedProjects);
}

/**
 * The median of the given strengths (the threshold below which a link counts as weak); 0 for none.
 *
 * @example
 * strengthMedian([0.1, 0.3, 0.2, 0.4]); // 0.25
 */
export function strengthMedian(strengths: readonly number[]): number {
  if (strengths.length === 0) return 0;
  const s = [...strengths].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}
