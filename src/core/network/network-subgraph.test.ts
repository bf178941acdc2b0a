import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { projectParticipations } from '../../../test/support/project-participations.js';
import { collaborationNetwork } from './collaboration-network.js';
import { networkSubgraph } from './network-subgraph.js';
import {
  arbitraryParticipations,
  FEW_ORGANISATIONS,
} from '../../../test/support/network-graphs.js';

describe('networkSubgraph', () => {
  // p1: ut, tno, acme; p2: ut, tno. Links ut-tno 2, ut-acme 1, tno-acme 1.
  const network = collaborationNetwork(
    projectParticipations({ p1: ['ut', 'tno', 'acme'], p2: ['ut', 'tno'] }),
  );

  it('keeps the given organisations in the order given and the links among them', () => {
    const sub = networkSubgraph(network, ['tno', 'ut']);
    expect(sub.organisations).toEqual(['tno', 'ut']);
    expect(sub.graph.edgeCount).toBe(1);
    expect([sub.graph.edgeSource[0], sub.graph.edgeTarget[0], sub.graph.edgeWeight[0]]).toEqual([
      0, 1, 2,
    ]);
  });

  it('ignores organisations not in the network and duplicates', () => {
    const sub = networkSubgraph(network, ['acme', 'elsewhere', 'acme']);
    expect(sub.organisations).toEqual(['acme']);
    expect(sub.graph.edgeCount).toBe(0);
  });

  it('keeps exactly the links whose ends are both in the set', () => {
    const organisations: string[] = [...FEW_ORGANISATIONS];
    fc.assert(
      fc.property(arbitraryParticipations, fc.subarray(organisations), (participations, chosen) => {
        const whole = collaborationNetwork(participations);
        const sub = networkSubgraph(whole, chosen);
        const key = (a: string, b: string, w: number) => [a, b].sort().join('-') + `:${w}`;
        const expected = Array.from(whole.graph.edgeSource, (s, e) => ({
          a: whole.organisations[s]!,
          b: whole.organisations[whole.graph.edgeTarget[e]!]!,
          w: whole.graph.edgeWeight[e]!,
        }))
          .filter(({ a, b }) => chosen.includes(a) && chosen.includes(b))
          .map(({ a, b, w }) => key(a, b, w))
          .sort();
        const actual = Array.from(sub.graph.edgeSource, (s, e) =>
          key(
            sub.organisations[s]!,
            sub.organisations[sub.graph.edgeTarget[e]!]!,
            sub.graph.edgeWeight[e]!,
          ),
        ).sort();
        expect(actual).toEqual(expected);
      }),
    );
  });
});
