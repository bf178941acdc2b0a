import type { CollaborationNetwork } from '../../core/network/collaboration-network.js';
import type { HelixConfiguration } from '../../core/helix/helix-configuration.js';
import type { HelixRole } from '../../core/helix-role.js';
import {
  helixSynergy,
  type HelixSynergyOptions,
  type HelixSynergyReport,
} from '../../core/helix/helix-synergy.js';
import type {
  NetworkCommunities,
  NetworkLouvainOptions,
} from '../../core/network/network-louvain.js';
import type { NetworkRegionMeasures } from '../../core/network/network-region-measures.js';

/** What measuring a region's network takes: the whole network, the region's part, the roles. */
export interface NetworkMeasuresJob {
  readonly network: CollaborationNetwork;
  readonly organisations: readonly string[];
  readonly roleOf: ReadonlyMap<string, HelixRole>;
  readonly options: NetworkLouvainOptions;
}

/** What a region's communities take: the whole network, the region's part and the seed. */
export type NetworkCommunitiesJob = Omit<NetworkMeasuresJob, 'roleOf'>;

/** What the synergy T and its bootstrap interval take: each project's helix configuration. */
export interface HelixSynergyJob {
  readonly configurations: readonly (HelixConfiguration | null)[];
  readonly options: HelixSynergyOptions;
}

/**
 * The CPU-heavy steps of the figures (betweenness and Louvain; the bootstrap of T), and what a
 * seed or a resample count changes in them: computed here, or on a thread of their own.
 */
export interface FigureComputer {
  networkMeasures(job: NetworkMeasuresJob): Promise<NetworkRegionMeasures>;
  /** Louvain communities of the region's part only: what another seed changes in its measures. */
  networkCommunities(job: NetworkCommunitiesJob): Promise<NetworkCommunities>;
  helixSynergy(job: HelixSynergyJob): Promise<HelixSynergyReport>;
  close(): Promise<void>;
}

/**
 * Computes on the calling thread: for the command line and the precompute after an import. The
 * network measures (graphology, Louvain) load with the first network.
 */
export const computeHere: FigureComputer = {
  networkMeasures: async (job) => {
    const { networkRegionMeasures } = await import('../../core/network/network-region-measures.js');
    return networkRegionMeasures(job.network, job.organisations, job.roleOf, job.options);
  },
  networkCommunities: async (job) => {
    const [{ networkSubgraph }, { networkLouvain }] = await Promise.all([
      import('../../core/network/network-subgraph.js'),
      import('../../core/network/network-louvain.js'),
    ]);
    return networkLouvain(networkSubgraph(job.network, job.organisations).graph, job.options);
  },
  helixSynergy: (job) => Promise.resolve(helixSynergy(job.configurations, job.options)),
  close: () => Promise.resolve(),
};
