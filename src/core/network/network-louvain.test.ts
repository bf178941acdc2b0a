import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbitraryGraph } from '../../../test/support/network-graphs.js';
import { networkGraphFromEdges } from './network-graph.js';
import { networkLouvain } from './network-louvain.js';

// Two triangles joined by one link: 0-1-2 and 3-4-5, with 2 - 3.
const twoTriangles = networkGraphFromEdges(6, [0, 0, 1, 3, 3, 4, 2], [1, 2, 2, 4, 5, 5, 3]);

describe('networkLouvain', () => {
  it('finds the two triangles joined by one link', () => {
    // Modularity of that split: m = 7; each triangle has 3 inner links and degree sum 7.
    // Q = sum over communities of (inner / m - (degree sum / 2m)^2) = 2 (3/7 - 1/4) = 5/14.
    const result = networkLouvain(twoTriangles, { seed: 7 });
    expect(result.count).toBe(2);
    expect([...result.communityOf]).toEqual([0, 0, 0, 1, 1, 1]);
    expect(result.modularity).toBeCloseTo(5 / 14, 12);
  });

  it('gives the same communities for the same seed', () => {
    const graph = arbitraryGraph(1, 30);
    fc.assert(
      fc.property(graph, fc.integer(), (g, seed) => {
        expect(networkLouvain(g, { seed })).toEqual(networkLouvain(g, { seed }));
      }),
      { numRuns: 50 },
    );
  });

  it('numbers communities by size, largest first', () => {
    // A 4-clique 2..5 and a separate pair 0 - 1.
    const graph = networkGraphFromEdges(6, [0, 2, 2, 2, 3, 3, 4], [1, 3, 4, 5, 4, 5, 5]);
    expect([...networkLouvain(graph).communityOf]).toEqual([1, 1, 0, 0, 0, 0]);
  });

  it('gives every node its own community in a graph without links', () => {
    const result = networkLouvain(networkGraphFromEdges(3, [], []));
    expect([...result.communityOf]).toEqual([0, 1, 2]);
    expect(result.count).toBe(3);
    expect(result.modularity).toBeNull();
  });
});
