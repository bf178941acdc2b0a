/**
 * A compact undirected graph: nodes are 0..nodeCount-1; each link is stored once in the edge
 * arrays (source < target) and twice in the CSR adjacency (the neighbours of v are
 * neighbours[offsets[v]] .. neighbours[offsets[v + 1] - 1], with their link weights alongside).
 */
export interface NetworkGraph {
  readonly nodeCount: number;
  readonly edgeCount: number;
  readonly edgeSource: Int32Array;
  readonly edgeTarget: Int32Array;
  readonly edgeWeight: Float64Array;
  readonly offsets: Int32Array;
  readonly neighbours: Int32Array;
  readonly neighbourWeights: Float64Array;
}

/**
 * A graph of `nodeCount` nodes from an edge list. Each pair must occur once; a self-loop or a
 * node outside 0..nodeCount-1 throws a RangeError. Weights default to 1.
 *
 * @example
 * const path = networkGraphFromEdges(3, [0, 1], [1, 2]); // 0 - 1 - 2
 * path.neighbours.subarray(path.offsets[1], path.offsets[2]); // Int32Array [0, 2]
 */
export function networkGraphFromEdges(
  nodeCount: number,
  sources: ArrayLike<number>,
  targets: ArrayLike<number>,
  weights?: ArrayLike<number>,
): NetworkGraph {
  const edgeCount = sources.length;
  if (targets.length !== edgeCount || (weights && weights.length !== edgeCount)) {
    throw new RangeError('sources, targets and weights must have the same length');
  }
  const edgeSource = new Int32Array(edgeCount);
  const edgeTarget = new Int32Array(edgeCount);
  const edgeWeight = new Float64Array(edgeCount);
  const offsets = new Int32Array(nodeCount + 1);
  for (let e = 0; e < edgeCount; e++) {
    const a = sources[e]!;
    const b = targets[e]!;
    if (!(a >= 0 && a < nodeCount && b >= 0 && b < nodeCount) || a === b) {
      throw new RangeError(`edge ${e} (${a}, ${b}) is a self-loop or leaves 0..${nodeCount - 1}`);
    }
    edgeSource[e] = Math.min(a, b);
    edgeTarget[e] = Math.max(a, b);
    edgeWeight[e] = weights ? weights[e]! : 1;
    offsets[a + 1]! += 1;
    offsets[b + 1]! += 1;
  }
  for (let v = 0; v < nodeCount; v++) offsets[v + 1]! += offsets[v]!;
  const next = offsets.slice(0, nodeCount);
  const neighbours = new Int32Array(2 * edgeCount);
  const neighbourWeights = new Float64Array(2 * edgeCount);
  for (let e = 0; e < edgeCount; e++) {
    const a = edgeSource[e]!;
    const b = edgeTarget[e]!;
    const w = edgeWeight[e]!;
    let slot = next[a]!++;
    neighbours[slot] = b;
    neighbourWeights[slot] = w;
    slot = next[b]!++;
    neighbours[slot] = a;
    neighbourWeights[slot] = w;
  }
  return {
    nodeCount,
    edgeCount,
    edgeSource,
    edgeTarget,
    edgeWeight,
    offsets,
    neighbours,
    neighbourWeights,
  };
}

/**
 * The number of links of each node.
 *
 * @example
 * networkDegrees(networkGraphFromEdges(3, [0, 1], [1, 2])); // Int32Array [1, 2, 1]
 */
export function networkDegrees(graph: NetworkGraph): Int32Array {
  const degrees = new Int32Array(graph.nodeCount);
  for (let v = 0; v < graph.nodeCount; v++) degrees[v] = graph.offsets[v + 1]! - graph.offsets[v]!;
  return degrees;
}
