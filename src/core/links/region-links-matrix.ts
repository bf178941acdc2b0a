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
  const organisationCount = nodeOf.length;
  const seenPairs = new Set<number>();
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
    for (let i = 0; i < orgs.length; i++) {
      const a = orgs[i]!;
      const na = nodeOf[a]!;
      for (let j = i + 1; j < orgs.length; j++) {
        const b = orgs[j]!;
        const nb = nodeOf[b]!;
        if (na === nb) continue;
        const orgKey = a < b ? a * organisationCount + b : b * organisationCount + a;
        if (seenPairs.has(orgKey)) continue;
        seenPairs.add(orgKey);
        pairs.get(na < nb ? na * nodeCount + nb : nb * nodeCount + na)!.organisationPairs++;
      }
    }
  });
  return { nodeCount, nodeProjects, pairs };
}
