import { eur, type Eur } from './eur.js';

/** Money of one participation in an innovation project (or of a whole project). */
export interface FinancingParticipation {
  readonly projectId: string;
  /** Total (eligible) cost; null when the data do not give it. */
  readonly totalCost: Eur | null;
  /** Public grant towards that cost (e.g. the EC contribution); null when not given. */
  readonly publicGrant: Eur | null;
}

/** Why a participation could not be used. */
export interface FinancingRefusals {
  /** No total cost (whatever the grant). */
  readonly missingCost: number;
  /** A total cost but no grant. */
  readonly missingGrant: number;
  /** A negative or non-finite cost or grant. */
  readonly invalid: number;
  /** A grant above the total cost: the own contribution would be negative. */
  readonly grantAboveCost: number;
}

/** Private against public money in a region's innovation projects. */
export interface PrivateFinancingShare {
  /** Own contribution / total cost over the usable participations; null when none is usable. */
  readonly share: number | null;
  readonly totalCost: Eur;
  readonly publicGrant: Eur;
  /** Total cost minus public grant. */
  readonly ownContribution: Eur;
  readonly participations: { readonly given: number; readonly usable: number };
  /**
   * Projects given; those with a row that gives both a total cost and a grant
   * (`withBothAmounts`); those with a usable row (`usable`, a part of `withBothAmounts`).
   */
  readonly projects: {
    readonly given: number;
    readonly withBothAmounts: number;
    readonly usable: number;
  };
  readonly refused: FinancingRefusals;
}

/**
 * The private financing share of a region's innovation projects: own contribution (total cost
 * minus public grant) over total cost, summed over the participations whose data give both
 * figures (zero to grant <= cost). Pass one row per participation of the region's
 * organisations; where the data only hold project totals, one row per project. The result says
 * how many participations and projects were usable and why the others were not.
 *
 * @example
 * privateFinancingShare([
 *   { projectId: 'p1', totalCost: eur(1000), publicGrant: eur(700) },
 *   { projectId: 'p1', totalCost: eur(500), publicGrant: eur(500) },
 *   { projectId: 'p2', totalCost: null, publicGrant: eur(300) },
 * ]);
 * // own contribution 300 + 0 = 300 of total cost 1500: share 0.2;
 * // participations { given: 3, usable: 2 }, projects { given: 2, withBothAmounts: 1, usable: 1 },
 * // missingCost 1
 */
export function privateFinancingShare(
  participations: readonly FinancingParticipation[],
): PrivateFinancingShare {
  let totalCost = 0;
  let publicGrant = 0;
  let usable = 0;
  const refused = { missingCost: 0, missingGrant: 0, invalid: 0, grantAboveCost: 0 };
  const projects = new Set<string>();
  const usableProjects = new Set<string>();
  const projectsWithBoth = new Set<string>();
  const valid = (x: number) => Number.isFinite(x) && x >= 0;
  for (const { projectId, totalCost: cost, publicGrant: grant } of participations) {
    projects.add(projectId);
    if (cost !== null && grant !== null) projectsWithBoth.add(projectId);
    if (cost === null) refused.missingCost += 1;
    else if (grant === null) refused.missingGrant += 1;
    else if (!valid(cost) || !valid(grant)) refused.invalid += 1;
    else if (grant > cost) refused.grantAboveCost += 1;
    else {
      totalCost += cost;
      publicGrant += grant;
      usable += 1;
      usableProjects.add(projectId);
    }
  }
  return {
    share: totalCost > 0 ? (totalCost - publicGrant) / totalCost : null,
    totalCost: eur(totalCost),
    publicGrant: eur(publicGrant),
    ownContribution: eur(totalCost - publicGrant),
    participations: { given: participations.length, usable },
    projects: {
      given: projects.size,
      withBothAmounts: projectsWithBoth.size,
      usable: usableProjects.size,
    },
    refused,
  };
}
