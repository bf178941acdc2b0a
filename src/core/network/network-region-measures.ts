import type { HelixRole } from '../helix-role.js';
import type { CollaborationNetwork } from './collaboration-network.js';
import { networkAttributeAssortativity } from './network-assortativity.js';
import { networkBetweenness } from './network-betweenness.js';
import { networkComponents } from './network-components.js';
import { networkDegreeCentrality } from './network-degree-centrality.js';
import { networkDensity } from './network-density.js';
import { networkDegrees } from './network-graph.js';
import { networkLouvain, type NetworkLouvainOptions } from './network-louvain.js';
import { networkRoleMixing, type NetworkRoleMixing } from './network-role-mixing.js';
import { networkRegionPart } from './network-region-part.js';
import {
  networkUndefinedMeasures,
  type NetworkUndefinedMeasure,
} from './network-undefined-measures.js';

/** One organisation's place in its region's collaboration network. */
export interface NetworkOrganisationMeasures {
  readonly id: string;
  readonly role: HelixRole;
  /** Links within the region. */
  readonly degree: number;
  /** degree / (n - 1) within the region, as NetworkX; null below two organisations. */
  readonly degreeCentrality: number | null;
  /** Normalised, unweighted betweenness within the region, as NetworkX; null below three. */
  readonly betweenness: number | null;
  /** Louvain community within the region (0 = largest). */
  readonly community: number;
  /** Linked organisations outside the region, in the whole network. */
  readonly externalLinks: number;
  /** Projects shared with those outside organisations (sum of link weights). */
  readonly externalWeight: number;
}

/** The collaboration network of a region's organisations, measured. */
export interface NetworkRegionMeasures {
  readonly nodes: number;
  readonly edges: number;
  /** Null below two organisations (see `undefinedMeasures`), like every measure that can be. */
  readonly density: number | null;
  /** Null without organisations. */
  readonly components: number | null;
  /** Share of the nodes in the largest component; null without nodes. */
  readonly largestComponentShare: number | null;
  /** Assortativity by helix role (NetworkX attribute assortativity); null where undefined. */
  readonly assortativity: number | null;
  readonly roleMixing: readonly NetworkRoleMixing[];
  readonly communities: { readonly count: number; readonly modularity: number | null };
  /** The measures that are null because the network is too small for them, each with why. */
  readonly undefinedMeasures: readonly NetworkUndefinedMeasure[];
  /** The region's organisations, in the order of the subgraph (the order given). */
  readonly organisations: readonly NetworkOrganisationMeasures[];
  /**
   * The links among them, sorted by their ends: link e joins organisations[source[e]] and
   * organisations[target[e]] (source < target) and is `weight[e]` shared projects.
   */
  readonly links: {
    readonly source: Int32Array;
    readonly target: Int32Array;
    readonly weight: Float64Array;
  };
}

/**
 * All network measures of a region: the subgraph of its organisations (those of
 * `regionOrganisations` that are in the network), its density, components, share of the largest
 * component, assortativity by helix role, links per pair of roles against random mixing, seeded
 * Louvain communities, and per organisation its degree and betweenness centrality, community
 * and links to organisations outside the region (from the whole network). Organisations
 * missing from `roleOf` count as 'other'. A measure the network is too small for (density of
 * fewer than two organisations, betweenness of fewer than three, ...) is null and listed in
 * `undefinedMeasures` with the reason (see networkUndefinedMeasures).
 *
 * @example
 * const network = collaborationNetwork(participations);
 * const twente = networkRegionMeasures(network, twenteOrganisationIds, roleOf, { seed: 1 });
 * twente.density; // e.g. 0.04
 * twente.organisations[0]; // { id, role, degree, degreeCentrality, betweenness, community, ... }
 */
export function networkRegionMeasures(
  network: CollaborationNetwork,
  regionOrganisations: Iterable<string>,
  roleOf: ReadonlyMap<string, HelixRole>,
  options: NetworkLouvainOptions = {},
): NetworkRegionMeasures {
  const { region, externalLinks, externalWeight } = networkRegionPart(network, regionOrganisations);
  const { graph } = region;
  const roles = region.organisations.map((id) => roleOf.get(id) ?? 'other');

  const components = networkComponents(graph);
  const degrees = networkDegrees(graph);
  const degreeCentrality = networkDegreeCentrality(graph);
  const betweenness = networkBetweenness(graph);
  const communities = networkLouvain(graph, options);
  const assortativity = networkAttributeAssortativity(graph, roles);
  const undefinedMeasures = networkUndefinedMeasures({
    nodes: graph.nodeCount,
    edges: graph.edgeCount,
    assortativity,
  });
  const measured = (measure: NetworkUndefinedMeasure['measure']) =>
    !undefinedMeasures.some((u) => u.measure === measure);
  const withDegreeCentrality = measured('degree_centrality');
  const withBetweenness = measured('betweenness_centrality');

  return {
    nodes: graph.nodeCount,
    edges: graph.edgeCount,
    density: networkDensity(graph),
    components: measured('components') ? components.count : null,
    largestComponentShare: graph.nodeCount === 0 ? null : components.largestSize / graph.nodeCount,
    assortativity,
    roleMixing: networkRoleMixing(graph, roles),
    communities: { count: communities.count, modularity: communities.modularity },
    undefinedMeasures,
    organisations: region.organisations.map((id, v) => ({
      id,
      role: roles[v]!,
      degree: degrees[v]!,
      degreeCentrality: withDegreeCentrality ? degreeCentrality[v]! : null,
      betweenness: withBetweenness ? betweenness[v]! : null,
      community: communities.communityOf[v]!,
      externalLinks: externalLinks[v]!,
      externalWeight: externalWeight[v]!,
    })),
    links: { source: graph.edgeSource, target: graph.edgeTarget, weight: graph.edgeWeight },
  };
}
