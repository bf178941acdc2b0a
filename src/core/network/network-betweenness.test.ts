import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbitraryGraph, graphOf } from '../../../test/support/network-graphs.js';
import { networkBetweenness } from './network-betweenness.js';
import { networkGraphFromEdges, type NetworkGraph } from './network-graph.js';

/** Distances and shortest-path counts from every node, by plain BFS. */
function allPairs(graph: NetworkGraph): { d: number[][]; sigma: number[][] } {
  const n = graph.nodeCount;
  const d: number[][] = [];
  const sigma: number[][] = [];
  for (let s = 0; s < n; s++) {
    const ds = Array<number>(n).fill(-1);
    const ss = Array<number>(n).fill(0);
    ds[s] = 0;
    ss[s] = 1;
    const queue = [s];
    for (let i = 0; i < queue.length; i++) {
      const v = queue[i]!;
      for (let k = graph.offsets[v]!; k < graph.offsets[v + 1]!; k++) {
        const w = graph.neighbours[k]!;
        if (ds[w] === -1) {
          ds[w] = ds[v]! + 1;
          queue.push(w);
        }
        if (ds[w] === ds[v]! + 1) ss[w]! += ss[v]!;
      }
    }
    d.push(ds);
    sigma.push(ss);
  }
  return { d, sigma };
}

/**
 * Betweenness from its definition: for each unordered pair {s, t}, the share of shortest paths
 * through v is sigma(s,v) sigma(v,t) / sigma(s,t) when d(s,v) + d(v,t) = d(s,t); normalised by
 * 2 / ((n - 1)(n - 2)).
 */
function definitionBetweenness(graph: NetworkGraph): number[] {
  const n = graph.nodeCount;
  const { d, sigma } = allPairs(graph);
  const result = Array<number>(n).fill(0);
  for (let s = 0; s < n; s++) {
    for (let t = s + 1; t < n; t++) {
      if (d[s]![t]! <= 0) continue;
      for (let v = 0; v < n; v++) {
        if (v === s || v === t || d[s]![v]! < 0 || d[v]![t]! < 0) continue;
        if (d[s]![v]! + d[v]![t]! === d[s]![t]!) {
          result[v]! += (sigma[s]![v]! * sigma[v]![t]!) / sigma[s]![t]!;
        }
      }
    }
  }
  return n > 2 ? result.map((x) => (x * 2) / ((n - 1) * (n - 2))) : result;
}

/**
 * Collaboration-like graphs: the partners of each random project form a clique, so true twins
 * (partners of one project only) and false twins (two nodes linked to the same partners) abound.
 */
function arbitraryProjectGraph(maxNodes: number) {
  return fc.integer({ min: 1, max: maxNodes }).chain((n) =>
    fc
      .array(fc.uniqueArray(fc.integer({ min: 0, max: n - 1 }), { maxLength: 5 }), {
        maxLength: 8,
      })
      .map((projects) => {
        const links = new Set<number>();
        for (const partners of projects) {
          for (const a of partners) for (const b of partners) if (a < b) links.add(a * n + b);
        }
        const pairs = [...links];
        return networkGraphFromEdges(
          n,
          pairs.map((p) => Math.floor(p / n)),
          pairs.map((p) => p % n),
        );
      }),
  );
}

/** The numbers 0 .. n - 1. */
const upTo = (n: number) => Array.from({ length: n }, (_, i) => i);

/** The links of the path 0 - 1 - ... - (n - 1). */
const pathLinks = (n: number) => upTo(n - 1).map((i) => [i, i + 1] as const);

/** The links of the cycle 0 - 1 - ... - (n - 1) - 0. */
const cycleLinks = (n: number) => upTo(n).map((i) => [i, (i + 1) % n] as const);

/** The links of a star: the centre 0 linked to each of the leaves 1 .. n - 1. */
const starLinks = (n: number) => upTo(n - 1).map((i) => [0, i + 1] as const);

describe('networkBetweenness', () => {
  it('gives 1 to the middle of a three-node path', () => {
    // Pair (0, 2) has one shortest path, through 1: 1 pair x 2 / ((3 - 1)(3 - 2)) = 1.
    expect([...networkBetweenness(graphOf(3, pathLinks(3)))]).toEqual([0, 1, 0]);
  });

  it('gives 2/3 to the inner nodes of a four-node path', () => {
    // 0 - 1 - 2 - 3: node 1 lies on (0, 2) and (0, 3): 2 pairs x 2 / (3 x 2) = 2/3.
    const b = networkBetweenness(graphOf(4, pathLinks(4)));
    expect(b[0]).toBe(0);
    expect(b[1]).toBeCloseTo(2 / 3, 15);
    expect(b[2]).toBeCloseTo(2 / 3, 15);
  });

  it('gives 1 to the centre of a star', () => {
    // Centre 0, leaves 1..4: all 6 leaf pairs pass the centre: 6 x 2 / (4 x 3) = 1.
    const b = networkBetweenness(graphOf(5, starLinks(5)));
    expect([...b]).toEqual([1, 0, 0, 0, 0]);
  });

  it('splits a pair between its two shortest paths in a square', () => {
    // 0 - 1 - 2 - 3 - 0: pair (1, 3) has two shortest paths, via 0 and via 2: 1/2 each.
    // 0.5 x 2 / (3 x 2) = 1/6 for every node.
    const b = networkBetweenness(graphOf(4, cycleLinks(4)));
    for (const x of b) expect(x).toBeCloseTo(1 / 6, 15);
  });

  it('gives 0 everywhere for graphs of at most two nodes and for isolated nodes', () => {
    expect([...networkBetweenness(graphOf(2, [[0, 1]]))]).toEqual([0, 0]);
    expect([...networkBetweenness(graphOf(0, []))]).toEqual([]);
    expect([...networkBetweenness(graphOf(3, []))]).toEqual([0, 0, 0]);
  });

  it('matches the definition on graphs full of twins (cliques of project partners)', () => {
    fc.assert(
      fc.property(arbitraryProjectGraph(14), (g) => {
        const expected = definitionBetweenness(g);
        networkBetweenness(g).forEach((x, v) => expect(x).toBeCloseTo(expected[v]!, 12));
      }),
      { numRuns: 300 },
    );
  });

  it('gives false twins what lies between them: two nodes sharing two partners', () => {
    // 0 and 1 both link to 2 and 3 (false twins); 2 also reaches 4.
    const g = graphOf(5, [
      [0, 2],
      [0, 3],
      [1, 2],
      [1, 3],
      [2, 4],
    ]);
    const b = networkBetweenness(g);
    const expected = definitionBetweenness(g);
    b.forEach((x, v) => expect(x).toBeCloseTo(expected[v]!, 15));
    expect(b[0]).toBe(b[1]);
    expect(b[2]).toBeGreaterThan(b[3]!);
  });

  it('matches the definition on random graphs', () => {
    const graph = arbitraryGraph(0, 12);
    fc.assert(
      fc.property(graph, (g) => {
        const expected = definitionBetweenness(g);
        networkBetweenness(g).forEach((x, v) => expect(x).toBeCloseTo(expected[v]!, 12));
      }),
    );
  });
});
