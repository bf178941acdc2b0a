import { describe, expect, it } from 'vitest';
import { networkDensity } from './network-density.js';
import { networkGraphFromEdges } from './network-graph.js';

describe('networkDensity', () => {
  it('divides the links by the possible links', () => {
    // 4 nodes, 2 links: 2 / (4 x 3 / 2) = 1/3.
    expect(networkDensity(networkGraphFromEdges(4, [0, 1], [1, 2]))).toBe(1 / 3);
  });

  it('is 0 below two nodes', () => {
    expect(networkDensity(networkGraphFromEdges(1, [], []))).toBe(0);
    expect(networkDensity(networkGraphFromEdges(0, [], []))).toBe(0);
  });
});
