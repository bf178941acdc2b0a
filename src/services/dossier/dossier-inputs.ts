import type { PrivateFinancingShare } from '../../core/financing/private-financing-share.js';
import type { AreaGeometry } from '../../core/geo/simplify-geometry.js';
import type { RegionHelix } from '../analytics/region-helix.js';
import type { Covered } from '../analytics/analytics-service.js';
import type { RegionNetwork } from '../analytics/region-network.js';
import type { RegionKeyAreas } from '../analytics/region-key-areas.js';
import type { RegionIndexReport } from '../analytics/region-index-report.js';
import type { RegionClusters } from '../analytics/region-clusters.js';
import type { RegionSimilar } from '../analytics/region-similar.js';
import type { RegionPartners } from '../analytics/region-partners.js';
import type { FigureSource } from '../analytics/provenance.js';
import type { RegionLinksFigure, RegionMissingLinks } from '../analytics/region-links-service.js';

/** A text held in both languages (names of regions, key areas, spearheads). */
export interface Bilingual {
  readonly nl: string;
  readonly en: string;
}

/** The figures of the dossier, each with its source in the appendix. */
export const DOSSIER_SOURCE_KEYS = [
  'map',
  'helix',
  'network',
  'financing',
  'contactPoints',
  'keyAreas',
  'index',
  'spearheads',
  'clusters',
  'funds',
  'practices',
  'similar',
  'partners',
  'links',
  'visit',
] as const;
export type DossierSourceKey = (typeof DOSSIER_SOURCE_KEYS)[number];

export interface DossierRegionInput {
  readonly code: string;
  readonly level: number;
  readonly name_nl: string;
  readonly name_en: string;
  readonly country_code: string;
  readonly parent: {
    readonly code: string;
    readonly name_nl: string;
    readonly name_en: string;
  } | null;
}

export interface DossierContactPointInput {
  readonly id: string;
  readonly name: string;
  readonly organisation: string | null;
  /** How SMEs reach it, as stored codes (`phone`, `email`...); empty when none are given. */
  readonly channels: readonly string[];
  readonly url: string | null;
  /** The page its facts were taken from; null when none is registered. */
  readonly source_url: string | null;
  readonly smes_served_per_year: number | null;
  readonly smes_served_year: number | null;
  /** The regions it is registered for. */
  readonly regions: readonly {
    readonly code: string;
    readonly name_nl: string;
    readonly name_en: string;
  }[];
}

export interface DossierPracticeInput {
  readonly id: string;
  readonly title: string;
  readonly region_code: string;
  readonly region_name_nl: string;
  readonly region_name_en: string;
  readonly topic: number;
  readonly description: string;
  readonly evidence: string | null;
  readonly transfer_potential: string | null;
  readonly resources: string | null;
  readonly contact: string | null;
  readonly source_url: string | null;
  /** The language its texts are written in ('nl' or 'en'), as its editor said. */
  readonly language: string;
  /** Key areas of the dossier's taxonomy it addresses (others mapped through the crosswalk). */
  readonly key_areas: readonly string[];
  readonly transfers: readonly {
    readonly region: string;
    readonly name_nl: string;
    readonly name_en: string;
    readonly year: number | null;
    readonly outcome: string | null;
  }[];
}

export interface DossierVisitInput {
  readonly id: string;
  readonly date: string;
  readonly venue: string | null;
  readonly hosts: string | null;
  readonly participants: string | null;
  readonly status: string;
  readonly agenda: readonly {
    readonly position: number;
    readonly topic: number | null;
    readonly title: string;
  }[];
}

export interface DossierMapInput {
  readonly region: { readonly code: string; readonly geometry: AreaGeometry } | null;
  readonly context: readonly {
    readonly code: string;
    readonly name_nl: string;
    readonly name_en: string;
    readonly geometry: AreaGeometry;
  }[];
  readonly parent: { readonly code: string; readonly geometry: AreaGeometry } | null;
  /** What the context regions are: the regions of the same level in the country. */
  readonly contextLevel: number;
}

/** Everything the dossier is made of, already computed (the service gathers it). */
export interface DossierInputs {
  readonly generatedAt: Date;
  readonly region: DossierRegionInput;
  readonly helix: RegionHelix;
  /** Whether topic 1 and 2 can be measured for the region, and how much the data places. */
  readonly placement: Covered;
  readonly network: RegionNetwork;
  readonly financing: PrivateFinancingShare | null;
  readonly contactPoints: readonly DossierContactPointInput[];
  readonly keyAreas: RegionKeyAreas;
  readonly index: RegionIndexReport;
  /** Name of the region the index is computed for (the province of a NUTS3 region). */
  readonly indexRegionName: Bilingual;
  readonly indicatorNames: ReadonlyMap<string, Bilingual & { readonly unit: string }>;
  readonly clusters: RegionClusters;
  /** The page each of the clusters' funds was taken from, by fund id; null when none is registered. */
  readonly fundSourceUrls: ReadonlyMap<string, string | null>;
  readonly similar: RegionSimilar;
  readonly partners: RegionPartners;
  /** The region's links to other regions and countries (co-participations), with centroids. */
  readonly links: RegionLinksFigure;
  /** Similar or complementary regions it is weakly linked with, in words. */
  readonly missingLinks: RegionMissingLinks;
  /** Published good practices of every region. */
  readonly practices: readonly DossierPracticeInput[];
  /** Location quotients (against their country) of the regions the practices come from. */
  readonly practiceRegionLqs: ReadonlyMap<string, ReadonlyMap<string, number | null>>;
  readonly visit: DossierVisitInput | null;
  readonly map: DossierMapInput | null;
  readonly sources: Readonly<Record<DossierSourceKey, FigureSource>>;
}
