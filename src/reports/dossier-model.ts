import { regionGoodPracticeRecommendations } from '../core/connect/region-good-practices.js';
import type { CriterionScore } from '../core/connect/region-weakest-criteria.js';
import { smeContactPointReach } from '../core/financing/sme-contact-point-reach.js';
import type { AreaGeometry } from '../core/geo/simplify-geometry.js';
import { HELIX_ROLES, type HelixRole } from '../core/helix-role.js';
import type { RegionHelix } from '../services/analytics/region-helix.js';
import type { RegionNetwork } from '../services/analytics/region-network.js';
import type { RegionClusters } from '../services/analytics/region-clusters.js';
import type { FigureSource } from '../services/analytics/provenance.js';
import type { UnmeasurableReason } from '../core/placement/region-measurability.js';
import type { CoverageStatement } from '../services/analytics/measure-status.js';
import type { FigurePeriod } from '../services/analytics/region-placement.js';
import {
  DOSSIER_SOURCE_KEYS,
  type Bilingual,
  type DossierContactPointInput,
  type DossierInputs,
  type DossierPracticeInput,
  type DossierSourceKey,
  type DossierVisitInput,
} from '../services/dossier/dossier-inputs.js';
import { dossierLinks, type DossierLinks } from './dossier-links-model.js';

export type { Bilingual, DossierInputs, DossierSourceKey };
export type { DossierLinks };

/** How to read T: its sign, and whether the interval settles it. */
export type SynergyReading = 'synergy' | 'no-synergy' | 'uncertain' | 'zero' | 'none';

export interface DossierKeyArea {
  readonly id: string;
  readonly code: string;
  readonly name: Bilingual;
  /** Null when the region cannot be measured. */
  readonly value: number | null;
  readonly share_of_national: number | null;
  readonly lq: number | null;
  readonly specialised: boolean;
  readonly note: string | null;
  /** The key areas measured in this row: several when the classification cannot tell them apart. */
  readonly members: readonly Bilingual[];
}

export interface DossierNetworkNode {
  readonly id: string;
  /** Null when the source gives the organisation no name. */
  readonly name: string | null;
  readonly role: HelixRole;
  readonly degree: number;
  readonly betweenness: number;
  readonly community: number;
  readonly external_links: number;
}

export interface DossierPracticeReason {
  /** 'gap': the practice's region does better in a key area where this region's LQ < 1;
   * 'specialised': this region is specialised in a key area the practice addresses;
   * 'transfer': another region already took the practice over. */
  readonly kind: 'gap' | 'specialised' | 'transfer';
  readonly key_area?: { readonly id: string; readonly name: Bilingual };
  readonly region_lq?: number;
  readonly practice_region_lq?: number | null;
  readonly transfer?: DossierPracticeInput['transfers'][number];
}

export interface DossierPractice {
  readonly id: string;
  readonly title: string;
  readonly region: { readonly code: string; readonly name: Bilingual };
  readonly topic: number;
  readonly description: string;
  readonly evidence: string | null;
  readonly transfer_potential: string | null;
  readonly contact: string | null;
  readonly source_url: string | null;
  /** The language its texts are written in ('nl' or 'en'). */
  readonly language: string;
  readonly key_areas: readonly Bilingual[];
  /** How it was chosen: ranked by the core's recommendation, or matched on a gap key area alone. */
  readonly method: 'recommendation' | 'gap-key-area' | 'own';
  readonly reasons: readonly DossierPracticeReason[];
}

