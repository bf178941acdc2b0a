import type { HelixRole } from '../../core/helix-role.js';
import {
  collaborationNetwork,
  type CollaborationNetwork,
} from '../../core/network/collaboration-network.js';
import type { AnalyticsData } from './analytics-data.js';

export interface ProjectParticipant {
  readonly actorId: string;
  readonly role: HelixRole;
  readonly region: string | null;
  readonly contribution: number | null;
}

/** Structures derived once from the analytics data and shared by every figure. */
export interface DerivedData {
  /** Participants of each project, with their helix role and region. */
  readonly participantsByProject: ReadonlyMap<string, readonly ProjectParticipant[]>;
  /** The collaboration network of every organisation in the data. */
  readonly network: CollaborationNetwork;
}

/** Groups participations by project and builds the whole collaboration network. */
export function deriveData(data: AnalyticsData): DerivedData {
  const participantsByProject = new Map<string, ProjectParticipant[]>();
  for (const p of data.participations) {
    const actor = data.actors.get(p.actor_id);
    if (!actor) continue;
    let list = participantsByProject.get(p.project_id);
    if (!list) participantsByProject.set(p.project_id, (list = []));
    list.push({
      actorId: p.actor_id,
      role: actor.helix_role,
      region: actor.region_code,
      contribution: p.contribution_eur,
    });
  }
  const network = collaborationNetwork(
    data.participations.map((p) => ({ projectId: p.project_id, organisationId: p.actor_id })),
  );
  return { participantsByProject, network };
}
