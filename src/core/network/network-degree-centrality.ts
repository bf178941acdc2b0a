import type { NetworkGraph } from './network-graph.js';

/**
 * Degree centrality of every node: degree / (n - 1), as NetworkX's `degree_centrality`
 * (which gives 1 to the single node of a one-node graph).
 *
 * @example
 * networkDegreeCentrality(networkGraphFromEdges(3, [0, 1], [1, 2])); // [0.5, 1, 0.5]
 */
export function networkDegreeCentrality(graph: NetworkGraph): Float64Array {
  const n = graph.nodeCount;
  const centrality = new Float64Array(n);
  if (n <= 1) return centrality.fill(1);
  const scale = 1 / (n - 1);
  for (let v = 0; v < n; v++) centrality[v] = (graph.offsets[v + 1]! - graph.offsets[v]!) * scale;
  return centrality;
}
