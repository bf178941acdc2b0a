import { UndirectedGraph } from 'graphology';
import louvainModule from 'graphology-communities-louvain';
import { randomMulberry32 } from '../random/random-mulberry32.js';
import type { NetworkGraph } from './network-graph.js';

// The package is CommonJS (`module.exports = louvain`) while its types declare `export default`,
// so under NodeNext TypeScript types the default import as `{ default: louvain }`. Take whichever
// the runtime gives.
type Louvain = typeof louvainModule.default;
const louvain: Louvain =
  (louvainModule as { default?: Louvain }).default ?? (louvainModule as unknown as Louvain);

/** Parameters of the Louvain community detection. */
export interface NetworkLouvainOptions {
  /** Seed of the random walk (default 1): the same graph and seed give the same communities. */
  readonly seed?: number;
  /** Modularity resolution (default 1; higher gives more, smaller communities). */
  readonly resolution?: number;
  /** Use link weights (shared projects) as strengths (default true). */
  readonly weighted?: boolean;
}

export const NETWORK_LOUVAIN_DEFAULTS = { seed: 1, resolution: 1, weighted: true } as const;

/** Louvain communities of a graph. */
export interface NetworkCommunities {
  /** Community of each node: 0 is the largest; ties go to the community of the lower node. */
  readonly communityOf: Int32Array;
  readonly count: number;
  /** Modularity of the partition; null for a graph without links. */
  readonly modularity: number | null;
}

/**
 * Louvain communities (graphology-communities-louvain), seeded through a mulberry32 random
 * source so that a run is repeatable. Communities are renumbered by size, largest first.
 * A graph without links gives every node its own community.
 *
 * @example
 * // Two triangles joined by one link: 0-1-2 and 3-4-5, with 2 - 3.
 * networkLouvain(graph, { seed: 7 }).communityOf; // Int32Array [0, 0, 0, 1, 1, 1]
 */
export function networkLouvain(
  graph: NetworkGraph,
  options: NetworkLouvainOptions = {},
): NetworkCommunities {
  const seed = options.seed ?? NETWORK_LOUVAIN_DEFAULTS.seed;
  const resolution = options.resolution ?? NETWORK_LOUVAIN_DEFAULTS.resolution;
  const weighted = options.weighted ?? NETWORK_LOUVAIN_DEFAULTS.weighted;
  const n = graph.nodeCount;
  const raw = new Int32Array(n);
  let modularity: number | null = null;
  if (graph.edgeCount === 0) {
    for (let v = 0; v < n; v++) raw[v] = v;
  } else {
    const g = new UndirectedGraph();
    for (let v = 0; v < n; v++) g.addNode(String(v));
    for (let e = 0; e < graph.edgeCount; e++) {
      g.addEdge(String(graph.edgeSource[e]), String(graph.edgeTarget[e]), {
        weight: graph.edgeWeight[e],
      });
    }
    const result = louvain.detailed(g, {
      rng: randomMulberry32(seed),
      resolution,
      getEdgeWeight: weighted ? 'weight' : null,
    });
    for (let v = 0; v < n; v++) raw[v] = result.communities[String(v)]!;
    modularity = result.modularity;
  }
  return { ...communitiesBySize(raw), modularity };
}

/** Renumbers communities 0.. by size (largest first), ties by their lowest node. */
function communitiesBySize(raw: Int32Array): { communityOf: Int32Array; count: number } {
  const size = new Map<number, number>();
  const first = new Map<number, number>();
  raw.forEach((c, v) => {
    size.set(c, (size.get(c) ?? 0) + 1);
    if (!first.has(c)) first.set(c, v);
  });
  const order = [...size.keys()].sort(
    (a, b) => size.get(b)! - size.get(a)! || first.get(a)! - first.get(b)!,
  );
  const renumber = new Map(order.map((c, i) => [c, i]));
  return { communityOf: raw.map((c) => renumber.get(c)!), count: order.length };
}
