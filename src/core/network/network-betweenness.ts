import type { NetworkGraph } from './network-graph.js';

/**
 * Betweenness centrality of every node, unweighted (every link has length 1), normalised as
 * NetworkX's `betweenness_centrality(G, normalized=True)` for undirected graphs: the sum over
 * ordered pairs (s, t) of the share of shortest s-t paths through the node, times
 * 1 / ((n - 1)(n - 2)), i.e. the share of unordered pairs times 2 / ((n - 1)(n - 2)); no scaling
 * for n <= 2.
 *
 * Brandes' algorithm over the CSR adjacency: a breadth-first search from each source counts
 * shortest paths (sigma), then dependencies (delta) are accumulated in reverse order of
 * discovery, over the links of the shortest-path DAG recorded during the search. O(n m) time, O(n + m) extra memory, all in typed arrays.
 *
 * @example
 * // The path 0 - 1 - 2: node 1 lies on the one shortest path of the pair (0, 2).
 * networkBetweenness(networkGraphFromEdges(3, [0, 1], [1, 2])); // [0, 1, 0]
 */
export function networkBetweenness(graph: NetworkGraph): Float64Array {
  const { nodeCount: n, offsets, neighbours } = graph;
  const betweenness = new Float64Array(n);
  const distance = new Int32Array(n).fill(-1);
  const sigma = new Float64Array(n);
  const delta = new Float64Array(n);
  // Nodes in order of discovery (the BFS queue).
  const order = new Int32Array(n);
  // Links of the shortest-path DAG (v one step closer to the source than w), in BFS order.
  const dagFrom = new Int32Array(2 * graph.edgeCount);
  const dagTo = new Int32Array(2 * graph.edgeCount);

  for (let source = 0; source < n; source++) {
    if (offsets[source + 1] === offsets[source]) continue; // an isolated node lies on no path
    distance[source] = 0;
    sigma[source] = 1;
    order[0] = source;
    let head = 0;
    let tail = 1;
    let dagSize = 0;
    while (head < tail) {
      const v = order[head++]!;
      const next = distance[v]! + 1;
      const sigmaV = sigma[v]!;
      for (let k = offsets[v]!, end = offsets[v + 1]!; k < end; k++) {
        const w = neighbours[k]!;
        let dw = distance[w]!;
        if (dw < 0) {
          dw = next;
          distance[w] = next;
          order[tail++] = w;
        }
        if (dw === next) {
          sigma[w]! += sigmaV;
          dagFrom[dagSize] = v;
          dagTo[dagSize++] = w;
        }
      }
    }
    // Reverse BFS order: the DAG links out of w were recorded after every link into w (w was
    // dequeued later), so delta[w] is complete when its incoming links are reached.
    for (let p = dagSize - 1; p >= 0; p--) {
      const v = dagFrom[p]!;
      const w = dagTo[p]!;
      delta[v]! += (sigma[v]! / sigma[w]!) * (1 + delta[w]!);
    }
    for (let i = 1; i < tail; i++) betweenness[order[i]!]! += delta[order[i]!]!;
    for (let i = 0; i < tail; i++) {
      const v = order[i]!;
      distance[v] = -1;
      sigma[v] = 0;
      delta[v] = 0;
    }
  }

  if (n > 2) {
    const scale = 1 / ((n - 1) * (n - 2));
    for (let v = 0; v < n; v++) betweenness[v]! *= scale;
  }
  return betweenness;
}
