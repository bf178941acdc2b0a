import type { CollaborationParticipation } from '../../src/core/network/collaboration-network.js';

/**
 * The participations of projects, project by project and in the order written, as the comments
 * of the network tests describe them: `projectParticipations({ p1: ['ut', 'tno'], p2: ['ut'] })`.
 */
export const projectParticipations = (
  projects: Readonly<Record<string, readonly string[]>>,
): CollaborationParticipation[] =>
  Object.entries(projects).flatMap(([projectId, organisations]) =>
    organisations.map((organisationId) => ({ projectId, organisationId })),
  );
