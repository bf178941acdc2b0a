import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { HelixRole } from '../../core/helix-role.js';
import { collaborationNetwork } from '../../core/network/collaboration-network.js';
import { NETWORK_LOUVAIN_DEFAULTS } from '../../core/network/network-louvain.js';
import { computeHere } from './figure-computer.js';
import { NETWORK_PUBLISHED_SEED } from './network-figure.js';

const ORGANISATIONS = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j'];
const ROLES: HelixRole[] = ['research', 'business', 'education', 'government', 'other'];

describe('what a seed changes in a region network', () => {
  it('publishes the communities of Louvain’s default seed', () => {
    expect(NETWORK_PUBLISHED_SEED).toBe(NETWORK_LOUVAIN_DEFAULTS.seed);
  });

  it('changes only the communities, which networkCommunities finds alone', async () => {
    const participation = fc.record({
      projectId: fc.constantFrom('p', 'q', 'r', 's', 't', 'u'),
      organisationId: fc.constantFrom(...ORGANISATIONS),
    });
    await fc.assert(
      fc.asyncProperty(
        fc.array(participation, { minLength: 1, maxLength: 40 }),
        fc.subarray(ORGANISATIONS, { minLength: 1 }),
        fc.integer({ min: 2, max: 10_000 }),
        async (participations, chosen, seed) => {
          const network = collaborationNetwork(participations);
          const organisations = network.organisations.filter((id) => chosen.includes(id));
          const roleOf = new Map(organisations.map((id, i) => [id, ROLES[i % ROLES.length]!]));
          const job = { network, organisations, roleOf };
          const published = await computeHere.networkMeasures({
            ...job,
            options: { seed: NETWORK_PUBLISHED_SEED },
          });
          const reseeded = await computeHere.networkMeasures({ ...job, options: { seed } });
          const communities = await computeHere.networkCommunities({
            network,
            organisations,
            options: { seed },
          });
          const withoutCommunities = (m: typeof published) => ({
            ...m,
            communities: null,
            organisations: m.organisations.map((o) => ({ ...o, community: null })),
          });
          expect(withoutCommunities(reseeded)).toEqual(withoutCommunities(published));
          expect({ count: communities.count, modularity: communities.modularity }).toEqual(
            reseeded.communities,
          );
          expect(Array.from(communities.communityOf)).toEqual(
            reseeded.organisations.map((o) => o.community),
          );
        },
      ),
      { numRuns: 200 },
    );
  });
});
