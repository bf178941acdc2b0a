import type { NetworkGraph } from './network-graph.js';

/**
 * Density of an undirected graph: links / possible links = 2m / (n (n - 1)), as NetworkX's
 * `density`; null below two nodes, where no link is possible (NetworkX gives 0 there).
 *
 * @example
 * networkDensity(networkGraphFromEdges(3, [0, 1], [1, 2])); // 2 / 3
 * networkDensity(networkGraphFromEdges(1, [], [])); // null
 */
export function networkDensity(graph: NetworkGraph): number | null {
  const n = graph.nodeCount;
  return n <= 1 ? null : (2 * graph.edgeCount) / (n * (n - 1));
}