/** The visit dossier's content, independent of language and format. */
export interface DossierModel {
  readonly generated_at: string;
  readonly region: {
    readonly code: string;
    readonly level: number;
    readonly name: Bilingual;
    readonly country: string;
    readonly parent: { readonly code: string; readonly name: Bilingual } | null;
  };
  readonly visit: DossierVisitInput | null;
  /**
   * Whether topics 1 and 2 (placed participations) can be measured for the region; when not, their
   * counts are null. The coverage: how much of the country's participations the data places at the
   * region's level. The period: the start years of the region's projects.
   */
  readonly measurement: {
    readonly available: boolean;
    readonly reason_code: UnmeasurableReason | null;
    readonly coverage: Omit<CoverageStatement, 'note'>;
    readonly period: FigurePeriod | null;
  };
  readonly map: {
    readonly region: {
      readonly code: string;
      readonly name: Bilingual;
      readonly geometry: AreaGeometry;
    };
    readonly context: readonly {
      readonly code: string;
      readonly name: Bilingual;
      readonly geometry: AreaGeometry;
    }[];
    readonly context_level: number;
    readonly parent: {
      readonly code: string;
      readonly name: Bilingual;
      readonly geometry: AreaGeometry;
    } | null;
  } | null;
  readonly topic1: {
    /** Null, like the counts below, when the region cannot be measured. */
    readonly composition: {
      readonly actors: Readonly<Record<HelixRole, number>>;
      readonly participations: Readonly<Record<HelixRole, number>>;
    } | null;
    readonly synergy: {
      readonly projects: number | null;
      readonly configurations: RegionHelix['configurations'];
      readonly t_millibits: number | null;
      readonly ci95: readonly [number, number] | null;
      readonly reading: SynergyReading;
    };
    readonly network: {
      readonly nodes: number | null;
      readonly edges: number | null;
      readonly density: number | null;
      readonly components: number | null;
      readonly largest_component_share: number | null;
      readonly assortativity: number | null;
      readonly communities: number | null;
      readonly modularity: number | null;
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
    };
    readonly financing: {
      readonly share: number | null;
      readonly total_cost_eur: number;
      readonly public_grant_eur: number;
      readonly own_contribution_eur: number;
      readonly projects: number;
      readonly usable_projects: number;
    } | null;
    readonly sme_contact_point: {
      readonly present: boolean;
      readonly count: number;
      readonly smes_served: number | null;
    };
  };
  readonly topic2: {
    readonly taxonomy: string;
    readonly measure: string;
    readonly unit: string;
    readonly reference: string;
    readonly region_total: number | null;
    readonly areas: readonly DossierKeyArea[];
    /** Activity classified into no key area, and its share of all the region's activity. */
    readonly unclassified: { readonly value: number | null; readonly share: number | null };
    readonly coverage: {
      readonly covered: readonly {
        readonly key_area: Bilingual;
        readonly weight: number;
        readonly spearheads: readonly Bilingual[];
      }[];
      readonly uncovered: readonly Bilingual[];
    };
  };
  readonly topic3: {
    readonly index: {
      readonly computed_for: { readonly code: string; readonly name: Bilingual };
      readonly year: number | null;
      /** The edition year and its lag window; null for a single year. */
      readonly edition: number | null;
      readonly lag: number | null;
      readonly groups: {
        readonly leader: number;
        readonly strong: number;
        readonly moderate: number;
      };
      readonly value: number | null;
      readonly relative: number | null;
      readonly group: string | null;
      readonly band: string | null;
      readonly rank: number | null;
      readonly of: number;
      readonly rank_range: readonly [number, number] | null;
      readonly reference: string;
      /** The region's country, scored beside it on each indicator. */
      readonly country: string;
      readonly trend: readonly {
        readonly year: number;
        readonly index: number;
        readonly relative: number | null;
        readonly rank: number;
      }[];
      readonly indicators: readonly {
        readonly id: string;
        readonly name: Bilingual;
        readonly unit: string;
        readonly score: number | null;
        /** The country's and the reference area's scores, scaled as the regions'; null: no data. */
        readonly country_score: number | null;
        readonly reference_score: number | null;
        /** The year the value was measured. */
        readonly year: number | null;
        readonly filled_from: string | null;
        readonly first_year: number | null;
        readonly last_year: number | null;
        readonly first: number | null;
        readonly last: number | null;
      }[];
    };
    readonly spearheads: readonly {
      readonly id: string;
      readonly name: Bilingual;
      /** The editors' description, in the language they wrote it; null when none. */
      readonly description: string | null;
      readonly key_areas: readonly { readonly name: Bilingual; readonly weight: number }[];
    }[];
    readonly stars: readonly {
      readonly key_area: Bilingual;
      readonly stars: number;
      readonly size: boolean;
      readonly specialisation: boolean;
      readonly focus: boolean;
      readonly lq: number | null;
      readonly size_rank: number | null;
      readonly focus_rank: number | null;
      readonly of: number;
    }[];
    readonly compared_with: number;
    readonly funds: RegionClusters['funds'];
    readonly contact_points: readonly DossierContactPointInput[];
  };
  readonly connecting: {
    readonly gap_key_areas: readonly {
      readonly id: string;
      readonly name: Bilingual;
      readonly lq: number;
    }[];
    readonly practices_for_gaps: readonly DossierPractice[];
    readonly own_practices: readonly DossierPractice[];
    readonly similar_regions: readonly {
      readonly code: string;
      readonly name: Bilingual;
      readonly similarity: number;
      readonly they_lead: readonly Bilingual[];
      readonly we_lead: readonly Bilingual[];
      readonly explanation: Bilingual;
    }[];
    readonly partners: readonly {
      readonly id: string;
      /** Null when the source gives the organisation no name. */
      readonly name: string | null;
      readonly region: { readonly code: string; readonly name: Bilingual };
      readonly role: string;
      readonly shared_key_areas: readonly Bilingual[];
      readonly reason: Bilingual;
    }[];
    /** Links with other regions and countries: flow map, strongest partners, missing links. */
    readonly links: DossierLinks;
  };
  readonly sources: readonly { readonly key: DossierSourceKey; readonly source: FigureSource }[];
}

