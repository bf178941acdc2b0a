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
  /** Actors located in each region, for every level a region code nests in (NL213, NL21, NL2, NL). */
  readonly actorsByRegion: ReadonlyMap<string, readonly string[]>;
  /**
   * The projects with at least one participant located in `region` (same nesting), sorted, so
   * that the bootstrap draws the same projects whatever order the store returned rows in. Sorted
   * on first use per region: most regions are never asked for.
   */
  projectsIn(region: string): readonly string[];
  /**
   * The collaboration network of the projects with at least one participant in `country`, with
   * all their participants: every link of the country's organisations, inside or outside it.
   * Built on first use per country. With `only`, just the projects it accepts (e.g. those of one
   * key area), cached under `only.key`.
   */
  networkOf(
    country: string,
    only?: { readonly key: string; readonly accepts: (projectId: string) => boolean },
  ): CollaborationNetwork;
}

/** Every region a location lies in: NL213 -> NL213, NL21, NL2, NL (NUTS codes nest by prefix). */
export function enclosingRegions(region: string): string[] {
  const out: string[] = [];
  for (let length = region.length; length >= 2; length--) out.push(region.slice(0, length));
  return out;
}

/** Groups participations by project and region and builds the whole collaboration network. */
export function deriveData(data: AnalyticsData): DerivedData {
  const participantsByProject = new Map<string, ProjectParticipant[]>();
  const actorsByRegion = new Map<string, string[]>();
  // Projects by the exact region code of a participant, once per participation; a region's
  // projects are those of the codes inside it, gathered when the region is first asked for.
  const projectsByCode = new Map<string, string[]>();
  const enclosing = new Map<string, string[]>();
  const regionsOf = (region: string) => {
    let list = enclosing.get(region);
    if (!list) enclosing.set(region, (list = enclosingRegions(region)));
    return list;
  };
  for (const actor of data.actors.values()) {
    if (!actor.region_code) continue;
    for (const r of regionsOf(actor.region_code)) {
      let list = actorsByRegion.get(r);
      if (!list) actorsByRegion.set(r, (list = []));
      list.push(actor.id);
    }
  }
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
    if (!actor.region_code) continue;
    let projects = projectsByCode.get(actor.region_code);
    if (!projects) projectsByCode.set(actor.region_code, (projects = []));
    projects.push(p.project_id);
  }
  const sorted = new Map<string, readonly string[]>();
  const projectsIn = (region: string): readonly string[] => {
    let list = sorted.get(region);
    if (list) return list;
    const projects = new Set<string>();
    // Codes of two characters or more nest by prefix (as enclosingRegions lists them).
    if (region.length >= 2)
      for (const [code, ofCode] of projectsByCode)
        if (code.startsWith(region)) for (const project of ofCode) projects.add(project);
    sorted.set(region, (list = [...projects].sort()));
    return list;
  };
  const networks = new Map<string, CollaborationNetwork>();
  const networkOf: DerivedData['networkOf'] = (country, only) => {
    const cacheKey = only ? `${country}|${only.key}` : country;
    let network = networks.get(cacheKey);
    if (!network) {
      const projects = new Set(projectsIn(country).filter((p) => !only || only.accepts(p)));
      network = collaborationNetwork(
        data.participations
          .filter((p) => projects.has(p.project_id))
          .map((p) => ({ projectId: p.project_id, organisationId: p.actor_id })),
      );
      networks.set(cacheKey, network);
    }
    return network;
  };
  return { participantsByProject, actorsByRegion, projectsIn, networkOf };
}
