import {
  helixComposition,
  type HelixComposition,
  type HelixParticipation,
} from '../../core/helix/helix-composition.js';
import { helixConfigurationOfMask, helixRoleBit } from '../../core/helix/helix-configuration.js';
import type { HelixSynergyOptions, HelixSynergyReport } from '../../core/helix/helix-synergy.js';
import type { AnalyticsData } from './analytics-data.js';
import type { DerivedData } from './derived-data.js';
import { participationActors } from './participation-actors.js';
import { computeHere, type FigureComputer } from './figure-computer.js';
import type { TextLang } from './measure-status.js';
import {
  helixTNotMeasured,
  noPlacedNotMeasured,
  type HelixMeasure,
  type NotMeasured,
} from './not-measured.js';

export interface RegionHelix {
  readonly region: string;
  /**
   * Null, like every count below, when the region cannot be measured (see its status) or no
   * organisation is placed in it (`not_measured` says so).
   */
  readonly projects: HelixSynergyReport['projects'] | null;
  /**
   * The region's other projects, left out of `projects` and T: none of their participants in the
   * region is from business, research, education or government (all have the role other).
   */
  readonly projects_without_helix_role: HelixSynergyReport['projects_without_helix_role'] | null;
  readonly configurations: HelixSynergyReport['configurations'] | null;
  readonly t_millibits: HelixSynergyReport['t_millibits'];
  readonly t_ci95_millibits: HelixSynergyReport['t_ci95_millibits'];
  readonly composition: Omit<HelixComposition, 'unmatchedParticipations'> | null;
  /**
   * The measures that are null although the region is measured (T and its interval, when no
   * helix varies over the projects), each with its reason; empty when the region is not measured
   * (its status says why).
   */
  readonly not_measured: NotMeasured<HelixMeasure>[];
}

/** Topic 1 for a region the data cannot measure: every count null, not 0. */
export function regionHelixNotMeasured(region: string): RegionHelix {
  return {
    region,
    projects: null,
    projects_without_helix_role: null,
    configurations: null,
    t_millibits: null,
    t_ci95_millibits: null,
    composition: null,
    not_measured: [],
  };
}

/**
 * Topic 1 for a region: helix composition of its organisations and participations, and the
 * triple-helix synergy T over its projects (those with at least one participant in the region
 * from U, I or G; the region's projects without one are counted apart).
 * Where T is not defined (see helixSynergyUndefined), `not_measured` says why in `lang`.
 */
export async function regionHelix(
  data: AnalyticsData,
  derived: DerivedData,
  region: string,
  options: HelixSynergyOptions = {},
  computer: FigureComputer = computeHere,
  lang: TextLang = 'en',
): Promise<RegionHelix> {
  const actors = (derived.actorsByRegion.get(region) ?? []).map((id) => ({
    id,
    role: data.actors.get(id)!.helix_role,
  }));
  // Its counts would all be 0, which says nothing: its organisations may be among the unplaced.
  if (actors.length === 0)
    return {
      ...regionHelixNotMeasured(region),
      not_measured: [noPlacedNotMeasured('t_millibits', lang)],
    };
  // The participations located in the region: each sets its role's bit in its project's mask
  // and counts for the composition.
  const located = participationActors(data);
  const masks = new Uint8Array(derived.projectCount);
  const participations: HelixParticipation[] = [];
  for (const i of derived.participationsIn(region)) {
    masks[derived.projectOf[i]!]! |= helixRoleBit(located[i]!.helix_role);
    participations.push({ actorId: data.participations.actor_id[i]! });
  }
  const configurations = derived
    .projectsIn(region)
    .map((project) => helixConfigurationOfMask(masks[derived.projectNumber(project)!]!));
  const { actors: actorCounts, participations: participationCounts } = helixComposition(
    actors,
    participations,
  );
  const { t_undefined: undefinedT, ...synergy } = await computer.helixSynergy({
    configurations,
    options,
  });
  return {
    region,
    ...synergy,
    composition: { actors: actorCounts, participations: participationCounts },
    not_measured: undefinedT ? [helixTNotMeasured(undefinedT, synergy.projects, lang)] : [],
  };
}
