import { organisationLabel, organisationSourceName } from '../../domain/organisation-name.js';
import type { HelixRole } from '../../core/helix-role.js';
import { networkGexf } from '../../core/network/network-gexf.js';
import type { CollaborationNetwork } from '../../core/network/collaboration-network.js';
import type { AnalyticsData } from './analytics-data.js';
import { placedOrganisations, type DerivedData } from './derived-data.js';
import { computeHere, type FigureComputer } from './figure-computer.js';
import type { TextLang } from './measure-status.js';
import {
  networkMeasureNotMeasured,
  noPlacedNotMeasured,
  rolePairRatioNotMeasured,
  type NotMeasured,
} from './not-measured.js';
import {
  NETWORK_MEASURES,
  type NetworkMeasure,
} from '../../core/network/network-undefined-measures.js';
import type { RoleMixingUndefinedReason } from '../../core/network/network-role-mixing.js';
import { organisationIdOrder } from './organisation-id-order.js';

export interface NetworkOrganisation {
  id: string;
  /** The name the source gives; null when it gives none (see organisationLabel). */
  name: string | null;
  helix_role: HelixRole;
  degree: number;
  /** Null below two organisations (see the network's `not_measured`). */
  degree_centrality: number | null;
  /** Null below three organisations (see the network's `not_measured`). */
  betweenness_centrality: number | null;
  community: number;
  external_links: number;
}

export interface RegionNetwork {
  region: string;
  /** The key area the network was limited to (its projects only), or null for all projects. */
  key_area: string | null;
  /**
   * Null, like every measure below, when the region cannot be measured (see its status) or no
   * organisation is placed in it (`not_measured` says so, and the lists are empty).
   */
  nodes: number | null;
  edges: number | null;
  density: number | null;
  components: number | null;
  largest_component_share: number | null;
  assortativity_helix: number | null;
  helix_pairs: {
    a: HelixRole;
    b: HelixRole;
    observed: number;
    expected: number;
    /** observed / expected; null when nothing is expected (the reason follows). */
    ratio: number | null;
    ratio_reason_code: RoleMixingUndefinedReason | null;
    /** Why the ratio is null, in the language asked for; null when it is measured. */
    ratio_reason: string | null;
  }[];
  communities: { count: number | null; modularity: number | null };
  organisations: NetworkOrganisation[];
  links: { source: string; target: string; weight: number }[];
  /**
   * The measures that are null although the region is measured (too few organisations or
   * links for them), each with its reason; empty when the region is not measured (its status
   * says why).
   */
  not_measured: NotMeasured<NetworkMeasure>[];
}

/** Each network's organisations by id, with their position in its list. */
const positionsOf = new WeakMap<CollaborationNetwork, ReadonlyMap<string, number>>();

/**
 * The region's organisations that take part in at least one project, in the network's order:
 * looked up by position, so that each region costs its own organisations, not the network's.
 */
function regionOrganisations(
  network: CollaborationNetwork,
  derived: DerivedData,
  region: string,
): string[] {
  let position = positionsOf.get(network);
  if (!position)
    positionsOf.set(network, (position = new Map(network.organisations.map((id, i) => [id, i]))));
  const found: number[] = [];
  for (const id of derived.actorsByRegion.get(region) ?? []) {
    const at = position.get(id);
    if (at !== undefined) found.push(at);
  }
  return Array.from(Uint32Array.from(found).sort(), (at) => network.organisations[at]!);
}

/** A key area a region's network is limited to: its id and the projects classified in it. */
export interface NetworkKeyArea {
  readonly id: string;
  readonly projects: ReadonlySet<string>;
}

/** The country's network (of one key area's projects, if given) and the region's part of it. */
function regionPart(
  derived: DerivedData,
  region: string,
  keyArea: NetworkKeyArea | null,
): { network: CollaborationNetwork; ids: string[] } {
  const network = derived.networkOf(
    region.slice(0, 2),
    keyArea ? { key: keyArea.id, accepts: (p) => keyArea.projects.has(p) } : undefined,
  );
  return { network, ids: regionOrganisations(network, derived, region) };
}

/**
 * Topic 1's collaboration network for a region: the subgraph of its organisations in the network
 * of all projects, with NetworkX-normalised centralities, assortativity by helix role, links per
 * pair of roles against random mixing, seeded Louvain communities and links to outside.
 * Organisations are listed by betweenness, then degree, then id. The measuring is done by
 * `computer` (on the calling thread unless told otherwise).
 */
