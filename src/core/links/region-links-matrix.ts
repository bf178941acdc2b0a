/** One project as the region-to-region network sees it: its participants as node-indexed organisations. */
export interface LinkProject {
  /** Organisation indices of the participants (each organisation once). */
  readonly organisations: readonly number[];
  /** EC contribution to the project in euro; null when the source gives none. */
  readonly contributionEur: number | null;
}

/** What two nodes (regions or countries) share: totals over the projects both take part in. */
export interface RegionPairTotals {
  /** Projects with at least one participant in each of the two nodes. */
  sharedProjects: number;
  /** Distinct pairs of organisations, one in each node, that share at least one project. */
  organisationPairs: number;
  /** Sum of the EC contribution of the shared projects that have one. */
  contributionEur: number;
  /** Shared projects without an EC contribution in the source (left out of the sum). */
  projectsWithoutContribution: number;
}

/** The region-to-region matrix: totals per unordered pair of nodes, and projects per node. */
export interface RegionLinksMatrix {
  readonly nodeCount: number;
  /** Projects with at least one participant in each node. */
  readonly nodeProjects: readonly number[];
  /** Totals keyed by `a * nodeCount + b` with a < b; pairs that share nothing are absent. */
  readonly pairs: ReadonlyMap<number, RegionPairTotals>;
}

/**
 * The region-to-region network from co-participations: two nodes (regions at one NUTS level, or
 * countries) are linked by every project in which organisations of both take part. For each pair
 * it counts the shared projects, the distinct organisation pairs across the two nodes, and the
 * EC contribution of the shared projects. `nodeOf[o]` is the node of organisation `o`.
 *
 * @example
 * // project 0: organisations 0 (node 0) and 1 (node 1); project 1: 0, 2 (node 1) and 3 (node 2)
 * regionLinksMatrix(
 *   [
 *     { organisations: [0, 1], contributionEur: 100 },
 *     { organisations: [0, 2, 3], contributionEur: null },
 *   ],
 *   [0, 1, 1, 2],
 *   3,
 * );
 * // nodeProjects [2, 2, 1]; pair 0-1 (key 1): 2 projects, 2 organisation pairs, 100 EUR, 1 without
 */
export function regionLinksMatrix(
  projects: readonly LinkProject[],
  nodeOf: readonly number[],
  nodeCount: number,
): RegionLinksMatrix {
  const nodeProjects = new Array<number>(nodeCount).fill(0);
  const pairs = new Map<number, RegionPairTotals>();
  const nodes: number[] = [];
  const mark = new Int32Array(nodeCount).fill(-1);
  projects.forEach((project, p) => {
    const orgs = project.organisations;
    nodes.length = 0;
    for (const o of orgs) {
      const n = nodeOf[o]!;
      if (mark[n] !== p) {
        mark[n] = p;
        nodes.push(n);
      }
    }
    for (const n of nodes) nodeProjects[n]!++;
    if (nodes.length < 2) return;
    nodes.sort((x, y) => x - y);
    for (let i = 0; i < nodes.length; i++) {
      for (let j = i + 1; j < nodes.length; j++) {
        const key = nodes[i]! * nodeCount + nodes[j]!;
        let totals = pairs.get(key);
        if (!totals) {
          totals = {
            sharedProjects: 0,
            organisationPairs: 0,
            contributionEur: 0,
            projectsWithoutContribution: 0,
          };
          pairs.set(key, totals);
        }
        totals.sharedProjects++;
        if (project.contributionEur === null) totals.projectsWithoutContribution++;
        else totals.contributionEur += project.contributionEur;
      }
    }
  });
  countOrganisationPairs(projects, nodeOf, nodeCount, pairs);
  return { nodeCount, nodeProjects, pairs };
}

/**
 * Adds to each pair of nodes the distinct pairs of organisations, one in each, that share at
 * least one project. Each organisation a meets the later organisations b of its projects (each
 * project's members sorted once, so that a's later ones follow its own place); a stamp per
 * organisation (the a that last met it) counts b once whatever the number of projects the two
 * share, so no set of pairs is kept.
 */
function countOrganisationPairs(
  projects: readonly LinkProject[],
  nodeOf: readonly number[],
  nodeCount: number,
  pairs: ReadonlyMap<number, RegionPairTotals>,
): void {
  const organisationCount = nodeOf.length;
  // Each project's members, sorted, as offsets into one list.
  const memberStart = new Int32Array(projects.length + 1);
  projects.forEach((project, p) => {
    memberStart[p + 1] = memberStart[p]! + project.organisations.length;
  });
  const members = new Int32Array(memberStart[projects.length]!);
  projects.forEach((project, p) => {
    members.set(project.organisations, memberStart[p]!);
    members.subarray(memberStart[p]!, memberStart[p + 1]!).sort();
  });
  // Where each organisation stands among the members of each of its projects, by organisation.
  const offsets = new Int32Array(organisationCount + 1);
  for (const o of members) offsets[o + 1]! += 1;
  for (let o = 0; o < organisationCount; o++) offsets[o + 1]! += offsets[o]!;
  const next = offsets.slice(0, organisationCount);
  const places = new Int32Array(members.length);
  const ends = new Int32Array(members.length);
  for (let p = 0; p < projects.length; p++)
    for (let m = memberStart[p]!; m < memberStart[p + 1]!; m++) {
      const k = next[members[m]!]!++;
      places[k] = m;
      ends[k] = memberStart[p + 1]!;
    }
  const metBy = new Int32Array(organisationCount).fill(-1);
  for (let a = 0; a < organisationCount; a++) {
    const na = nodeOf[a]!;
    for (let k = offsets[a]!; k < offsets[a + 1]!; k++) {
      for (let m = places[k]! + 1, end = ends[k]!; m < end; m++) {
        const b = members[m]!;
        if (metBy[b] === a) continue;
        metBy[b] = a;
        const nb = nodeOf[b]!;
        if (na === nb) continue;
        pairs.get(na < nb ? na * nodeCount + nb : nb * nodeCount + na)!.organisationPairs++;
      }
    }
  }
}
