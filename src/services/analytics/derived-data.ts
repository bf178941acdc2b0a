import {
  numberedCollaborationNetwork,
  type CollaborationNetwork,
} from '../../core/network/collaboration-network.js';
import type { AnalyticsData } from './analytics-data.js';
import { participationActors } from './participation-actors.js';

/** Structures derived once from the analytics data and shared by every figure. */
export interface DerivedData {
  /**
   * The positions in `data.participations` of those whose organisation lies in `region` or a
   * region inside it (NUTS codes nest by prefix; a country code holds its country's), in their
   * order there, so that sums over them add up in the order of a full scan. Found on first use
   * per region.
   */
  participationsIn(region: string): Uint32Array;
  /** The number of each participation's project (see {@link projectNumber}). */
  readonly projectOf: Int32Array;
  /** How many projects the participations name: project numbers run from 0 to this - 1. */
  readonly projectCount: number;
  /** The number of a project that participations name; undefined for any other. */
  projectNumber(project: string): number | undefined;
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

/**
 * Numbers the projects and groups the participations by their organisation's region, once; a
 * region's participations and projects and a country's network are made from these when first
 * asked for.
 */
export function deriveData(data: AnalyticsData): DerivedData {
  const participations = data.participations;
  const actors = participationActors(data);
  const actorsByRegion = new Map<string, string[]>();
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
  // Projects numbered in the order they first occur; each participation's project number.
  const projectNumber = new Map<string, number>();
  const projectIds: string[] = [];
  const projectOf = new Int32Array(participations.length);
  // A project's participations mostly follow each other: the one before is compared first.
  let lastId: string | undefined;
  let p = -1;
  for (let i = 0; i < participations.length; i++) {
    const id = participations.project_id[i]!;
    if (id !== lastId) {
      lastId = id;
      const known = projectNumber.get(id);
      if (known === undefined) {
        p = projectIds.length;
        projectIds.push(id);
        projectNumber.set(id, p);
      } else p = known;
    }
    projectOf[i] = p;
  }
  // The participations' positions by their organisation's exact region code; a region's are
  // those of the codes inside it.
  const positionsByCode = new Map<string, number[]>();
  for (let i = 0; i < actors.length; i++) {
    const code = actors[i]?.region_code;
    if (!code) continue;
    const list = positionsByCode.get(code);
    if (list) list.push(i);
    else positionsByCode.set(code, [i]);
  }
  const positionsIn = new Map<string, Uint32Array>();
  const participationsIn = (region: string): Uint32Array => {
    let found = positionsIn.get(region);
    if (found) return found;
    const positions: number[] = [];
    for (const [code, list] of positionsByCode)
      if (code.startsWith(region)) for (const i of list) positions.push(i);
    // A typed array sorts numerically without a comparator call per pair.
    positionsIn.set(region, (found = Uint32Array.from(positions).sort()));
    return found;
  };

  /**
   * Which projects have a participant in `region`, by project number (1: it has); made anew on
   * each call (what is kept is the sorted list or the network made from it).
   */
  const projectMarksIn = (region: string): Uint8Array => {
    const marks = new Uint8Array(projectIds.length);
    // Codes of two characters or more nest by prefix (as enclosingRegions lists them).
    if (region.length >= 2)
      for (const [code, list] of positionsByCode)
        if (code.startsWith(region)) for (const i of list) marks[projectOf[i]!] = 1;
    return marks;
  };
  const sorted = new Map<string, readonly string[]>();
  const projectsIn = (region: string): readonly string[] => {
    let list = sorted.get(region);
    if (list) return list;
    const marks = projectMarksIn(region);
    const ids: string[] = [];
    for (let p = 0; p < marks.length; p++) if (marks[p]) ids.push(projectIds[p]!);
    sorted.set(region, (list = ids.sort()));
    return list;
  };

  const networks = new Map<string, CollaborationNetwork>();
  const networkOf: DerivedData['networkOf'] = (country, only) => {
    const cacheKey = only ? `${country}|${only.key}` : country;
    let network = networks.get(cacheKey);
    if (!network) {
      const accepted = projectMarksIn(country);
      if (only)
        for (let p = 0; p < accepted.length; p++)
          if (accepted[p] && !only.accepts(projectIds[p]!)) accepted[p] = 0;
      let count = 0;
      for (let i = 0; i < projectOf.length; i++) count += accepted[projectOf[i]!]!;
      const organisations = new Array<string>(count);
      const projects = new Int32Array(count);
      for (let i = 0, c = 0; i < projectOf.length; i++)
        if (accepted[projectOf[i]!]) {
          organisations[c] = participations.actor_id[i]!;
          projects[c++] = projectOf[i]!;
        }
      network = numberedCollaborationNetwork(organisations, projects, projectIds.length);
      networks.set(cacheKey, network);
    }
    return network;
  };
  return {
    participationsIn,
    projectOf,
    projectCount: projectIds.length,
    projectNumber: (project) => projectNumber.get(project),
    actorsByRegion,
    projectsIn,
    networkOf,
  };
}

/**
 * How many organisations are located in `region` (or a region inside it). None, where the region
 * is measured, means its counts say nothing: no organisation could be placed there.
 */
export function placedOrganisations(derived: DerivedData, region: string): number {
  return derived.actorsByRegion.get(region)?.length ?? 0;
}