export interface DossierModelOptions {
  /** Organisations drawn in the network picture (the most central with a link in the region). */
  readonly networkDrawn?: number;
  /** Organisations in the network table. */
  readonly networkTop?: number;
  readonly similarRegions?: number;
  readonly partners?: number;
  readonly practices?: number;
  /** Partner regions and countries in the links table. */
  readonly linkPartners?: number;
}

const DEFAULTS = {
  networkDrawn: 40,
  networkTop: 12,
  similarRegions: 5,
  partners: 8,
  practices: 6,
  linkPartners: 10,
};

/** How to read T: synergy when the whole interval is below zero, none when above, else uncertain. */
export function synergyReading(
  t: number | null,
  ci: readonly [number, number] | null,
): SynergyReading {
  if (t === null) return 'none';
  if (ci && ci[1] < 0) return 'synergy';
  if (ci && ci[0] > 0) return 'no-synergy';
  if (ci && ci[0] === 0 && ci[1] === 0 && t === 0) return 'zero';
  if (!ci) return t < 0 ? 'synergy' : t > 0 ? 'no-synergy' : 'zero';
  return 'uncertain';
}

function bilingual(nl: string, en: string): Bilingual {
  return { nl, en };
}

/**
 * The dossier of a region from its already computed figures: the three topics, connecting regions
 * and the source of every figure. Pure: the same inputs give the same model (the date comes from
 * `inputs.generatedAt`). Sections without data stay empty (an empty list or null); the renderers
 * say so in words rather than inventing anything.
 *
 * Good practices for the region's gaps are ranked with `regionGoodPracticeRecommendations` on
 * key-area location quotients (the region's key areas with LQ < 1, weakest first, against the
 * practice region's LQ there); practices whose region's LQ is unknown but that address a gap key
 * area follow, with that gap as the reason.
 *
 * @example
 * const model = dossierModel(inputs);
 * model.topic1.synergy.reading; // 'uncertain' for Twente: T = -4.7 mbit, interval -23.6 to 5.3
 */
