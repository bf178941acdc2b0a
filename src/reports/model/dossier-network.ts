import type { HelixRole } from '../../core/helix-role.js';
import {
  networkUndefinedMeasures,
  type NetworkMeasure,
} from '../../core/network/network-undefined-measures.js';
import { networkMeasureNotMeasured } from '../../services/analytics/not-measured.js';
import type { RegionNetwork } from '../../services/analytics/region-network.js';
import type { Bilingual } from '../../services/dossier/dossier-inputs.js';

/** An organisation in the dossier's network picture or table. */
export interface DossierNetworkNode {
  readonly id: string;
  /** Null when the source gives the organisation no name. */
  readonly name: string | null;
  readonly role: HelixRole;
  readonly degree: number;
  /** Null below three organisations in the region (see the network's `not_measured`). */
  readonly betweenness: number | null;
  readonly community: number;
  readonly external_links: number;
}

/** The region's collaboration network: its measures, the organisations drawn and the table. */
export interface DossierNetwork {
  readonly nodes: number | null;
  readonly edges: number | null;
  readonly density: number | null;
  readonly components: number | null;
  readonly largest_component_share: number | null;
  readonly assortativity: number | null;
  readonly communities: number | null;
  readonly modularity: number | null;
  /** The measures the network is too small for, each with why in both languages. */
  readonly not_measured: readonly (Bilingual & { readonly measure: NetworkMeasure })[];
  /** The organisations drawn: the most central ones with at least one link in the region. */
  readonly drawn: readonly DossierNetworkNode[];
  readonly drawn_links: readonly {
    readonly source: string;
    readonly target: string;
    readonly weight: number;
  }[];
  /** Organisations with no link inside the region (listed, not drawn). */
  readonly unlinked: number;
  /** Organisations with a link in the region that are not drawn (less central). */
  readonly not_drawn: number;
  /** The most central organisations, for the table. */
  readonly top: readonly DossierNetworkNode[];
  readonly role_pairs: readonly {
    readonly a: HelixRole;
    readonly b: HelixRole;
    readonly observed: number;
    readonly expected: number;
    readonly ratio: number | null;
  }[];
}

/**
 * The network part of topic 1: at most `drawnCount` of the most central organisations that keep a
 * link among themselves are drawn, the `topCount` most central go in the table.
 */
export function dossierNetwork(
  network: RegionNetwork,
  drawnCount: number,
  topCount: number,
): DossierNetwork {
  const node = (o: RegionNetwork['organisations'][number]): DossierNetworkNode => ({
    id: o.id,
    name: o.name,
    role: o.helix_role,
    degree: o.degree,
    betweenness: o.betweenness_centrality,
    community: o.community,
    external_links: o.external_links,
  });
  // Organisations are ordered by betweenness, then degree, then id: the most central first.
  const linked = network.organisations.filter((o) => o.degree > 0);
  const candidates = new Set(linked.slice(0, drawnCount).map((o) => o.id));
  // Drawn: the most central organisations that keep a link among themselves.
  const withLink = new Set<string>();
  for (const l of network.links)
    if (candidates.has(l.source) && candidates.has(l.target)) {
      withLink.add(l.source);
      withLink.add(l.target);
    }
  const drawn = linked.filter((o) => withLink.has(o.id)).map(node);
  const ids = new Set(drawn.map((n) => n.id));
  return {
    nodes: network.nodes,
    edges: network.edges,
    density: network.density,
    components: network.components,
    largest_component_share: network.largest_component_share,
    assortativity: network.assortativity_helix,
    communities: network.communities.count,
    modularity: network.communities.modularity,
    not_measured: networkNotMeasured(network),
    drawn,
    drawn_links: network.links
      .filter((l) => ids.has(l.source) && ids.has(l.target))
      .map((l) => ({ source: l.source, target: l.target, weight: l.weight })),
    unlinked: network.organisations.length - linked.length,
    not_drawn: linked.length - drawn.length,
    top: network.organisations.slice(0, topCount).map(node),
    // A pair kept here is expected (a link observed means both roles have link ends): its ratio
    // is measured. Pairs expected 0 times, whose ratio is not, are left out with the rare ones.
    role_pairs: network.helix_pairs.filter((p) => p.observed > 0 || p.expected >= 0.5),
  };
}

/** The measures a measured network is too small for, with why in Dutch and English. */
function networkNotMeasured(network: RegionNetwork): DossierNetwork['not_measured'] {
  if (network.nodes === null || network.edges === null) return [];
  const { nodes } = network;
  return networkUndefinedMeasures({
    nodes,
    edges: network.edges,
    assortativity: network.assortativity_helix,
  }).map((u) => ({
    measure: u.measure,
    nl: networkMeasureNotMeasured(u, nodes, 'nl').reason,
    en: networkMeasureNotMeasured(u, nodes, 'en').reason,
  }));
}
