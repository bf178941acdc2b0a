import type { CollaborationNetwork } from './collaboration-network.js';
import { networkGraphFromEdges } from './network-graph.js';

/** A region's part of a network: its subgraph, and each of its organisations' links to outside. */
export interface NetworkRegionPart {
  /** The subgraph induced by the region's organisations (see networkSubgraph). */
  readonly region: CollaborationNetwork;
  /** Per node of the subgraph: its linked organisations outside the region, in the whole network. */
  readonly externalLinks: Int32Array;
  /** Per node of the subgraph: the summed weight (shared projects) of those links. */
  readonly externalWeight: Float64Array;
}

/**
 * The subgraph induced by a set of organisations (numbered in the order given; duplicates and
 * organisations not in the network ignored, as NetworkX's `G.subgraph` ignores them), and each
 * organisation's links to the rest of the network, from one pass over their neighbours: the
 * links inside become the subgraph's, sorted by their ends, those outside are counted and
 * their weights added in the order of the adjacency.
 *
 * @example
 * // network: ut - tno (2 projects) - acme (1 project)
 * const part = networkRegionPart(network, ['tno', 'ut']);
 * part.region.organisations; // ['tno', 'ut'], one link tno - ut of weight 2
 * part.externalLinks; // Int32Array [1, 0]: tno's link to acme leaves the region
 */
export function networkRegionPart(
  network: CollaborationNetwork,
  organisationIds: Iterable<string>,
): NetworkRegionPart {
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
  const externalLinks = new Int32Array(n);
  const externalWeight = new Float64Array(n);
  // Each link inside is seen from both ends: half the neighbours scanned bound the links.
  let scanned = 0;
  for (const v of oldIndex) scanned += graph.offsets[v + 1]! - graph.offsets[v]!;
  const bound = Math.min(Math.floor(scanned / 2), (n * (n - 1)) / 2);
  const sources = new Int32Array(bound);
  const targets = new Int32Array(bound);
  const weights = new Float64Array(bound);
  let links = 0;
  // One row at a time: the later ends of node i's links, sorted, with their weights beside.
  const row = new Int32Array(n);
  const weightTo = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const v = oldIndex[i]!;
    let count = 0;
    for (let k = graph.offsets[v]!; k < graph.offsets[v + 1]!; k++) {
      const j = newIndex[graph.neighbours[k]!]!;
      if (j === -1) {
        externalLinks[i]! += 1;
        externalWeight[i]! += graph.neighbourWeights[k]!;
      } else if (j > i) {
        row[count++] = j;
        weightTo[j] = graph.neighbourWeights[k]!;
      }
    }
    const later = row.subarray(0, count).sort();
    for (const j of later) {
      sources[links] = i;
      targets[links] = j;
      weights[links++] = weightTo[j]!;
    }
  }
  return {
    region: {
      organisations,
      indexOf,
      graph: networkGraphFromEdges(
        n,
        sources.subarray(0, links),
        targets.subarray(0, links),
        weights.subarray(0, links),
      ),
    },
    externalLinks,
    externalWeight,
  };
}
