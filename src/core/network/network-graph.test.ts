import { describe, expect, it } from 'vitest';
import { networkDegrees, networkGraphFromEdges } from './network-graph.js';

describe('networkGraphFromEdges', () => {
  it('stores each link once with source < target and twice in the adjacency', () => {
    // 0 - 1 (weight 2), 2 - 1 (weight 5, given backwards)
    const graph = networkGraphFromEdges(3, [0, 2], [1, 1], [2, 5]);
    expect(graph.edgeCount).toBe(2);
    expect([...graph.edgeSource]).toEqual([0, 1]);
    expect([...graph.edgeTarget]).toEqual([1, 2]);
    expect([...graph.offsets]).toEqual([0, 1, 3, 4]);
    expect([...graph.neighbours]).toEqual([1, 0, 2, 1]);
    expect([...graph.neighbourWeights]).toEqual([2, 2, 5, 5]);
  });

  it('gives weight 1 when no weights are given', () => {
    expect([...networkGraphFromEdges(2, [0], [1]).edgeWeight]).toEqual([1]);
  });

  it('refuses self-loops and nodes out of range', () => {
    expect(() => networkGraphFromEdges(2, [1], [1])).toThrow(RangeError);
    expect(() => networkGraphFromEdges(2, [0], [2])).toThrow(RangeError);
    expect(() => networkGraphFromEdges(2, [0], [1, 0])).toThrow(RangeError);
  });
});

describe('networkDegrees', () => {
  it('counts the links of each node', () => {
    expect([...networkDegrees(networkGraphFromEdges(4, [0, 1], [1, 2]))]).toEqual([1, 2, 1, 0]);
  });
});
