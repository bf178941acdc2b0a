import type { CollaborationNetwork } from '../../core/network/collaboration-network.js';
import type { HelixRole } from '../../core/helix-role.js';
import type { NetworkLouvainOptions } from '../../core/network/network-louvain.js';
import {
  networkRegionMeasures,
  type NetworkRegionMeasures,
} from '../../core/network/network-region-measures.js';

/** What measuring a region's network takes: the whole network, the region's part, the roles. */
export interface NetworkMeasuresJob {
  readonly network: CollaborationNetwork;
  readonly organisations: readonly string[];
  readonly roleOf: ReadonlyMap<string, HelixRole>;
  readonly options: NetworkLouvainOptions;
}

/** Measures a region's network (betweenness, Louvain, ...): here, or on a thread of its own. */
export interface NetworkMeasurer {
  measure(job: NetworkMeasuresJob): Promise<NetworkRegionMeasures>;
  close(): Promise<void>;
}

/** Measures on the calling thread: for the command line and the precompute after an import. */
export const measureHere: NetworkMeasurer = {
  measure: (job) =>
    Promise.resolve(networkRegionMeasures(job.network, job.organisations, job.roleOf, job.options)),
  close: () => Promise.resolve(),
};
