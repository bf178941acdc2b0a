import { regionLinkDetails, type RegionLinkDetail } from '../../core/links/region-link-details.js';
import { regionLinkJaccard, regionLinkStrength } from '../../core/links/region-link-strength.js';
import type { HelixRole } from '../../core/helix-role.js';
import { organisationSourceName } from '../../domain/organisation-name.js';
import type { AnalyticsData } from './analytics-data.js';
import type { LinkNetwork } from './link-network.js';
import {
  linkNodeNames,
  organisationPic,
  roleCounts,
  type LinkNodeNames,
  type RoleCounts,
} from './link-names.js';

/** An organisation that carries links, with the number of shared projects it takes part in. */
export interface BridgeOrganisation {
  readonly id: string;
  /** The name the source gives; null when it gives none (see organisationLabel). */
  readonly name: string | null;
  readonly pic: string;
  readonly helix_role: HelixRole;
  readonly shared_projects: number;
}

/** Shared projects in one start year. */
export interface YearCount {
  readonly year: number;
  readonly shared_projects: number;
}

/** One partner of a region in the region-to-region network. */
export interface LinkPartner extends LinkNodeNames {
  readonly code: string;
  readonly kind: 'region' | 'country';
  readonly shared_projects: number;
  readonly organisation_pairs: number;
  /** EC contribution of the shared projects; null when none of them has one in the source. */
  readonly contribution_eur: number | null;
  readonly projects_without_contribution: number;
  /** The partner's own projects (with at least one participant there). */
  readonly partner_projects: number;
  /** Salton index: shared / sqrt(projects of the region x projects of the partner). */
  readonly strength: number;
  readonly jaccard: number;
  /** The region's organisations in the shared projects, per helix role. */
  readonly roles_here: RoleCounts;
  /** The partner's organisations in the shared projects, per helix role. */
  readonly roles_there: RoleCounts;
  readonly by_year: readonly YearCount[];
  readonly without_year: number;
  /** The region's three organisations in most of the shared projects. */
  readonly top_bridges: readonly BridgeOrganisation[];
}

/** A region's links to every region (same level, same country) and country it shares projects with. */
export interface RegionLinks {
  readonly region: string;
  readonly level: number;
  readonly country: string;
  /** The region's projects (with at least one participant located there). */
  readonly projects: number;
  /** Of them, projects shared with at least one partner. */
  readonly linked_projects: number;
  /** Projects shared with any partner, per start year. */
  readonly by_year: readonly YearCount[];
  readonly partners: readonly LinkPartner[];
}

/** The organisations on both sides of one region pair's link, ranked by shared projects. */
export interface RegionBridges {
  readonly region: string;
  readonly partner: string;
  readonly partner_names: LinkNodeNames;
  readonly level: number;
  readonly shared_projects: number;
  readonly here: readonly BridgeOrganisation[];
  readonly there: readonly BridgeOrganisation[];
}

const yearCounts = (byYear: ReadonlyMap<number, number>): YearCount[] =>
  [...byYear]
    .sort(([a], [b]) => a - b)
    .map(([year, shared_projects]) => ({ year, shared_projects }));

function bridgeList(
  data: AnalyticsData,
  network: LinkNetwork,
  counts: ReadonlyMap<number, number>,
  limit: number,
): BridgeOrganisation[] {
  return [...counts]
    .map(([o, shared]) => {
      const id = network.organisations[o]!;
      const actor = data.actors.get(id);
      return {
        id,
        name: actor ? organisationSourceName(actor) : null,
        pic: organisationPic(id),
        helix_role: actor?.helix_role ?? 'other',
        shared_projects: shared,
      };
    })
    .sort(
      (a, b) => b.shared_projects - a.shared_projects || (a.name ?? '').localeCompare(b.name ?? ''),
    )
    .slice(0, limit);
}