export function dossierModel(
  inputs: DossierInputs,
  options: DossierModelOptions = {},
): DossierModel {
  const o = { ...DEFAULTS, ...options };
  const keyAreaNames = new Map<string, Bilingual>();
  for (const a of inputs.keyAreas.areas)
    keyAreaNames.set(a.key_area, bilingual(a.name_nl, a.name_en));
  for (const s of inputs.clusters.stars)
    keyAreaNames.set(s.key_area, bilingual(s.name_nl, s.name_en));
  // A key area named on its own (a spearhead's, a practice's) keeps its own name, also when it is
  // measured together with another.
  for (const a of inputs.keyAreas.areas)
    for (const m of a.members) keyAreaNames.set(m.key_area, bilingual(m.name_nl, m.name_en));
  const keyAreaName = (id: string) => keyAreaNames.get(id) ?? bilingual(id, id);
  const region = inputs.region;
  const regionName = bilingual(region.name_nl, region.name_en);

  return {
    generated_at: inputs.generatedAt.toISOString(),
    region: {
      code: region.code,
      level: region.level,
      name: regionName,
      country: region.country_code,
      parent: region.parent
        ? {
            code: region.parent.code,
            name: bilingual(region.parent.name_nl, region.parent.name_en),
          }
        : null,
    },
    visit: inputs.visit,
    measurement: (() => {
      const { note: _note, ...coverage } = inputs.placement.coverage;
      return {
        available: inputs.placement.available,
        reason_code: inputs.placement.reason_code,
        coverage,
        period: inputs.placement.period,
      };
    })(),
    map: mapModel(inputs),
    topic1: {
      composition: inputs.helix.composition
        ? {
            actors: roleCounts(inputs.helix.composition.actors),
            participations: roleCounts(inputs.helix.composition.participations),
          }
        : null,
      synergy: {
        projects: inputs.helix.projects,
        configurations: inputs.helix.configurations,
        t_millibits: inputs.helix.t_millibits,
        ci95: inputs.helix.t_ci95_millibits,
        reading: synergyReading(inputs.helix.t_millibits, inputs.helix.t_ci95_millibits),
      },
      network: networkModel(inputs.network, o.networkDrawn, o.networkTop),
      financing: inputs.financing
        ? {
            share: inputs.financing.share,
            total_cost_eur: inputs.financing.totalCost,
            public_grant_eur: inputs.financing.publicGrant,
            own_contribution_eur: inputs.financing.ownContribution,
            projects: inputs.financing.projects.given,
            usable_projects: inputs.financing.projects.usable,
          }
        : null,
      sme_contact_point: (() => {
        const reach = smeContactPointReach(
          inputs.contactPoints.map((c) => ({ smesServedPerYear: c.smes_served_per_year })),
          null,
        );
        return {
          present: reach.present,
          count: reach.contactPoints,
          smes_served: reach.smesServed,
        };
      })(),
    },
    topic2: {
      taxonomy: inputs.keyAreas.taxonomy,
      measure: inputs.keyAreas.measure,
      unit: inputs.keyAreas.unit,
      reference: inputs.keyAreas.reference,
      region_total: inputs.keyAreas.region_total,
      areas: inputs.keyAreas.areas.map((a) => ({
        id: a.key_area,
        code: a.code,
        name: bilingual(a.name_nl, a.name_en),
        value: a.value,
        share_of_national: a.share_of_national,
        lq: a.lq,
        specialised: a.lq !== null && a.lq >= 1,
        note: a.note,
        members: a.members.map((m) => bilingual(m.name_nl, m.name_en)),
      })),
      unclassified: {
        value: inputs.keyAreas.unclassified.value,
        share: inputs.keyAreas.unclassified.share,
      },
      coverage: {
        covered: inputs.clusters.coverage.covered.map((c) => ({
          key_area: keyAreaName(c.key_area),
          weight: c.weight,
          spearheads: c.spearheads.map((id) => {
            const s = inputs.clusters.spearheads.find((x) => x.id === id);
            return s ? bilingual(s.name_nl, s.name_en) : bilingual(id, id);
          }),
        })),
        uncovered: inputs.clusters.coverage.uncovered.map(keyAreaName),
      },
    },
    topic3: {
      index: {
        computed_for: { code: inputs.index.computed_for, name: inputs.indexRegionName },
        year: inputs.index.year,
        edition: inputs.index.edition,
        lag: inputs.index.lag,
        groups: {
          leader: inputs.index.groups.leader,
          strong: inputs.index.groups.strong,
          moderate: inputs.index.groups.moderate,
        },
        value: inputs.index.index,
        relative: inputs.index.relative,
        group: inputs.index.group,
        band: inputs.index.band,
        rank: inputs.index.rank,
        of: inputs.index.of,
        rank_range: inputs.index.rank_range,
        reference: inputs.index.reference,
        country: inputs.index.country,
        trend: inputs.index.trend,
        indicators: inputs.index.indicators.map((i) => {
          const name = inputs.indicatorNames.get(i.id);
          return {
            id: i.id,
            name: name ? bilingual(name.nl, name.en) : bilingual(i.id, i.id),
            unit: name?.unit ?? '',
            score: i.score,
            country_score: i.country_score,
            reference_score: i.reference_score,
            year: i.year,
            filled_from: i.filled_from,
            first_year: i.trend?.first_year ?? null,
            last_year: i.trend?.last_year ?? null,
            first: i.trend?.first ?? null,
            last: i.trend?.last ?? null,
          };
        }),
      },
      spearheads: inputs.clusters.spearheads.map((s) => ({
        id: s.id,
        name: bilingual(s.name_nl, s.name_en),
        description: s.description?.trim() || null,
        // Largest weight first; the store gives no order.
        key_areas: s.key_areas
          .filter((k) => keyAreaNames.has(k.key_area))
          .sort((a, b) => b.weight - a.weight || a.key_area.localeCompare(b.key_area))
          .map((k) => ({ name: keyAreaName(k.key_area), weight: k.weight })),
      })),
      stars: inputs.clusters.stars.map((s) => ({
        key_area: bilingual(s.name_nl, s.name_en),
        stars: s.stars,
        size: s.size.star,
        specialisation: s.specialisation.star,
        focus: s.focus.star,
        lq: s.specialisation.lq,
        size_rank: s.size.rank,
        focus_rank: s.focus.rank,
        of: s.size.of,
      })),
      compared_with: inputs.clusters.compared_with.length,
      funds: inputs.clusters.funds,
      contact_points: inputs.contactPoints,
    },
    connecting: connectingModel(inputs, keyAreaName, o),
    sources: DOSSIER_SOURCE_KEYS.map((key) => ({ key, source: inputs.sources[key] })),
  };
}

