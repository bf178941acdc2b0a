import { describe, expect, it } from 'vitest';
import { networkComponents } from './network-components.js';
import { networkGraphFromEdges } from './network-graph.js';

describe('networkComponents', () => {
  it('finds the components, isolated nodes included', () => {
    // 0 - 1, 2 alone, 3 - 4 - 5.
    const c = networkComponents(networkGraphFromEdges(6, [0, 3, 4], [1, 4, 5]));
    expect(c.count).toBe(3);
    expect([...c.componentOf]).toEqual([0, 0, 1, 2, 2, 2]);
    expect(c.sizes).toEqual([2, 1, 3]);
    expect(c.largestSize).toBe(3);
  });

  it('has no components in an empty graph', () => {
    expect(networkComponents(networkGraphFromEdges(0, [], []))).toMatchObject({
      count: 0,
      largestSize: 0,
    });
  });
});