function details(network: LinkNetwork, region: number): RegionLinkDetail[] {
  const projects = network.projects.filter((p) =>
    p.organisations.some((o) => network.nodeOf[o] === region),
  );
  return regionLinkDetails(projects, network.nodeOf, region);
}

/**
 * The partners of `region` (a node of `network`), ranked by strength (Salton index), then by
 * shared projects; partners that share no project with it are not listed.
 */
export function regionLinks(
  data: AnalyticsData,
  network: LinkNetwork,
  region: string,
): RegionLinks {
  const r = network.nodeIndex.get(region);
  const base = { region, level: network.level, country: network.country };
  if (r === undefined)
    return { ...base, projects: 0, linked_projects: 0, by_year: [], partners: [] };
  const own = network.matrix.nodeProjects[r]!;
  const n = network.matrix.nodeCount;
  const partners = details(network, r).map((d): LinkPartner => {
    const node = network.nodes[d.partner]!;
    const totals = network.matrix.pairs.get(r < d.partner ? r * n + d.partner : d.partner * n + r)!;
    const theirs = network.matrix.nodeProjects[d.partner]!;
    const idsOf = (m: ReadonlyMap<number, number>) =>
      [...m.keys()].map((o) => network.organisations[o]!);
    return {
      code: node.code,
      kind: node.kind,
      ...linkNodeNames(data, node, network.country, network.level),
      shared_projects: totals.sharedProjects,
      organisation_pairs: totals.organisationPairs,
      contribution_eur:
        totals.projectsWithoutContribution === totals.sharedProjects
          ? null
          : totals.contributionEur,
      projects_without_contribution: totals.projectsWithoutContribution,
      partner_projects: theirs,
      strength: regionLinkStrength(totals.sharedProjects, own, theirs).value!,
      jaccard: regionLinkJaccard(totals.sharedProjects, own, theirs).value!,
      roles_here: roleCounts(data, idsOf(d.here)),
      roles_there: roleCounts(data, idsOf(d.there)),
      by_year: yearCounts(d.byYear),
      without_year: d.withoutYear,
      top_bridges: bridgeList(data, network, d.here, 3),
    };
  });
  partners.sort(
    (a, b) =>
      b.strength - a.strength ||
      b.shared_projects - a.shared_projects ||
      a.code.localeCompare(b.code),
  );
  const linked = new Map<number, number>();
  let linkedProjects = 0;
  for (const p of network.projects) {
    let here = false;
    let there = false;
    for (const o of p.organisations) {
      if (network.nodeOf[o] === r) here = true;
      else there = true;
    }
    if (!here || !there) continue;
    linkedProjects++;
    if (p.startYear !== null) linked.set(p.startYear, (linked.get(p.startYear) ?? 0) + 1);
  }
  return {
    ...base,
    projects: own,
    linked_projects: linkedProjects,
    by_year: yearCounts(linked),
    partners,
  };
}

/** The organisations that carry the link between `region` and `partner`, both sides ranked. */
export function regionBridges(
  data: AnalyticsData,
  network: LinkNetwork,
  region: string,
  partner: string,
  limit = 50,
): RegionBridges {
  const r = network.nodeIndex.get(region);
  const p = network.nodeIndex.get(partner);
  const node = network.nodes[p ?? -1] ?? {
    code: partner,
    kind: partner.length === 2 ? ('country' as const) : ('region' as const),
  };
  const detail =
    r === undefined || p === undefined
      ? undefined
      : details(network, r).find((d) => d.partner === p);
  const shared = detail
    ? [...detail.byYear.values()].reduce((s, x) => s + x, detail.withoutYear)
    : 0;
  return {
    region,
    partner,
    partner_names: linkNodeNames(data, node, network.country, network.level),
    level: network.level,
    shared_projects: shared,
    here: detail ? bridgeList(data, network, detail.here, limit) : [],
    there: detail ? bridgeList(data, network, detail.there, limit) : [],
  };
}
