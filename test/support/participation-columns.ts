import type { ParticipationColumns } from '../../src/services/analytics/analytics-data.js';

/** A participation given as one object, as a test writes it. */
export interface ParticipationInfo {
  readonly project_id: string;
  readonly actor_id: string;
  readonly contribution_eur: number | null;
}

/** Participations given one object each as the columns the analytics data hold. */
export function participationColumns(
  participations: readonly ParticipationInfo[],
): ParticipationColumns {
  return {
    length: participations.length,
    project_id: participations.map((p) => p.project_id),
    actor_id: participations.map((p) => p.actor_id),
    contribution_eur: participations.map((p) => p.contribution_eur),
  };
}
