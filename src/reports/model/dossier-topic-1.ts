import { smeContactPointReach } from '../../core/financing/sme-contact-point-reach.js';
import { HELIX_ROLES, type HelixRole } from '../../core/helix-role.js';
import { helixSynergyUndefined } from '../../core/helix/helix-synergy-undefined.js';
import { helixTableFromCounts } from '../../core/helix/helix-table.js';
import { helixTNotMeasured } from '../../services/analytics/not-measured.js';
import type { RegionHelix } from '../../services/analytics/region-helix.js';
import type { Bilingual } from '../../services/dossier/dossier-inputs.js';
import type { DossierInputs } from '../../services/dossier/dossier-inputs.js';
import { dossierNetwork, type DossierNetwork } from './dossier-network.js';

/** How to read T: its sign, and whether the interval settles it. */
export type SynergyReading = 'synergy' | 'no-synergy' | 'uncertain' | 'zero' | 'none';

/** Topic 1, the regional innovation system: helix, synergy, network, financing, SME contact. */
export interface DossierTopic1 {
  /** Null, like the counts below, when the region cannot be measured. */
  readonly composition: {
    readonly actors: Readonly<Record<HelixRole, number>>;
    readonly participations: Readonly<Record<HelixRole, number>>;
  } | null;
  readonly synergy: {
    /** Projects with a participant from U, I or G in the region: those T is computed over. */
    readonly projects: number | null;
    /** The region's other projects: their participants there all have the role other. */
    readonly projects_without_helix_role: number | null;
    readonly configurations: RegionHelix['configurations'];
    readonly t_millibits: number | null;
    readonly ci95: readonly [number, number] | null;
    readonly reading: SynergyReading;
    /** Why T is not measured although the region is (no helix varies), in both languages. */
    readonly not_measured: Bilingual | null;
  };
  readonly network: DossierNetwork;
  readonly financing: {
    readonly share: number | null;
    readonly total_cost_eur: number;
    readonly public_grant_eur: number;
    readonly own_contribution_eur: number;
    /** The region's projects: those with at least one participant located in it. */
    readonly projects: number;
    /** Of these, the projects whose data give both a total cost and an EC contribution. */
    readonly projects_with_both_amounts: number;
    /** Of those, the projects the share is computed over (valid amounts, grant <= cost). */
    readonly usable_projects: number;
  } | null;
  readonly sme_contact_point: {
    readonly present: boolean;
    readonly count: number;
    readonly smes_served: number | null;
  };
}

/** How to read T: synergy when the whole interval is below zero, none when above, else uncertain. */
export function synergyReading(
  t: number | null,
  ci: readonly [number, number] | null,
): SynergyReading {
  if (t === null) return 'none';
  if (ci && ci[1] < 0) return 'synergy';
  if (ci && ci[0] > 0) return 'no-synergy';
  if (ci && ci[0] === 0 && ci[1] === 0 && t === 0) return 'zero';
  if (!ci) return t < 0 ? 'synergy' : t > 0 ? 'no-synergy' : 'zero';
  return 'uncertain';
}

/** Why the helix figure has no T, in both languages; null when it has one or is not measured. */
function synergyNotMeasured(helix: RegionHelix): Bilingual | null {
  if (helix.t_millibits !== null || !helix.configurations || helix.projects === null) return null;
  const why = helixSynergyUndefined(helixTableFromCounts(helix.configurations));
  if (!why) return null;
  return {
    nl: helixTNotMeasured(why, helix.projects, 'nl').reason,
    en: helixTNotMeasured(why, helix.projects, 'en').reason,
  };
}

function roleCounts(counts: Readonly<Record<HelixRole, number>>): Record<HelixRole, number> {
  return Object.fromEntries(HELIX_ROLES.map((r) => [r, counts[r] ?? 0])) as Record<
    HelixRole,
    number
  >;
}

/** Topic 1 of the dossier; `network` says how many organisations are drawn and tabled. */
export function dossierTopic1(
  inputs: DossierInputs,
  network: { readonly drawn: number; readonly top: number },
): DossierTopic1 {
  const reach = smeContactPointReach(
    inputs.contactPoints.map((c) => ({ smesServedPerYear: c.smes_served_per_year })),
    null,
  );
  return {
    composition: inputs.helix.composition
      ? {
          actors: roleCounts(inputs.helix.composition.actors),
          participations: roleCounts(inputs.helix.composition.participations),
        }
      : null,
    synergy: {
      projects: inputs.helix.projects,
      projects_without_helix_role: inputs.helix.projects_without_helix_role,
      configurations: inputs.helix.configurations,
      t_millibits: inputs.helix.t_millibits,
      ci95: inputs.helix.t_ci95_millibits,
      reading: synergyReading(inputs.helix.t_millibits, inputs.helix.t_ci95_millibits),
      not_measured: synergyNotMeasured(inputs.helix),
    },
    network: dossierNetwork(inputs.network, network.drawn, network.top),
    financing: inputs.financing
      ? {
          share: inputs.financing.share,
          total_cost_eur: inputs.financing.totalCost,
          public_grant_eur: inputs.financing.publicGrant,
          own_contribution_eur: inputs.financing.ownContribution,
          projects: inputs.financing.projects.given,
          projects_with_both_amounts: inputs.financing.projects.withBothAmounts,
          usable_projects: inputs.financing.projects.usable,
        }
      : null,
    sme_contact_point: {
      present: reach.present,
      count: reach.contactPoints,
      smes_served: reach.smesServed,
    },
  };
}
