import type { NetworkGraph } from './network-graph.js';

/** The connected components of a graph. */
export interface NetworkComponents {
  /** Number of components, isolated nodes included (NetworkX `number_connected_components`). */
  readonly count: number;
  /** Component of each node: 0..count-1, numbered in order of their lowest node. */
  readonly componentOf: Int32Array;
  /** Size of each component. */
  readonly sizes: readonly number[];
  /** Size of the largest component (0 for an empty graph). */
  readonly largestSize: number;
}

/**
 * The connected components of a graph, found by breadth-first search.
 *
 * @example
 * networkComponents(networkGraphFromEdges(4, [0], [1])); // 3 components: {0, 1}, {2}, {3}
 * // componentOf [0, 0, 1, 2], sizes [2, 1, 1], largestSize 2
 */
export function networkComponents(graph: NetworkGraph): NetworkComponents {
  const { nodeCount: n, offsets, neighbours } = graph;
  const componentOf = new Int32Array(n).fill(-1);
  const queue = new Int32Array(n);
  const sizes: number[] = [];
  for (let start = 0; start < n; start++) {
    if (componentOf[start] !== -1) continue;
    const component = sizes.length;
    componentOf[start] = component;
    queue[0] = start;
    let head = 0;
    let tail = 1;
    while (head < tail) {
      const v = queue[head++]!;
      for (let k = offsets[v]!; k < offsets[v + 1]!; k++) {
        const w = neighbours[k]!;
        if (componentOf[w] === -1) {
          componentOf[w] = component;
          queue[tail++] = w;
        }
      }
    }
    sizes.push(tail);
  }
  return {
    count: sizes.length,
    componentOf,
    sizes,
    largestSize: sizes.reduce((a, b) => Math.max(a, b), 0),
  };
}
