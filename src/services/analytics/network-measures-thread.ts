import type { NetworkRegionMeasures } from '../../core/network/network-region-measures.js';
import { WorkerThread } from '../shared/worker-thread.js';
import type { NetworkMeasurer, NetworkMeasuresJob } from './network-measurer.js';

/**
 * Measures on a worker thread, one network at a time, so that the server keeps answering while a
 * signed-in user asks for communities with a seed of their own (a few hundred milliseconds of
 * CPU on the Dutch network). The network is copied to the thread with each job.
 */
export function measureOnThread(): NetworkMeasurer {
  const thread = new WorkerThread<NetworkMeasuresJob, NetworkRegionMeasures>(
    import.meta.url,
    'network-measures-worker',
  );
  return { measure: (job) => thread.call(job), close: () => thread.close() };
}
