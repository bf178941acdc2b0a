import { networkGraphFromEdges, type NetworkGraph } from './network-graph.js';

/** An organisation's participation in a project. */
export interface CollaborationParticipation {
  readonly projectId: string;
  readonly organisationId: string;
}

/** Organisations (nodes, numbered by their index in `organisations`) and their links. */
export interface CollaborationNetwork {
  readonly organisations: readonly string[];
  readonly indexOf: ReadonlyMap<string, number>;
  readonly graph: NetworkGraph;
}

/**
 * The collaboration network: organisations are nodes, numbered in order of first appearance;
 * two are linked when they take part in the same project, the weight being the number of
 * projects they share. An organisation listed twice in a project counts once; an organisation
 * whose projects have no other participant is an isolated node.
 *
 * Built as the sparse product of the organisation x project incidence matrix with its
 * transpose: for each organisation, its projects' later members are tallied in a dense scratch
 * array, so a project of k participants costs k(k - 1)/2 increments and no hashing.
 *
 * @example
 * const network = collaborationNetwork([
 *   { projectId: 'p1', organisationId: 'ut' },
 *   { projectId: 'p1', organisationId: 'tno' },
 *   { projectId: 'p2', organisationId: 'ut' },
 *   { projectId: 'p2', organisationId: 'tno' },
 *   { projectId: 'p2', organisationId: 'acme' },
 * ]);
 * network.organisations; // ['ut', 'tno', 'acme']
 * // links: ut-tno weight 2, ut-acme weight 1, tno-acme weight 1
 */
export function collaborationNetwork(
  participations: readonly CollaborationParticipation[],
): CollaborationNetwork {
  const projectIndex = new Map<string, number>();
  const organisationIds = new Array<string>(participations.length);
  const projects = new Int32Array(participations.length);
  for (let i = 0; i < participations.length; i++) {
    const { projectId, organisationId } = participations[i]!;
    let p = projectIndex.get(projectId);
    if (p === undefined) {
      p = projectIndex.size;
      projectIndex.set(projectId, p);
    }
    organisationIds[i] = organisationId;
    projects[i] = p;
  }
  return numberedCollaborationNetwork(organisationIds, projects, projectIndex.size);
}

/**
 * {@link collaborationNetwork} of participations whose projects are numbered already: the i-th
 * participation is `organisationIds[i]` in project `projects[i]` (0 to `projectCount` - 1; numbers
 * no participation has are allowed). The numbering changes nothing in the network.
 */
export function numberedCollaborationNetwork(
  organisationIds: readonly string[],
  projects: Int32Array,
  projectCount: number,
): CollaborationNetwork {
  if (projects.length !== organisationIds.length)
    throw new RangeError('one project number per participation is needed');
  const indexOf = new Map<string, number>();
  const organisations: string[] = [];
  const pairOrganisation = new Int32Array(organisationIds.length);
  for (let i = 0; i < organisationIds.length; i++) {
    const organisationId = organisationIds[i]!;
    let v = indexOf.get(organisationId);
    if (v === undefined) {
      v = organisations.length;
      organisations.push(organisationId);
      indexOf.set(organisationId, v);
    }
    pairOrganisation[i] = v;
  }
  const pairProject = projects;
  const n = organisations.length;
  const members = incidence(projectCount, pairProject, pairOrganisation);
  const projectsOf = incidence(n, pairOrganisation, pairProject);

  // Every link comes from at least one pair of co-participants: the pair count bounds the links.
  let pairBound = 0;
  for (let p = 0; p < projectCount; p++) {
    const k = members.offsets[p + 1]! - members.offsets[p]!;
    pairBound += (k * (k - 1)) / 2;
  }
  const sources = new Int32Array(pairBound);
  const targets = new Int32Array(pairBound);
  const weights = new Float64Array(pairBound);
  let links = 0;
  const shared = new Int32Array(n);
  const touched = new Int32Array(n);
  for (let u = 0; u < n; u++) {
    let touchedCount = 0;
    for (let k = projectsOf.offsets[u]!; k < projectsOf.offsets[u + 1]!; k++) {
      const p = projectsOf.items[k]!;
      for (let m = members.offsets[p]!; m < members.offsets[p + 1]!; m++) {
        const v = members.items[m]!;
        if (v <= u) continue;
        if (shared[v] === 0) touched[touchedCount++] = v;
        shared[v]! += 1;
      }
    }
    touched.subarray(0, touchedCount).sort();
    for (let i = 0; i < touchedCount; i++) {
      const v = touched[i]!;
      sources[links] = u;
      targets[links] = v;
      weights[links++] = shared[v]!;
      shared[v] = 0;
    }
  }
  const graph = networkGraphFromEdges(
    n,
    sources.subarray(0, links),
    targets.subarray(0, links),
    weights.subarray(0, links),
  );
  return { organisations, indexOf, graph };
}

/** Rows 0..rowCount-1 of (row, column) pairs as sorted, de-duplicated CSR lists. */
function incidence(
  rowCount: number,
  rows: Int32Array,
  columns: Int32Array,
): { offsets: Int32Array; items: Int32Array } {
  const offsets = new Int32Array(rowCount + 1);
  for (const r of rows) offsets[r + 1]! += 1;
  for (let r = 0; r < rowCount; r++) offsets[r + 1]! += offsets[r]!;
  const next = offsets.slice(0, rowCount);
  const items = new Int32Array(rows.length);
  for (let i = 0; i < rows.length; i++) items[next[rows[i]!]!++] = columns[i]!;
  // Sort each row and squeeze out duplicates, compacting in place.
  const compact = new Int32Array(rowCount + 1);
  let write = 0;
  for (let r = 0; r < rowCount; r++) {
    items.subarray(offsets[r]!, offsets[r + 1]!).sort();
    compact[r] = write;
    let previous = -1;
    for (let i = offsets[r]!; i < offsets[r + 1]!; i++) {
      const item = items[i]!;
      if (item !== previous) items[write++] = item;
      previous = item;
    }
  }
  compact[rowCount] = write;
  return { offsets: compact, items: items.subarray(0, write) };
}