export async function regionNetwork(
  data: AnalyticsData,
  derived: DerivedData,
  region: string,
  seed = 1,
  keyArea: NetworkKeyArea | null = null,
  computer: FigureComputer = computeHere,
  lang: TextLang = 'en',
): Promise<RegionNetwork> {
  // Its counts would all be 0, which says nothing: its organisations may be among the unplaced.
  if (placedOrganisations(derived, region) === 0)
    return {
      ...regionNetworkNotMeasured(region, keyArea?.id ?? null),
      not_measured: NETWORK_MEASURES.map((measure) => noPlacedNotMeasured(measure, lang)),
    };
  const { network, ids } = regionPart(derived, region, keyArea);
  const roleOf = new Map<string, HelixRole>(ids.map((id) => [id, data.actors.get(id)!.helix_role]));
  const m = await computer.networkMeasures({
    network,
    organisations: ids,
    roleOf,
    options: { seed },
  });
  const links: RegionNetwork['links'] = [];
  for (let e = 0; e < m.links.source.length; e++) {
    links.push({
      source: m.organisations[m.links.source[e]!]!.id,
      target: m.organisations[m.links.target[e]!]!.id,
      weight: m.links.weight[e]!,
    });
  }
  const organisations = m.organisations
    .map((o) => ({
      id: o.id,
      name: sourceNameOf(data.actors.get(o.id)),
      helix_role: o.role,
      degree: o.degree,
      degree_centrality: o.degreeCentrality,
      betweenness_centrality: o.betweenness,
      community: o.community,
      external_links: o.externalLinks,
    }))
    .sort(
      (a, b) =>
        (b.betweenness_centrality ?? 0) - (a.betweenness_centrality ?? 0) ||
        b.degree - a.degree ||
        organisationIdOrder(a.id, b.id),
    );
  return {
    region,
    key_area: keyArea?.id ?? null,
    nodes: m.nodes,
    edges: m.edges,
    density: m.density,
    components: m.components,
    largest_component_share: m.largestComponentShare,
    assortativity_helix: m.assortativity,
    helix_pairs: m.roleMixing.map((r) => ({
      a: r.roles[0],
      b: r.roles[1],
      observed: r.links,
      expected: r.expected,
      ratio: r.ratio,
      ratio_reason_code: r.ratioUndefined,
      ratio_reason: r.ratioUndefined ? rolePairRatioNotMeasured(r.ratioUndefined, lang) : null,
    })),
    communities: { count: m.communities.count, modularity: m.communities.modularity },
    organisations,
    links,
    not_measured: m.undefinedMeasures.map((u) => networkMeasureNotMeasured(u, m.nodes, lang)),
  };
}

/**
 * The region's network `measured` with another seed, with the communities of `seed` instead:
 * the seed of Louvain changes nothing else (betweenness is exact, the order of the organisations
 * follows betweenness and degree), so only the communities are computed again.
 */
export async function regionNetworkReseeded<Measured extends RegionNetwork>(
  measured: Measured,
  derived: DerivedData,
  seed: number,
  keyArea: NetworkKeyArea | null,
  computer: FigureComputer = computeHere,
): Promise<Measured> {
  const { network, ids } = regionPart(derived, measured.region, keyArea);
  const found = await computer.networkCommunities({
    network,
    organisations: ids,
    options: { seed },
  });
  const communityOf = new Map(ids.map((id, v) => [id, found.communityOf[v]!]));
  return {
    ...measured,
    communities: { count: found.count, modularity: found.modularity },
    organisations: measured.organisations.map((o) => ({
      ...o,
      community: communityOf.get(o.id)!,
    })),
  };
}

/** Topic 1's network for a region the data cannot measure: measures null, lists empty. */
export function regionNetworkNotMeasured(region: string, keyArea: string | null): RegionNetwork {
  return {
    region,
    key_area: keyArea,
    nodes: null,
    edges: null,
    density: null,
    components: null,
    largest_component_share: null,
    assortativity_helix: null,
    helix_pairs: [],
    communities: { count: null, modularity: null },
    organisations: [],
    links: [],
    not_measured: [],
  };
}

/** The region's network as GEXF 1.3, which Gephi opens. */
export function regionNetworkGexf(
  network: RegionNetwork,
  regionOf: (id: string) => string | null,
): string {
  return networkGexf({
    description: `Collaboration network of ${network.region} (organisations linked by shared projects)`,
    creator: 'Regiokracht',
    nodes: network.organisations.map((o) => ({
      id: o.id,
      label: organisationLabel(o.name, o.id, 'en'),
      helixRole: o.helix_role,
      degree: o.degree,
      betweenness: o.betweenness_centrality,
      region: regionOf(o.id),
    })),
    edges: network.links,
  });
}

/** The source's name of an organisation in the network, or null when the source gives none. */
function sourceNameOf(actor: { id: string; name: string } | undefined): string | null {
  return actor ? organisationSourceName(actor) : null;
}
