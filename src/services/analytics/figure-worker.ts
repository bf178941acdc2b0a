// The worker thread of figure-thread.ts: computes each job it is sent, one at a time, and holds
// the networks it was sent (the latest few) so that later jobs need not carry them again.
import type { CollaborationNetwork } from '../../core/network/collaboration-network.js';
import { answerOnThread } from '../shared/worker-thread.js';
import { computeHere } from './figure-computer.js';
import type { FigureAnswer, FigureJob } from './figure-thread.js';

/** Networks held, oldest first: a country's network for all projects and per key area. */
const HELD = 8;
const networks = new Map<number, CollaborationNetwork>();

answerOnThread<FigureJob, FigureAnswer>((job) => {
  if (job.kind === 'helix') return computeHere.helixSynergy(job);
  const network = job.network ?? networks.get(job.networkId);
  if (!network) return { missing: true };
  if (job.network) {
    networks.set(job.networkId, job.network);
    if (networks.size > HELD) networks.delete(networks.keys().next().value!);
  }
  return job.kind === 'network'
    ? computeHere.networkMeasures({ ...job, network })
    : computeHere.networkCommunities({ ...job, network });
});
