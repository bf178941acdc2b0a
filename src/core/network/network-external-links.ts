import type { NetworkGraph } from './network-graph.js';

/** Each node's links to nodes outside a node set (a region). */
export interface NetworkExternalLinks {
  /** Number of linked organisations outside the set. */
  readonly links: Int32Array;
  /** Sum of the weights (shared projects) of those links. */
  readonly weight: Float64Array;
}

/**
 * For every node of the set marked in `inSet` (1 = inside, a region), its links to nodes of the
 * whole network outside the set. Nodes outside the set are not visited (they read 0): a region
 * asks for its own few nodes, not for the tens of thousands around them.
 *
 * @example
 * // 0 - 1 - 2 with weights 1 and 3, region {0, 1}:
 * networkExternalLinks(graph, Uint8Array.of(1, 1, 0));
 * // links [0, 1, 0], weight [0, 3, 0]  (node 1's link to 2 leaves the region)
 */
export function networkExternalLinks(graph: NetworkGraph, inSet: Uint8Array): NetworkExternalLinks {
  const n = graph.nodeCount;
  const links = new Int32Array(n);
  const weight = new Float64Array(n);
  for (let v = 0; v < n; v++) {
    if (inSet[v] !== 1) continue;
    for (let k = graph.offsets[v]!; k < graph.offsets[v + 1]!; k++) {
      if (inSet[graph.neighbours[k]!] !== 1) {
        links[v]! += 1;
        weight[v]! += graph.neighbourWeights[k]!;
      }
    }
  }
  return { links, weight };
}
