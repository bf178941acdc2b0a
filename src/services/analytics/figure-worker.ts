// The worker thread of figure-thread.ts: computes each job it is sent, one at a time.
import type { HelixSynergyReport } from '../../core/helix/helix-synergy.js';
import type { NetworkRegionMeasures } from '../../core/network/network-region-measures.js';
import { answerOnThread } from '../shared/worker-thread.js';
import { computeHere } from './figure-computer.js';
import type { FigureJob } from './figure-thread.js';

answerOnThread<FigureJob, NetworkRegionMeasures | HelixSynergyReport>((job) =>
  job.kind === 'network' ? computeHere.networkMeasures(job) : computeHere.helixSynergy(job),
);
