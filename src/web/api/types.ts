/** Shapes of the REST API's answers, as the web application reads them. */
import type { Named, Page, RegionName, Source } from '../../http/schemas/common.js';
import type {
  RegionFeature as ServerRegionFeature,
  RegionFeatureCollection as ServerFeatureCollection,
} from '../../http/schemas/regions.js';

export type {
  DatasetReference as Dataset,
  ImportReference as ImportRef,
  Named,
  Page,
  RegionName,
  Source,
} from '../../http/schemas/common.js';
export type {
  RegionDetail,
  RegionSearchItem,
  RegionSummary,
  Spearhead,
} from '../../http/schemas/regions.js';
export type {
  Indicator,
  IndicatorLabelled,
  IndicatorValue,
  IndicatorValues,
} from '../../http/schemas/indicators.js';
export type { PlaceMatch, PlaceSearch, RegionSme } from '../../http/schemas/places.js';

/**
 * A region on a map, as GET /api/geometry sends it. The server types a boundary's positions as
 * read-only pairs; d3-geo reads GeoJSON's own types, so the geometry is named in those here.
 */
export type RegionFeature = Omit<ServerRegionFeature, 'geometry'> & {
  geometry: GeoJSON.Polygon | GeoJSON.MultiPolygon;
};

export type RegionFeatureCollection = Omit<ServerFeatureCollection, 'features'> & {
  features: RegionFeature[];
};

export type HelixRole = 'business' | 'research' | 'education' | 'government' | 'other';
export type HelixCounts = Record<HelixRole, number>;

/** Whether a region figure is measured; when not, why (in the language asked for). */
export interface MeasureStatus {
  available: boolean;
  reason_code: 'no_participations' | 'country_level_only' | 'coarser_than_region' | null;
  reason: string | null;
}

/** How much of the country's participations the data places at the region's level. */
export interface Coverage {
  country: string;
  level: number;
  deepest_level: number | null;
  placed_participations: number;
  unplaced_participations: number;
  unplaced_business_participations: number;
  placed_share: number | null;
  placed_contribution_share: number | null;
  note: string;
}

/** First and last start year of the projects behind a figure. */
export interface FigurePeriod {
  first_year: number;
  last_year: number;
}

/** What topic 1 and 2 figures carry: status, coverage and the projects' years. */
export interface Covered extends MeasureStatus {
  coverage: Coverage;
  period: FigurePeriod | null;
}

/** Counts are null when the region cannot be measured (`available` false). */
export interface Helix extends Covered {
  region: string;
  projects: number | null;
  configurations: Record<'U' | 'I' | 'G' | 'UI' | 'UG' | 'IG' | 'UIG', number> | null;
  t_millibits: number | null;
  t_ci95_millibits: [number, number] | null;
  composition: { actors: HelixCounts; participations: HelixCounts } | null;
  source?: Source;
}

export interface NetworkOrganisation {
  id: string;
  /** Null when the source gives the organisation no name (see organisationName). */
  name: string | null;
  helix_role: HelixRole;
  degree_centrality: number;
  betweenness_centrality: number;
  external_links: number;
  community: number | null;
}

export interface Network extends Covered {
  region: string;
  /** The key area the network was restricted to, when the server applied one. */
  key_area?: string | null;
  nodes: number | null;
  edges: number | null;
  density: number | null;
  components: number | null;
  largest_component_share: number | null;
  assortativity_helix: number | null;
  helix_pairs: { a: HelixRole; b: HelixRole; observed: number; expected: number }[];
  organisations: NetworkOrganisation[];
  links: { source: string; target: string; weight: number }[];
  source?: Source;
}

export interface KeyAreaRow extends Named {
  key_area: string;
  value: number | null;
  share_of_national: number | null;
  lq: number | null;
  /** The key areas measured in this row: one, or several the classification cannot tell apart. */
  members: (Named & { key_area: string })[];
}

export interface KeyAreas extends Covered {
  region: string;
  taxonomy: string;
  /** What the projects are classified by: CORDIS legal-basis and topic codes, or programme parts. */
  classification: 'legal_basis' | 'programme_part';
  measure: string;
  reference: string;
  areas: KeyAreaRow[];
  /** Activity classified into no key area, and its share of all the region's activity. */
  unclassified: { value: number | null; share: number | null };
  source?: Source;
}

export interface IndexRegion {
  region: string;
  index: number;
  relative: number;
  group: string;
  band: string;
  rank_range: [number, number];
}

export interface IndexTable {
  year: number;
  reference: string;
  indicators: string[];
  regions: IndexRegion[];
  source?: Source;
}

export interface RegionIndexIndicator {
  id: string;
  score: number | null;
  /** The country's and the reference area's (the EU's) scores, scaled as the regions'. */
  country_score?: number | null;
  reference_score?: number | null;
  value?: number | null;
  /** The year the value was measured (in an edition, the latest within its lag window). */
  year?: number | null;
  /** The most recent year any compared region's value of the indicator was measured. */
  latest?: number | null;
  filled?: boolean;
  /** How a missing value was filled ("own value of 2009"), or null when the region had its own. */
  filled_from?: string | null;
  trend?: {
    first_year: number;
    last_year: number;
    first: number;
    last: number;
    relative: number;
  } | null;
}

export interface RegionIndex {
  region: string;
  /** The region the index was computed for (the NUTS2 parent of a NUTS3 region). */
  computed_for?: string;
  /** `edition` (the default): each indicator's latest year within the lag window; `year`: one year. */
  mode?: 'edition' | 'year';
  year: number;
  edition?: number | null;
  lag?: number | null;
  index: number;
  relative: number;
  group: string;
  band: string;
  rank: number;
  of?: number;
  reference?: string;
  /** The region's country, whose scores stand beside the region's in `indicators`. */
  country?: string;
  groups?: { label_en: string; label_nl: string; leader: number; strong: number; moderate: number };
  rank_range: [number, number];
  trend: { year: number; index: number; relative: number; rank?: number }[];
  indicators: RegionIndexIndicator[];
  source?: Source;
}

export interface Practice {
  id: string;
  title: string;
  region: RegionName;
  topic: number;
  period_start: string | null;
  period_end: string | null;
  description: string;
  resources: string | null;
  evidence: string | null;
  transfer_potential: string | null;
  contact: string | null;
  source_url: string | null;
  language: string;
  updated_at: string;
  key_areas: (Named & { id: string })[];
  transfers: (Named & { region: string; year: number | null; outcome: string | null })[];
}

export interface PracticePage extends Page<Practice> {
  facets: {
    topics: { topic: number; count: number }[];
    regions: (RegionName & { count: number })[];
    key_areas: (Named & { id: string; taxonomy_id: string; count: number })[];
  };
}

export type { VisitSummary as Visit } from '../../http/schemas/visits.js';
export type { SourceEntry } from '../../http/schemas/sources.js';
