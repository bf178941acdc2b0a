import { regionLinksMatrix, type RegionLinksMatrix } from '../../core/links/region-links-matrix.js';
import type { DatedLinkProject } from '../../core/links/region-link-details.js';
import type { AnalyticsData } from './analytics-data.js';
import { startYear } from './start-year.js';

/** A node of the region-to-region network: a region of the asked level, or a whole country. */
export interface LinkNode {
  readonly code: string;
  /**
   * 'region' for a region of the level asked; 'country' for a country whose organisations take
   * part as one node because the data places them no deeper (every country but the region's own,
   * and the organisations of its own country placed at country level only).
   */
  readonly kind: 'region' | 'country';
}

/** The region-to-region network of one country at one NUTS level, with what it was built from. */
export interface LinkNetwork {
  readonly country: string;
  readonly level: number;
  readonly nodes: readonly LinkNode[];
  readonly nodeIndex: ReadonlyMap<string, number>;
  /** Actor ids by organisation index, and each organisation's node. */
  readonly organisations: readonly string[];
  readonly nodeOf: readonly number[];
  /** Every project with at least one participant, in the order of `projectIds`. */
  readonly projects: readonly (DatedLinkProject & { readonly contributionEur: number | null })[];
  readonly projectIds: readonly string[];
  readonly matrix: RegionLinksMatrix;
}

/**
 * The node an organisation placed in `placedIn` belongs to: its region at `level` when it lies in
 * `country` and the data places it that deep, else its country.
 *
 * @example
 * linkNodeCode('NL213', 'NL', 3); // 'NL213'
 * linkNodeCode('NL213', 'NL', 2); // 'NL21'
 * linkNodeCode('NL', 'NL', 3); // 'NL' (placed at country level only)
 * linkNodeCode('DE', 'NL', 3); // 'DE'
 */
export function linkNodeCode(placedIn: string, country: string, level: number): string {
  return placedIn.startsWith(country) && placedIn.length >= 2 + level
    ? placedIn.slice(0, 2 + level)
    : placedIn.slice(0, 2);
}

/**
 * What the networks of every country and level share: the organisations the data places (in the
 * order of their first participation) with where each is placed, and every project with at least
 * one of them. Made once per analytics data ({@link linkProjects}) and held by each network of it,
 * rather than once per network: the projects are most of a network's memory.
 */
export interface LinkProjects {
  /** Actor ids by organisation index. */
  readonly organisations: readonly string[];
  /** Each organisation's region (or country) as the data places it. */
  readonly placedIn: readonly string[];
  /** Every project with at least one participant, in the order of `projectIds`. */
  readonly projects: readonly (DatedLinkProject & { readonly contributionEur: number | null })[];
  readonly projectIds: readonly string[];
}

const linkProjectsOf = new WeakMap<AnalyticsData, LinkProjects>();

/** The organisations and projects of the links networks of `data`, made on the first call. */
export function linkProjects(data: AnalyticsData): LinkProjects {
  let made = linkProjectsOf.get(data);
  if (!made) {
    made = readLinkProjects(data);
    linkProjectsOf.set(data, made);
  }
  return made;
}

function readLinkProjects(data: AnalyticsData): LinkProjects {
  const organisations: string[] = [];
  const placedIn: string[] = [];
  const organisationIndex = new Map<string, number>();
  const projectIndex = new Map<string, number>();
  const projectIds: string[] = [];
  const members: number[][] = [];
  const { project_id: participationProjects, actor_id: participationActors } = data.participations;
  for (let i = 0; i < participationProjects.length; i++) {
    const actorId = participationActors[i]!;
    const projectId = participationProjects[i]!;
    let o = organisationIndex.get(actorId);
    if (o === undefined) {
      const placed = data.actors.get(actorId)?.region_code;
      if (!placed) continue;
      o = organisations.length;
      organisationIndex.set(actorId, o);
      organisations.push(actorId);
      placedIn.push(placed);
    }
    let j = projectIndex.get(projectId);
    if (j === undefined) {
      j = projectIds.length;
      projectIndex.set(projectId, j);
      projectIds.push(projectId);
      members.push([]);
    }
    members[j]!.push(o);
  }
  const projects = projectIds.map((id, j) => {
    const project = data.projects.get(id);
    const year = startYear(project?.start_date);
    return {
      organisations: members[j]!,
      contributionEur: project?.ec_max_contribution_eur ?? null,
      startYear: Number.isInteger(year) && year > 0 ? year : null,
    };
  });
  return { organisations, placedIn, projects, projectIds };
}

/** Builds the region-to-region network of `country` at NUTS `level` from the participations. */
export function linkNetwork(data: AnalyticsData, country: string, level: number): LinkNetwork {
  const { organisations, placedIn, projects, projectIds } = linkProjects(data);
  const nodes: LinkNode[] = [];
  const nodeIndex = new Map<string, number>();
  const nodeOf: number[] = [];
  // Organisations in the order of their first participation: nodes are numbered in that order.
  for (const placed of placedIn) {
    const code = linkNodeCode(placed, country, level);
    let n = nodeIndex.get(code);
    if (n === undefined) {
      n = nodes.length;
      nodeIndex.set(code, n);
      nodes.push({ code, kind: code.length === 2 + level && level > 0 ? 'region' : 'country' });
    }
    nodeOf.push(n);
  }
  return {
    country,
    level,
    nodes,
    nodeIndex,
    organisations,
    nodeOf,
    projects,
    projectIds,
    matrix: regionLinksMatrix(projects, nodeOf, nodes.length),
  };
}
