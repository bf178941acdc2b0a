import { HELIX_ROLES, type HelixRole } from '../helix-role.js';

/** An actor (organisation) with its helix role. */
export interface HelixActor {
  readonly id: string;
  readonly role: HelixRole;
}

/** A participation of an actor in a project. */
export interface HelixParticipation {
  readonly actorId: string;
}

/** Actors and participations of a region per helix role. */
export interface HelixComposition {
  readonly actors: Readonly<Record<HelixRole, number>>;
  readonly participations: Readonly<Record<HelixRole, number>>;
  /** Participations whose actor is not among the given actors; they count for no role. */
  readonly unmatchedParticipations: number;
}

function helixRoleCounts(): Record<HelixRole, number> {
  return Object.fromEntries(HELIX_ROLES.map((role) => [role, 0])) as Record<HelixRole, number>;
}

/**
 * The helix composition of a region: how many of its actors, and how many of their
 * participations, fall in each helix role. Pass the region's actors and their participations.
 * An actor listed twice counts once, with its first role.
 *
 * @example
 * helixComposition(
 *   [{ id: 'ut', role: 'education' }, { id: 'acme', role: 'business' }],
 *   [{ actorId: 'ut' }, { actorId: 'ut' }, { actorId: 'acme' }],
 * );
 * // actors: { business: 1, research: 0, education: 1, government: 0, other: 0 },
 * // participations: { business: 1, research: 0, education: 2, government: 0, other: 0 },
 * // unmatchedParticipations: 0
 */
export function helixComposition(
  actors: readonly HelixActor[],
  participations: readonly HelixParticipation[],
): HelixComposition {
  const roleOf = new Map<string, HelixRole>();
  const actorCounts = helixRoleCounts();
  for (const actor of actors) {
    if (roleOf.has(actor.id)) continue;
    roleOf.set(actor.id, actor.role);
    actorCounts[actor.role] += 1;
  }
  const participationCounts = helixRoleCounts();
  let unmatchedParticipations = 0;
  for (const participation of participations) {
    const role = roleOf.get(participation.actorId);
    if (role === undefined) unmatchedParticipations += 1;
    else participationCounts[role] += 1;
  }
  return { actors: actorCounts, participations: participationCounts, unmatchedParticipations };
}
