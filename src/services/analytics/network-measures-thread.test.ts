import { afterAll, describe, expect, it } from 'vitest';
import { collaborationNetwork } from '../../core/network/collaboration-network.js';
import type { HelixRole } from '../../core/helix-role.js';
import { measureHere } from './network-measurer.js';
import { measureOnThread } from './network-measures-thread.js';

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

describe('measureOnThread', () => {
  const thread = measureOnThread();
  afterAll(() => thread.close());

  it('gives the same measures as measuring here, for several jobs in turn', async () => {
    const here = await measureHere.measure(job);
    expect(here.nodes).toBe(4);
    const [first, second] = await Promise.all([thread.measure(job), thread.measure(job)]);
    expect(first).toEqual(here);
    expect(second).toEqual(here);
  });

  it('passes an error of the measuring back as a rejection', async () => {
    await expect(
      thread.measure({ ...job, organisations: ['nobody'], network: { ...network, graph: null! } }),
    ).rejects.toThrow();
  });
});
