import { describe, expect, it } from 'vitest';
import { networkDegreeCentrality } from './network-degree-centrality.js';
import { networkGraphFromEdges } from './network-graph.js';

describe('networkDegreeCentrality', () => {
  it('divides each degree by n - 1', () => {
    // Path 0 - 1 - 2 plus isolated 3: degrees 1, 2, 1, 0 over n - 1 = 3.
    const c = networkDegreeCentrality(networkGraphFromEdges(4, [0, 1], [1, 2]));
    expect([...c]).toEqual([1 / 3, 2 / 3, 1 / 3, 0]);
  });

  it('gives 1 to the only node of a one-node graph, as NetworkX does', () => {
    expect([...networkDegreeCentrality(networkGraphFromEdges(1, [], []))]).toEqual([1]);
    expect([...networkDegreeCentrality(networkGraphFromEdges(0, [], []))]).toEqual([]);
  });
});
