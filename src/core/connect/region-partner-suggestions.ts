/** An organisation with its region and the key areas it is active in. */
export interface KeyAreaOrganisation<R extends string = string, K extends string = string> {
  readonly id: string;
  readonly region: R;
  readonly keyAreas: readonly K[];
}

/** An organisation elsewhere worth introducing to organisations of the region. */
export interface PartnerSuggestion<R extends string = string, K extends string = string> {
  readonly organisation: KeyAreaOrganisation<R, K>;
  /** Key areas it shares with at least one of the region's organisations it is not linked to. */
  readonly sharedKeyAreas: readonly K[];
  /** The region's organisations it shares key areas with and is not linked to. */
  readonly localPartners: readonly { readonly id: string; readonly sharedKeyAreas: readonly K[] }[];
}

export interface PartnerSuggestionOptions {
  /**
   * Leave out organisations that already have a link with any of the region's organisations
   * (default true). When false, they stay in with the local organisations they are not yet linked to.
   */
  readonly excludeConnected?: boolean;
  /** At least this many shared key areas (default 1). */
  readonly minSharedKeyAreas?: number;
  /** At most this many suggestions; default all. */
  readonly limit?: number;
}

/**
 * Partners across regions: organisations in other regions active in the same key areas as the
 * region's organisations and not yet linked to them (`links` are pairs of organisation ids, in
 * either order, e.g. shared projects). Ranked by shared key areas, then by local partners, then by
 * id. Local organisations are indexed by key area, so the work grows with the matches found, not
 * with every pair of organisations.
 *
 * @example
 * regionPartnerSuggestions('NL213', [
 *   { id: 'UT', region: 'NL213', keyAreas: ['htsm', 'lsh'] },
 *   { id: 'TUE', region: 'NL414', keyAreas: ['htsm'] },
 *   { id: 'WUR', region: 'NL221', keyAreas: ['agrifood'] },
 * ], []);
 * // [{ organisation: TUE, sharedKeyAreas: ['htsm'], localPartners: [{ id: 'UT', sharedKeyAreas: ['htsm'] }] }]
 */
export function regionPartnerSuggestions<R extends string, K extends string>(
  region: R,
  organisations: readonly KeyAreaOrganisation<R, K>[],
  links: readonly (readonly [string, string])[],
  options: PartnerSuggestionOptions = {},
): PartnerSuggestion<R, K>[] {
  const localByKeyArea = new Map<K, string[]>();
  const local = new Set<string>();
  for (const o of organisations) {
    if (o.region !== region) continue;
    local.add(o.id);
    for (const k of new Set(o.keyAreas)) {
      const list = localByKeyArea.get(k) ?? [];
      list.push(o.id);
      localByKeyArea.set(k, list);
    }
  }
  // Links that touch the region, as external id -> linked local ids.
  const linked = new Map<string, Set<string>>();
  for (const [x, y] of links) {
    const pairs: [string, string][] = [];
    if (local.has(x) && !local.has(y)) pairs.push([y, x]);
    if (local.has(y) && !local.has(x)) pairs.push([x, y]);
    for (const [external, own] of pairs) {
      const set = linked.get(external) ?? new Set<string>();
      set.add(own);
      linked.set(external, set);
    }
  }
  const excludeConnected = options.excludeConnected ?? true;
  const minShared = options.minSharedKeyAreas ?? 1;

  const suggestions = organisations.flatMap((o): PartnerSuggestion<R, K>[] => {
    if (o.region === region || local.has(o.id)) return [];
    const linkedTo = linked.get(o.id);
    if (excludeConnected && linkedTo !== undefined) return [];
    const partners = new Map<string, K[]>();
    for (const k of new Set(o.keyAreas)) {
      for (const id of localByKeyArea.get(k) ?? []) {
        if (linkedTo?.has(id)) continue;
        const shared = partners.get(id) ?? [];
        shared.push(k);
        partners.set(id, shared);
      }
    }
    const sharedKeyAreas = [...new Set([...partners.values()].flat())].sort();
    if (partners.size === 0 || sharedKeyAreas.length < minShared) return [];
    const localPartners = [...partners]
      .map(([id, shared]) => ({ id, sharedKeyAreas: shared.sort() }))
      .sort((a, b) => b.sharedKeyAreas.length - a.sharedKeyAreas.length || compare(a.id, b.id));
    return [{ organisation: o, sharedKeyAreas, localPartners }];
  });
  suggestions.sort(
    (a, b) =>
      b.sharedKeyAreas.length - a.sharedKeyAreas.length ||
      b.localPartners.length - a.localPartners.length ||
      compare(a.organisation.id, b.organisation.id),
  );
  return options.limit === undefined ? suggestions : suggestions.slice(0, options.limit);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
