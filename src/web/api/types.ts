/** Shapes of the REST API's answers, as the web application reads them. */
import type { HelixRole } from '../../http/schemas/analytics-network.js';
import type { ContactPointRecord, FundRecord } from './sme-types.js';

export interface Named {
  name_nl: string;
  name_en: string;
}

export interface RegionName extends Named {
  code: string;
}

export interface Page<T> {
  items: T[];
  total: number;
  limit: number;
  offset: number;
}

export interface Dataset {
  id: string;
  title: string;
  publisher: string;
  licence: string | null;
  url: string | null;
  retrieved_at: string | null;
}

export interface ImportRef {
  id: string;
  file: string;
  checksum: string;
  finished_at: string | null;
}

/** Where a figure comes from. */
export interface Source {
  datasets: Dataset[];
  imports: ImportRef[];
  /** The method in English. */
  method: string;
  /** The method in Dutch (left out by sources the page builds itself in its own language). */
  method_nl?: string;
}

export interface RegionSummary extends RegionName {
  kind: string;
  level: number;
  country_code: string;
  parent_code: string | null;
}

/** A region found by GET /api/regions?q=, with the name it was found by. */
export interface RegionSearchItem extends RegionSummary {
  matched: string;
  matched_kind: 'code' | 'name' | 'exonym' | 'corop' | 'municipality' | 'place';
  match: 'code' | 'name' | 'place' | 'word' | 'prefix' | 'fuzzy' | 'fuzzy-part';
}

export interface Spearhead extends Named {
  id: string;
  /** What the region's editors wrote about it, in their words; null when nothing was written. */
  description: string | null;
  source_id: string | null;
  key_areas: (Named & { key_area_id: string; taxonomy_id: string; weight: number })[];
}

export interface RegionDetail extends RegionSummary {
  nuts_version: string;
  source_id: string | null;
  parent: RegionSummary | null;
  children: RegionSummary[];
  spearheads: Spearhead[];
  platforms: { id: string; name: string; scope: string; source_id: string | null }[];
}

export interface RegionFeature {
  type: 'Feature';
  id: string;
  properties: RegionName;
  geometry: GeoJSON.Geometry;
}

export interface RegionFeatureCollection {
  type: 'FeatureCollection';
  scale: string;
  source_id: string | null;
  features: RegionFeature[];
}

/** An indicator's unit in words and the concept it belongs to (one per indicator, whatever file). */
export interface IndicatorLabelled extends Named {
  unit: string;
  unit_nl: string;
  unit_en: string;
  concept: string;
}

export interface Indicator extends IndicatorLabelled {
  id: string;
  group: string;
  group_nl: string;
  group_en: string;
  order: number;
  preference: number;
  source_nl: string | null;
  source_en: string | null;
  aggregation: string;
  years: number[];
  levels: number[];
  dataset: string | null;
}

export interface IndicatorValue extends Named {
  region: string;
  value: number | null;
  flags: string | null;
}

export interface IndicatorValues extends IndicatorLabelled {
  indicator: string;
  level: number;
  country: string | null;
  year: number | null;
  years: number[];
  source: Source;
  values: IndicatorValue[];
}

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

export interface PlaceMatch {
  kind: 'place' | 'municipality' | 'postcode';
  name: string;
  matched_alias: string | null;
  municipality: { code: string; name: string } | null;
  region: RegionName | null;
  province: RegionName | null;
}

export interface PlaceSearch {
  query: string;
  items: PlaceMatch[];
  total: number;
}

export interface RegionSme {
  region: RegionName & { level: number };
  chain: RegionName[];
  contact_points: (ContactPointRecord & { nearness: number })[];
  clusters: (Named & {
    id: string;
    region: string;
    description: string | null;
    members: number;
    key_areas: (Named & { id: string; weight: number })[];
  })[];
  organisations: {
    id: string;
    name: string;
    helix_role: HelixRole;
    is_sme: boolean | null;
    city: string | null;
    region: string | null;
    projects: number;
  }[];
  funds: FundRecord[];
  source: Source;
}

export type { Practice, PracticePage } from '../../http/schemas/practices.js';

export interface Visit {
  id: string;
  region: RegionName;
  date: string;
  venue: string | null;
  hosts: string | null;
  participants: string | null;
  status: string;
  agenda: { position: number; topic: number | null; title: string }[];
}

export type { SourceEntry } from '../../http/schemas/sources.js';
