import type { CollaborationNetwork } from '../../core/network/collaboration-network.js';
import type { HelixSynergyReport } from '../../core/helix/helix-synergy.js';
import type { NetworkCommunities } from '../../core/network/network-louvain.js';
import type { NetworkRegionMeasures } from '../../core/network/network-region-measures.js';
import { WorkerThread } from '../shared/worker-thread.js';
import type {
  FigureComputer,
  HelixSynergyJob,
  NetworkCommunitiesJob,
  NetworkMeasuresJob,
} from './figure-computer.js';

/** A job on a network, which names the network by its number and carries it only when asked. */
type OnNetwork<Kind extends string, Job extends { readonly network: CollaborationNetwork }> = {
  readonly kind: Kind;
  readonly networkId: number;
  readonly network?: CollaborationNetwork;
} & Omit<Job, 'network'>;

/**
 * A job for the figure thread. A network goes to the thread once: later jobs name it by its
 * number, and carry it again only when the thread answers that it does not hold it (a thread
 * started anew, or one that let it go for newer networks).
 */
export type FigureJob =
  | OnNetwork<'network', NetworkMeasuresJob>
  | OnNetwork<'communities', NetworkCommunitiesJob>
  | ({ readonly kind: 'helix' } & HelixSynergyJob);

/** The thread's answer: the figure, or that it does not hold the network a job names. */
export type FigureAnswer =
  NetworkRegionMeasures | NetworkCommunities | HelixSynergyReport | { readonly missing: true };

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
  /** Sends a job on `network`: by its number, and with the network when the thread lacks it. */
  async function onNetwork<Answer>(
    network: CollaborationNetwork,
    job: Omit<Extract<FigureJob, { readonly networkId: number }>, 'networkId' | 'network'> &
      Record<string, unknown>,
  ): Promise<Answer> {
    let networkId = numbers.get(network);
    if (networkId === undefined) numbers.set(network, (networkId = next++));
    const named = await thread.call({ ...job, networkId } as FigureJob);
    if (!('missing' in named)) return named as Answer;
    return (await thread.call({ ...job, networkId, network } as FigureJob)) as Answer;
  }
  return {
    networkMeasures: ({ network, ...job }) =>
      onNetwork<NetworkRegionMeasures>(network, { kind: 'network', ...job }),
    networkCommunities: ({ network, ...job }) =>
      onNetwork<NetworkCommunities>(network, { kind: 'communities', ...job }),
    helixSynergy: async (job) =>
      (await thread.call({ kind: 'helix', ...job })) as HelixSynergyReport,
    close: () => thread.close(),
  };
}
