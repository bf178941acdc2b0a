import { afterAll, describe, expect, it } from 'vitest';
import { collaborationNetwork } from '../../core/network/collaboration-network.js';
import type { HelixRole } from '../../core/helix-role.js';
import { computeHere } from './figure-computer.js';
import { computeOnThread } from './figure-thread.js';

// Two projects sharing the university; the second also reaches an organisation outside the region.
const network = collaborationNetwork(
  [
    ['p1', 'ut'],
    ['p1', 'tno'],
    ['p1', 'acme'],
    ['p2', 'ut'],
    ['p2', 'saxion'],
    ['p2', 'bosch'],
    ['p3', 'acme'],
    ['p3', 'saxion'],
  ].map(([projectId, organisationId]) => ({
    projectId: projectId!,
    organisationId: organisationId!,
  })),
);
const roleOf = new Map<string, HelixRole>([
  ['ut', 'research'],
  ['tno', 'research'],
  ['acme', 'business'],
  ['saxion', 'education'],
]);
const job = {
  network,
  organisations: ['ut', 'tno', 'acme', 'saxion'],
  roleOf,
  options: { seed: 7 },
};

describe('computeOnThread', () => {
  const thread = computeOnThread();
  afterAll(() => thread.close());

  it('gives the same measures as measuring here, for several jobs in turn', async () => {
    const here = await computeHere.networkMeasures(job);
    expect(here.nodes).toBe(4);
    const [first, second] = await Promise.all([
      thread.networkMeasures(job),
      thread.networkMeasures(job),
    ]);
    expect(first).toEqual(here);
    expect(second).toEqual(here);
  });

  it('tells networks apart when jobs alternate between them (each sent to the thread once)', async () => {
    const other = collaborationNetwork([
      { projectId: 'q1', organisationId: 'ut' },
      { projectId: 'q1', organisationId: 'tno' },
    ]);
    const otherJob = { ...job, network: other, organisations: ['ut', 'tno'] };
    const expected = [
      await computeHere.networkMeasures(job),
      await computeHere.networkMeasures(otherJob),
    ];
    for (let round = 0; round < 2; round++) {
      expect(await thread.networkMeasures(job)).toEqual(expected[0]);
      expect(await thread.networkMeasures(otherJob)).toEqual(expected[1]);
    }
    expect(expected[1]!.nodes).toBe(2);
  });

  it('finds the communities of another seed on the network it already holds', async () => {
    await thread.networkMeasures(job);
    const communities = { network, organisations: job.organisations, options: { seed: 11 } };
    const here = await computeHere.networkCommunities(communities);
    expect(here.count).toBeGreaterThan(0);
    expect(await thread.networkCommunities(communities)).toEqual(here);
  });

  it('gives the same synergy and bootstrap interval as computing here', async () => {
    const helix = {
      configurations: ['UIG', 'UI', 'U', 'IG', null, 'UIG', 'G', 'UG'] as const,
      options: { seed: 3, resamples: 200 },
    };
    const here = await computeHere.helixSynergy(helix);
    expect(here.t_ci95_millibits).not.toBeNull();
    expect(await thread.helixSynergy(helix)).toEqual(here);
  });

  it('passes an error of the measuring back as a rejection', async () => {
    await expect(
      thread.networkMeasures({
        ...job,
        organisations: ['nobody'],
        network: { ...network, graph: null! },
      }),
    ).rejects.toThrow();
  });
});
