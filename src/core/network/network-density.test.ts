import { describe, expect, it } from 'vitest';
import { networkDensity } from './network-density.js';
import { networkGraphFromEdges } from './network-graph.js';

describe('networkDensity', () => {
  it('divides the links by the possible links', () => {
    // 4 nodes, 2 links: 2 / (4 x 3 / 2) = 1/3.
    expect(networkDensity(networkGraphFromEdges(4, [0, 1], [1, 2]))).toBe(1 / 3);
  });

  it('is null below two nodes, where no link is possible', () => {
    expect(networkDensity(networkGraphFromEdges(1, [], []))).toBeNull();
    expect(networkDensity(networkGraphFromEdges(0, [], []))).toBeNull();
  });

  it('is 0 for two or more nodes without links', () => {
    expect(networkDensity(networkGraphFromEdges(2, [], []))).toBe(0);
  });
});
