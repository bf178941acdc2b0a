import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { projectParticipations } from '../../../test/support/project-participations.js';
import { collaborationNetwork } from './collaboration-network.js';
import { networkExternalLinks } from './network-external-links.js';
import { networkRegionPart } from './network-region-part.js';

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

  it('gives each organisation the links to outside that networkExternalLinks gives it', () => {
    const organisations = ['a', 'b', 'c', 'd', 'e', 'f', 'g'];
    const participation = fc.record({
      projectId: fc.constantFrom('p', 'q', 'r', 's'),
      organisationId: fc.constantFrom(...organisations),
    });
    fc.assert(
      fc.property(
        fc.array(participation, { maxLength: 30 }),
        fc.array(fc.constantFrom(...organisations, 'elsewhere'), { maxLength: 10 }),
        (participations, chosen) => {
          const whole = collaborationNetwork(participations);
          const part = networkRegionPart(whole, chosen);
          const inSet = new Uint8Array(whole.graph.nodeCount);
          for (const id of part.region.organisations) inSet[whole.indexOf.get(id)!] = 1;
          const expected = networkExternalLinks(whole.graph, inSet);
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