function roleCounts(counts: Readonly<Record<HelixRole, number>>): Record<HelixRole, number> {
  return Object.fromEntries(HELIX_ROLES.map((r) => [r, counts[r] ?? 0])) as Record<
    HelixRole,
    number
  >;
}

function mapModel(inputs: DossierInputs): DossierModel['map'] {
  const map = inputs.map;
  if (!map?.region) return null;
  const region = inputs.region;
  return {
    region: {
      code: map.region.code,
      name: bilingual(region.name_nl, region.name_en),
      geometry: map.region.geometry,
    },
    context: map.context.map((c) => ({
      code: c.code,
      name: bilingual(c.name_nl, c.name_en),
      geometry: c.geometry,
    })),
    context_level: map.contextLevel,
    parent:
      map.parent && region.parent
        ? {
            code: map.parent.code,
            name: bilingual(region.parent.name_nl, region.parent.name_en),
            geometry: map.parent.geometry,
          }
        : null,
  };
}

function networkModel(
  network: RegionNetwork,
  drawnCount: number,
  topCount: number,
): DossierModel['topic1']['network'] {
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
    drawn,
    drawn_links: network.links
      .filter((l) => ids.has(l.source) && ids.has(l.target))
      .map((l) => ({ source: l.source, target: l.target, weight: l.weight })),
    unlinked: network.organisations.length - linked.length,
    not_drawn: linked.length - drawn.length,
    top: network.organisations.slice(0, topCount).map(node),
    role_pairs: network.helix_pairs.filter((p) => p.observed > 0 || p.expected >= 0.5),
  };
}

