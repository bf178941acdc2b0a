import type { NetworkGraph } from './network-graph.js';

/**
 * The nodes that stand for a class of twins, and each class's size. Two nodes are twins when
 * they have the same neighbours: true twins are linked and share every other neighbour (closed
 * neighbourhoods equal: the partners of one project and nothing else), false twins are not
 * linked and have the same neighbours (open neighbourhoods equal). A node has twins of one kind
 * only, so the classes partition the nodes. A node without twins is its own class of one.
 *
 * Found in O(n + m) expected time: a node's neighbours are summed as 32-bit hashes (the sum of a
 * set does not depend on its order), nodes with equal degree and sum are candidates, and each
 * candidate is checked neighbour by neighbour against its class's first node.
 *
 * @example
 * // The triangle 0-1-2 with the pendant 3 on 0: 1 and 2 are true twins (N[1] = N[2] = {0, 1, 2}).
 * twinClasses(networkGraphFromEdges(4, [0, 0, 1, 0], [1, 2, 2, 3]));
 * // { representatives: Int32Array [0, 1, 3], sizes: Int32Array [1, 2, 1] }
 */
export function twinClasses(graph: NetworkGraph): {
  representatives: Int32Array;
  sizes: Int32Array;
} {
  const { nodeCount: n, offsets, neighbours } = graph;
  const classOf = new Int32Array(n).fill(-1);
  const representatives: number[] = [];
  const sizes: number[] = [];
  // Nodes waiting to be compared, by (closed?, degree, hash of the neighbourhood).
  const candidates = new Map<string, number[]>();
  // mark[w] === stamp: w is in the neighbourhood of the node being compared against.
  const mark = new Int32Array(n);
  let stamp = 0;

  const sameNeighbourhood = (a: number, b: number, closed: boolean): boolean => {
    stamp++;
    for (let k = offsets[a]!; k < offsets[a + 1]!; k++) mark[neighbours[k]!] = stamp;
    if (closed) mark[a] = stamp;
    for (let k = offsets[b]!; k < offsets[b + 1]!; k++) {
      if (mark[neighbours[k]!] !== stamp) return false;
    }
    // Equal degrees and N(b) within a's (closed) neighbourhood: the sets are equal; closed ones
    // also need b linked to a.
    return !closed || mark[b] === stamp;
  };

  for (let v = 0; v < n; v++) {
    const degree = offsets[v + 1]! - offsets[v]!;
    let sum = 0;
    for (let k = offsets[v]!; k < offsets[v + 1]!; k++) sum = (sum + mix(neighbours[k]!)) | 0;
    const keys = [
      { closed: true, key: `c${degree}:${(sum + mix(v)) | 0}` },
      { closed: false, key: `o${degree}:${sum}` },
    ];
    const twin = keys
      .map(({ closed, key }) => candidates.get(key)?.find((a) => sameNeighbourhood(a, v, closed)))
      .find((a) => a !== undefined);
    if (twin !== undefined) {
      sizes[classOf[twin]!]! += 1;
      continue;
    }
    classOf[v] = representatives.length;
    representatives.push(v);
    sizes.push(1);
    for (const { key } of keys) {
      const bucket = candidates.get(key);
      if (bucket) bucket.push(v);
      else candidates.set(key, [v]);
    }
  }
  return { representatives: Int32Array.from(representatives), sizes: Int32Array.from(sizes) };
}

/** A 32-bit integer hash of a node number (murmur3's finaliser). */
function mix(x: number): number {
  let h = x ^ 0x9e3779b9;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return h ^ (h >>> 16);
}
