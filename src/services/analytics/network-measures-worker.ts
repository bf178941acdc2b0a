// The worker thread of network-measurer.ts: measures each region's network it is sent.
import { networkRegionMeasures } from '../../core/network/network-region-measures.js';
import { answerOnThread } from '../shared/worker-thread.js';
import type { NetworkMeasuresJob } from './network-measurer.js';

answerOnThread((job: NetworkMeasuresJob) =>
  networkRegionMeasures(job.network, job.organisations, job.roleOf, job.options),
);
