import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { projectParticipations } from '../../../test/support/project-participations.js';
import { collaborationNetwork } from './collaboration-network.js';
import type { NetworkGraph } from './network-graph.js';
import { networkRegionPart } from './network-region-part.js';
import {
  arbitraryParticipations,
  FEW_ORGANISATIONS,
} from '../../../test/support/network-graphs.js';

/** Each node's links to nodes outside the set marked 1 in `inSet`, counted plainly, node by node. */
function plainExternalLinks(graph: NetworkGraph, inSet: Uint8Array) {
  const links = new Int32Array(graph.nodeCount);
  const weight = new Float64Array(graph.nodeCount);
  for (let v = 0; v < graph.nodeCount; v++) {
    if (inSet[v] !== 1) continue;
    for (let k = graph.offsets[v]!; k < graph.offsets[v + 1]!; k++) {
      if (inSet[graph.neighbours[k]!] === 1) continue;
      links[v]! += 1;
      weight[v]! += graph.neighbourWeights[k]!;
    }
  }
  return { links, weight };
}

describe('networkRegionPart', () => {
  it('counts the links of each organisation that leave the region, with their weights', () => {
    // p1: ut, tno, acme; p2: ut, tno. Links ut-tno 2, ut-acme 1, tno-acme 1.
    const network = collaborationNetwork(
      projectParticipations({ p1: ['ut', 'tno', 'acme'], p2: ['ut', 'tno'] }),
    );
    const part = networkRegionPart(network, ['tno', 'ut']);
    expect(part.region.organisations).toEqual(['tno', 'ut']);
    expect([...part.externalLinks]).toEqual([1, 1]);
    expect([...part.externalWeight]).toEqual([1, 1]);
  });

  it('gives each organisation the links to outside that a plain count over the whole network gives', () => {
    const organisations: string[] = [...FEW_ORGANISATIONS];
    fc.assert(
      fc.property(
        arbitraryParticipations,
        fc.array(fc.constantFrom(...organisations, 'elsewhere'), { maxLength: 10 }),
        (participations, chosen) => {
          const whole = collaborationNetwork(participations);
          const part = networkRegionPart(whole, chosen);
          const inSet = new Uint8Array(whole.graph.nodeCount);
          for (const id of part.region.organisations) inSet[whole.indexOf.get(id)!] = 1;
          const expected = plainExternalLinks(whole.graph, inSet);
          part.region.organisations.forEach((id, v) => {
            const w = whole.indexOf.get(id)!;
            expect(part.externalLinks[v]).toBe(expected.links[w]);
            expect(part.externalWeight[v]).toBe(expected.weight[w]);
          });
        },
      ),
    );
  });
});
