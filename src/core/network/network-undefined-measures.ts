/** The measures of a region's network that can be undefined, named as the API names them. */
export const NETWORK_MEASURES = [
  'density',
  'components',
  'largest_component_share',
  'assortativity_helix',
  'modularity',
  'degree_centrality',
  'betweenness_centrality',
] as const;
export type NetworkMeasure = (typeof NETWORK_MEASURES)[number];

/** Why a network measure is not defined. */
export const NETWORK_UNDEFINED_REASONS = [
  'no_organisations',
  'fewer_than_two_organisations',
  'fewer_than_three_organisations',
  'no_links',
  'one_role_at_link_ends',
] as const;
export type NetworkUndefinedReason = (typeof NETWORK_UNDEFINED_REASONS)[number];

/** A measure that is null, and why. */
export interface NetworkUndefinedMeasure {
  readonly measure: NetworkMeasure;
  readonly reason: NetworkUndefinedReason;
}

/**
 * The measures a network of `nodes` organisations and `edges` links cannot have, each with the
 * reason, in NETWORK_MEASURES order:
 * - density, links / possible links, needs two organisations (n (n - 1) / 2 possible links);
 * - components and the largest component's share need one organisation;
 * - degree centrality, degree / (n - 1), needs two; betweenness, the share of the shortest paths
 *   between the other organisations that pass through one, needs three (a pair of others);
 * - assortativity by helix role and the communities' modularity need a link; assortativity also
 *   needs link ends of two roles (`assortativity` is what was computed: null with links means
 *   every link end has one role).
 * Without organisations, every measure says `no_organisations`.
 * NetworkX gives 0 (density, betweenness) or 1 (degree centrality of a lone node) in these
 * cases; Regiokracht gives no number, since none was measured.
 *
 * @example
 * networkUndefinedMeasures({ nodes: 1, edges: 0, assortativity: null });
 * // density, degree_centrality: fewer_than_two_organisations; betweenness_centrality:
 * // fewer_than_three_organisations; assortativity_helix, modularity: no_links
 */
export function networkUndefinedMeasures(network: {
  readonly nodes: number;
  readonly edges: number;
  readonly assortativity: number | null;
}): NetworkUndefinedMeasure[] {
  const { nodes, edges } = network;
  const byNodes = (least: number): NetworkUndefinedReason | null =>
    nodes >= least
      ? null
      : nodes === 0
        ? 'no_organisations'
        : least === 2
          ? 'fewer_than_two_organisations'
          : 'fewer_than_three_organisations';
  const linkless: NetworkUndefinedReason = nodes === 0 ? 'no_organisations' : 'no_links';
  const reasons: Record<NetworkMeasure, NetworkUndefinedReason | null> = {
    density: byNodes(2),
    components: byNodes(1),
    largest_component_share: byNodes(1),
    assortativity_helix:
      edges === 0 ? linkless : network.assortativity === null ? 'one_role_at_link_ends' : null,
    modularity: edges === 0 ? linkless : null,
    degree_centrality: byNodes(2),
    betweenness_centrality: byNodes(3),
  };
  return NETWORK_MEASURES.flatMap((measure) => {
    const reason = reasons[measure];
    return reason ? [{ measure, reason }] : [];
  });
}
