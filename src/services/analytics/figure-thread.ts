import type { HelixSynergyReport } from '../../core/helix/helix-synergy.js';
import type { NetworkRegionMeasures } from '../../core/network/network-region-measures.js';
import { WorkerThread } from '../shared/worker-thread.js';
import type { FigureComputer, HelixSynergyJob, NetworkMeasuresJob } from './figure-computer.js';

/** A job for the figure thread. */
export type FigureJob =
  | ({ readonly kind: 'network' } & NetworkMeasuresJob)
  | ({ readonly kind: 'helix' } & HelixSynergyJob);

/**
 * Computes on a worker thread, one job at a time, so that the server keeps answering while a
 * signed-in user asks for communities with a seed of their own or a bootstrap with another seed
 * or resample count (a few hundred milliseconds to seconds of CPU on the Dutch network). The
 * inputs are copied to the thread with each job.
 */
export function computeOnThread(): FigureComputer {
  const thread = new WorkerThread<FigureJob, NetworkRegionMeasures | HelixSynergyReport>(
    import.meta.url,
    'figure-worker',
  );
  return {
    networkMeasures: async (job) =>
      (await thread.call({ kind: 'network', ...job })) as NetworkRegionMeasures,
    helixSynergy: async (job) =>
      (await thread.call({ kind: 'helix', ...job })) as HelixSynergyReport,
    close: () => thread.close(),
  };
}
