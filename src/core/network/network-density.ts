import type { NetworkGraph } from './network-graph.js';

/**
 * Density of an undirected graph: links / possible links = 2m / (n (n - 1)); 0 below two nodes,
 * as NetworkX's `density`.
 *
 * @example
 * networkDensity(networkGraphFromEdges(3, [0, 1], [1, 2])); // 2 / 3
 */
export function networkDensity(graph: NetworkGraph): number {
  const n = graph.nodeCount;
  return n <= 1 ? 0 : (2 * graph.edgeCount) / (n * (n - 1));
}
