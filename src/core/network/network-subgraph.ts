import type { CollaborationNetwork } from './collaboration-network.js';
import { networkGraphFromEdges } from './network-graph.js';

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
  const { graph } = network;
  const newIndex = new Int32Array(graph.nodeCount).fill(-1);
  const organisations: string[] = [];
  const indexOf = new Map<string, number>();
  const oldIndex: number[] = [];
  for (const id of organisationIds) {
    const v = network.indexOf.get(id);
    if (v === undefined || newIndex[v] !== -1) continue;
    newIndex[v] = organisations.length;
    indexOf.set(id, organisations.length);
    organisations.push(id);
    oldIndex.push(v);
  }
  const n = organisations.length;
  // Keys i * n + j (i < j) sort the links by (i, j); n^2 stays far below 2^53.
  const links: { key: number; weight: number }[] = [];
  for (let i = 0; i < n; i++) {
    const v = oldIndex[i]!;
    for (let k = graph.offsets[v]!; k < graph.offsets[v + 1]!; k++) {
      const j = newIndex[graph.neighbours[k]!]!;
      if (j > i) links.push({ key: i * n + j, weight: graph.neighbourWeights[k]! });
    }
  }
  links.sort((a, b) => a.key - b.key);
  const sources = links.map((l) => Math.floor(l.key / n));
  const targets = links.map((l) => l.key % n);
  const weights = links.map((l) => l.weight);
  return { organisations, indexOf, graph: networkGraphFromEdges(n, sources, targets, weights) };
}