function connectingModel(
  inputs: DossierInputs,
  keyAreaName: (id: string) => Bilingual,
  o: typeof DEFAULTS,
): DossierModel['connecting'] {
  const region = inputs.region.code;
  const own = (code: string) => code.startsWith(region);
  const lqs = new Map(inputs.keyAreas.areas.map((a) => [a.key_area, a.lq]));
  // A practice's key area counts for the row it is measured in, named after all its members.
  const columnOf = new Map(
    inputs.keyAreas.areas.flatMap((a) => a.members.map((m) => [m.key_area, a.key_area] as const)),
  );
  const measuredNames = new Map(
    inputs.keyAreas.areas.map((a) => [a.key_area, bilingual(a.name_nl, a.name_en)] as const),
  );
  const measuredName = (id: string) => measuredNames.get(id) ?? keyAreaName(id);
  const gaps = inputs.keyAreas.areas
    .filter((a): a is typeof a & { lq: number } => a.lq !== null && a.lq < 1)
    .sort((a, b) => a.lq - b.lq || a.key_area.localeCompare(b.key_area))
    .map((a) => ({ id: a.key_area, name: measuredName(a.key_area), lq: a.lq }));
  const byId = new Map(inputs.practices.map((p) => [p.id, p]));
  const others = inputs.practices.filter((p) => !own(p.region_code));

  const scores: CriterionScore[] = [];
  for (const [k, lq] of lqs)
    if (lq !== null) scores.push({ kind: 'key-area', id: k, region, score: lq });
  for (const [code, map] of inputs.practiceRegionLqs) {
    if (own(code)) continue;
    for (const [k, lq] of map)
      if (lq !== null) scores.push({ kind: 'key-area', id: k, region: code, score: lq });
  }
  const recommended = gaps.length
    ? regionGoodPracticeRecommendations(
        region,
        scores,
        others.map((p) => ({
          id: p.id,
          region: p.region_code,
          keyAreas: p.key_areas.map((k) => columnOf.get(k) ?? k),
        })),
        { weakest: gaps.map((g) => ({ kind: 'key-area' as const, id: g.id })) },
      )
    : [];
  const practice = (
    p: DossierPracticeInput,
    method: DossierPractice['method'],
    reasons: DossierPracticeReason[],
  ): DossierPractice => ({
    id: p.id,
    title: p.title,
    region: { code: p.region_code, name: bilingual(p.region_name_nl, p.region_name_en) },
    topic: p.topic,
    description: p.description,
    evidence: p.evidence,
    transfer_potential: p.transfer_potential,
    contact: p.contact,
    source_url: p.source_url,
    language: p.language,
    key_areas: p.key_areas.map(keyAreaName),
    method,
    reasons,
  });
  const forGaps: DossierPractice[] = recommended.map((r) => {
    const p = byId.get(r.practice.id)!;
    return practice(
      p,
      'recommendation',
      r.reasons.map((reason) => ({
        kind: 'gap',
        key_area: { id: reason.id, name: measuredName(reason.id) },
        region_lq: reason.regionScore,
        practice_region_lq: reason.practiceRegionScore,
      })),
    );
  });
  // Practices addressing a gap key area where their region's LQ is not known follow, with that gap.
  const chosen = new Set(forGaps.map((p) => p.id));
  for (const p of others) {
    if (chosen.has(p.id)) continue;
    const regionLqs = inputs.practiceRegionLqs.get(p.region_code);
    const unknown = gaps.filter(
      (g) => p.key_areas.includes(g.id) && (regionLqs?.get(g.id) ?? null) === null,
    );
    if (unknown.length === 0) continue;
    forGaps.push(
      practice(
        p,
        'gap-key-area',
        unknown.map((g) => ({
          kind: 'gap',
          key_area: { id: g.id, name: g.name },
          region_lq: g.lq,
          practice_region_lq: null,
        })),
      ),
    );
  }

  const ownPractices = inputs.practices
    .filter((p) => own(p.region_code))
    .map((p) => {
      const reasons: DossierPracticeReason[] = [
        ...[...new Set(p.key_areas.map((k) => columnOf.get(k) ?? k))]
          .filter((k) => (lqs.get(k) ?? 0) >= 1)
          .map((k) => ({
            kind: 'specialised' as const,
            key_area: { id: k, name: measuredName(k) },
            region_lq: lqs.get(k)!,
          })),
        ...p.transfers.map((t) => ({ kind: 'transfer' as const, transfer: t })),
      ];
      return practice(p, 'own', reasons);
    })
    .sort(
      (a, b) =>
        b.reasons.length - a.reasons.length ||
        Number(b.evidence !== null) - Number(a.evidence !== null) ||
        a.title.localeCompare(b.title),
    );

  return {
    gap_key_areas: gaps,
    practices_for_gaps: forGaps.slice(0, o.practices),
    own_practices: ownPractices.slice(0, o.practices),
    similar_regions: inputs.similar.regions.slice(0, o.similarRegions).map((s) => ({
      code: s.region,
      name: bilingual(s.name_nl, s.name_en),
      similarity: s.similarity,
      they_lead: s.they_lead.map(keyAreaName),
      we_lead: s.we_lead.map(keyAreaName),
      explanation: bilingual(s.explanation_nl, s.explanation_en),
    })),
    partners: inputs.partners.organisations.slice(0, o.partners).map((p) => ({
      id: p.id,
      name: p.name,
      region: { code: p.region, name: bilingual(p.region_name_nl, p.region_name_en) },
      role: p.helix_role,
      shared_key_areas: p.shared_key_areas.map(keyAreaName),
      reason: bilingual(p.reason_nl, p.reason_en),
    })),
    links: dossierLinks(inputs, o.linkPartners),
  };
}
