import type { CollaborationNetwork } from './collaboration-network.js';
import { networkRegionPart } from './network-region-part.js';

/**
 * The subgraph induced by a set of organisations (a region's): those organisations, numbered in
 * the order given, and the links among them with their weights. Organisations given twice count
 * once; organisations not in the network are ignored, as NetworkX's `G.subgraph` ignores them.
 *
 * @example
 * // network: ut - tno - acme
 * networkSubgraph(network, ['acme', 'tno', 'elsewhere']).organisations; // ['acme', 'tno']
 * // one link, acme - tno, with its weight
 */
export function networkSubgraph(
  network: CollaborationNetwork,
  organisationIds: Iterable<string>,
): CollaborationNetwork {
  return networkRegionPart(network, organisationIds).region;
}
