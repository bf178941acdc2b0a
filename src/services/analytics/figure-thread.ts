import type { CollaborationNetwork } from '../../core/network/collaboration-network.js';
import type { HelixSynergyReport } from '../../core/helix/helix-synergy.js';
import type { NetworkRegionMeasures } from '../../core/network/network-region-measures.js';
import { WorkerThread } from '../shared/worker-thread.js';
import type { FigureComputer, HelixSynergyJob, NetworkMeasuresJob } from './figure-computer.js';

/**
 * A job for the figure thread. A network goes to the thread once: later jobs name it by its
 * number, and carry it again only when the thread answers that it does not hold it (a thread
 * started anew, or one that let it go for newer networks).
 */
export type FigureJob =
  | ({ readonly kind: 'network'; readonly networkId: number } & Omit<
      NetworkMeasuresJob,
      'network'
    > & { readonly network?: CollaborationNetwork })
  | ({ readonly kind: 'helix' } & HelixSynergyJob);

/** The thread's answer: the figure, or that it does not hold the network a job names. */
export type FigureAnswer = NetworkRegionMeasures | HelixSynergyReport | { readonly missing: true };

/**
 * Computes on a worker thread, one job at a time, so that the server keeps answering while a
 * signed-in user asks for communities with a seed of their own or a bootstrap with another seed
 * or resample count (a few hundred milliseconds to seconds of CPU on the Dutch network). The
 * inputs are copied to the thread; a network (tens of thousands of organisations for a whole
 * country) only the first time.
 */
export function computeOnThread(): FigureComputer {
  const thread = new WorkerThread<FigureJob, FigureAnswer>(import.meta.url, 'figure-worker');
  const numbers = new WeakMap<CollaborationNetwork, number>();
  let next = 0;
  return {
    async networkMeasures({ network, ...job }) {
      let networkId = numbers.get(network);
      if (networkId === undefined) numbers.set(network, (networkId = next++));
      const named = await thread.call({ kind: 'network', networkId, ...job });
      if (!('missing' in named)) return named as NetworkRegionMeasures;
      return (await thread.call({
        kind: 'network',
        networkId,
        network,
        ...job,
      })) as NetworkRegionMeasures;
    },
    helixSynergy: async (job) =>
      (await thread.call({ kind: 'helix', ...job })) as HelixSynergyReport,
    close: () => thread.close(),
  };
}
