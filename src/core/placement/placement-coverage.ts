/** One participation, with where its organisation is placed. */
export interface PlacedParticipation {
  /** Country of the organisation (CORDIS writes EL for Greece, UK for the United Kingdom). */
  readonly country: string | null;
  /** The most precise region the organisation is placed in: a NUTS code or the country code. */
  readonly placedIn: string | null;
  /** Whether the organisation is a company (helix role business). */
  readonly business: boolean;
  readonly contribution: number | null;
}

/** How much of a country's participations the loaded data places at a NUTS level or below. */
export interface PlacementCoverage {
  readonly country: string;
  /** The NUTS level asked about: 0 the country, 1-3 the regions below it. */
  readonly level: number;
  /** Participations of the country's organisations. */
  readonly participations: number;
  /** Of those, the ones whose organisation is placed at `level` or below. */
  readonly placed: number;
  /** The others: their organisation is placed only at a coarser level (most often the country). */
  readonly unplaced: number;
  /** Of the unplaced, those of companies. */
  readonly unplacedBusiness: number;
  /** placed / participations; null without participations. */
  readonly placedShare: number | null;
  /** EC contribution of the placed / EC contribution of all; null when no contribution is known. */
  readonly placedContributionShare: number | null;
  /** The deepest NUTS level any of the country's organisations is placed at; null without any. */
  readonly deepestLevel: number | null;
}

/** NUTS level of a code: two letters for the country (0), one more character per level. */
function nutsLevel(code: string): number {
  return code.length - 2;
}

/**
 * The share of a country's participations (and of their EC contribution) whose organisation the
 * loaded data places at a NUTS level or below it; the rest is counted only for the country, so
 * regional counts at that level leave it out.
 *
 * @example
 * placementCoverage(
 *   [
 *     { country: 'NL', placedIn: 'NL213', business: false, contribution: 300 },
 *     { country: 'NL', placedIn: 'NL', business: true, contribution: 100 },
 *     { country: 'DE', placedIn: 'DE', business: true, contribution: 50 },
 *   ],
 *   'NL',
 *   3,
 * );
 * // { country: 'NL', level: 3, participations: 2, placed: 1, unplaced: 1, unplacedBusiness: 1,
 * //   placedShare: 0.5, placedContributionShare: 0.75, deepestLevel: 3 }
 */
export function placementCoverage(
  records: Iterable<PlacedParticipation>,
  country: string,
  level: number,
): PlacementCoverage {
  let participations = 0;
  let placed = 0;
  let unplacedBusiness = 0;
  let contribution = 0;
  let placedContribution = 0;
  let deepestLevel: number | null = null;
  for (const r of records) {
    if (r.country !== country) continue;
    participations++;
    const at = r.placedIn !== null && r.placedIn.startsWith(country) ? nutsLevel(r.placedIn) : null;
    if (at !== null && (deepestLevel === null || at > deepestLevel)) deepestLevel = at;
    const isPlaced = at !== null && at >= level;
    const eur = r.contribution ?? 0;
    contribution += eur;
    if (isPlaced) {
      placed++;
      placedContribution += eur;
    } else if (r.business) unplacedBusiness++;
  }
  return {
    country,
    level,
    participations,
    placed,
    unplaced: participations - placed,
    unplacedBusiness,
    placedShare: participations > 0 ? placed / participations : null,
    placedContributionShare: contribution > 0 ? placedContribution / contribution : null,
    deepestLevel,
  };
}
