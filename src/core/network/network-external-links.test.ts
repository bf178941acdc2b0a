import { describe, expect, it } from 'vitest';
import { networkExternalLinks } from './network-external-links.js';
import { networkGraphFromEdges } from './network-graph.js';

describe('networkExternalLinks', () => {
  it('counts links and shared projects leaving the set', () => {
    // 0 - 1 (weight 1), 1 - 2 (weight 3), 0 - 3 (weight 2); set {0, 1}.
    // 0: link to 3 outside (weight 2); 1: link to 2 outside (weight 3);
    // 2 and 3 are outside; their only neighbours (1 and 0) are inside, so they count 0.
    const graph = networkGraphFromEdges(4, [0, 1, 0], [1, 2, 3], [1, 3, 2]);
    const external = networkExternalLinks(graph, Uint8Array.of(1, 1, 0, 0));
    expect([...external.links]).toEqual([1, 1, 0, 0]);
    expect([...external.weight]).toEqual([2, 3, 0, 0]);
  });
});
