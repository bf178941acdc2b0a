/** Shapes of the REST API's answers, as the web application reads them. */
import type { Named, Page, RegionName, Source } from '../../http/schemas/common.js';
import type {
  RegionFeature as ServerRegionFeature,
  RegionFeatureCollection as ServerFeatureCollection,
} from '../../http/schemas/regions.js';
import type { HelixRole } from '../../http/schemas/analytics-network.js';

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

export type {
  HelixRole,
  Network,
  NetworkOrganisation,
} from '../../http/schemas/analytics-network.js';
export type HelixCounts = Record<HelixRole, number>;
export type {
  Coverage,
  Covered,
  FigurePeriod,
  MeasureStatus,
} from '../../http/schemas/measure-status.js';
export type { Helix } from '../../http/schemas/analytics-helix.js';
export type { KeyAreaRow, KeyAreas } from '../../http/schemas/analytics-key-areas.js';
export type { IndexRegion, IndexTable } from '../../http/schemas/analytics-index.js';

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
