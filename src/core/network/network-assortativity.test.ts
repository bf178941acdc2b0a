import { describe, expect, it } from 'vitest';
import { networkAttributeAssortativity } from './network-assortativity.js';
import { networkGraphFromEdges } from './network-graph.js';

describe('networkAttributeAssortativity', () => {
  it('matches the hand-worked path business - business - research', () => {
    // Link ends (both directions): (b,b) x2, (b,r), (r,b) of 4: e = [[1/2, 1/4], [1/4, 0]].
    // a = b = [3/4, 1/4]; sum a_i b_i = 9/16 + 1/16 = 10/16; trace = 1/2.
    // r = (8/16 - 10/16) / (6/16) = -1/3.
    const graph = networkGraphFromEdges(3, [0, 1], [1, 2]);
    const r = networkAttributeAssortativity(graph, ['business', 'business', 'research']);
    expect(r).toBeCloseTo(-1 / 3, 15);
  });

  it('is 1 when links only join equal roles', () => {
    // e = diag(1/2, 1/2): trace 1, sum a b = 1/2: r = (1 - 1/2) / (1 - 1/2) = 1.
    const graph = networkGraphFromEdges(4, [0, 2], [1, 3]);
    expect(
      networkAttributeAssortativity(graph, ['business', 'business', 'research', 'research']),
    ).toBe(1);
  });

  it('is -1 when links only join different roles in equal shares', () => {
    // e = [[0, 1/2], [1/2, 0]]: trace 0, sum a b = 1/2: r = -1/2 / 1/2 = -1.
    const graph = networkGraphFromEdges(4, [0, 2], [1, 3]);
    expect(
      networkAttributeAssortativity(graph, ['business', 'research', 'business', 'research']),
    ).toBe(-1);
  });

  it('ignores isolated nodes', () => {
    const withIsolate = networkGraphFromEdges(4, [0, 1], [1, 2]);
    const roles = ['business', 'business', 'research', 'government'];
    expect(networkAttributeAssortativity(withIsolate, roles)).toBeCloseTo(-1 / 3, 15);
  });

  it('is null without links or when every link end has the same role', () => {
    expect(networkAttributeAssortativity(networkGraphFromEdges(2, [], []), ['a', 'b'])).toBeNull();
    const graph = networkGraphFromEdges(3, [0], [1]);
    expect(networkAttributeAssortativity(graph, ['a', 'a', 'b'])).toBeNull();
  });
});
