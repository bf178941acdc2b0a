import { helixComposition, type HelixComposition } from '../../core/helix/helix-composition.js';
import {
  helixConfiguration,
  type HelixConfiguration,
} from '../../core/helix/helix-configuration.js';
import {
  helixSynergy,
  type HelixSynergyOptions,
  type HelixSynergyReport,
} from '../../core/helix/helix-synergy.js';
import { regionContains, type AnalyticsData } from './analytics-data.js';
import type { DerivedData } from './derived-data.js';

export interface RegionHelix extends HelixSynergyReport {
  readonly region: string;
  readonly composition: Omit<HelixComposition, 'unmatchedParticipations'>;
}

/**
 * Topic 1 for a region: helix composition of its organisations and participations, and the
 * triple-helix synergy T over its projects (those with at least one participant in the region).
 */
export function regionHelix(
  data: AnalyticsData,
  derived: DerivedData,
  region: string,
  options: HelixSynergyOptions = {},
): RegionHelix {
  const actors = [...data.actors.values()]
    .filter((a) => regionContains(region, a.region_code))
    .map((a) => ({ id: a.id, role: a.helix_role }));
  const inRegion = new Set(actors.map((a) => a.id));
  const participations = data.participations
    .filter((p) => inRegion.has(p.actor_id))
    .map((p) => ({ actorId: p.actor_id }));
  const { actors: actorCounts, participations: participationCounts } = helixComposition(
    actors,
    participations,
  );

  const configurations: (HelixConfiguration | null)[] = [];
  for (const participants of derived.participantsByProject.values()) {
    if (!participants.some((p) => regionContains(region, p.region))) continue;
    configurations.push(helixConfiguration(participants, (p) => regionContains(region, p.region)));
  }
  return {
    region,
    ...helixSynergy(configurations, options),
    composition: { actors: actorCounts, participations: participationCounts },
  };
}
