import type { Generated } from 'kysely';

// What regions tell of themselves: platforms, clusters, funds and contact points.

/** An innovation platform: the national one that visits, or a region's own (Innovation Platform Twente). */
export interface PlatformTable {
  id: string;
  name: string;
  scope: string;
  region_code: string | null;
  url: string | null;
  source_id: string | null;
}

export interface ClusterTable {
  id: string;
  region_code: string;
  name_nl: string;
  name_en: string;
  description: string | null;
  source_id: string | null;
  version: Generated<number>;
}

export interface ClusterMemberTable {
  cluster_id: string;
  actor_id: string;
  role: string | null;
}

export interface ClusterKeyAreaTable {
  cluster_id: string;
  key_area_id: string;
  weight: number;
}

/** The columns every fund and contact point row has: its source, status, dates and version. */
interface SmeRecordColumns {
  source_id: string | null;
  source_url: string | null;
  /** draft, published or retired. */
  status: Generated<string>;
  created_at: string | null;
  updated_at: string | null;
  version: Generated<number>;
}

export interface FundTable extends SmeRecordColumns {
  id: string;
  region_code: string;
  name: string;
  size_eur: number | null;
  instruments: string | null;
  target_sectors: string | null;
  manager: string | null;
  url: string | null;
  /** The size in `currency` (size_eur holds it too when the currency is EUR). */
  size: number | null;
  /** ISO 4217 code, e.g. EUR. */
  currency: string | null;
  /** sme, start-up, scale-up, cluster; separated by |. */
  targets: string | null;
  period_start: string | null;
  period_end: string | null;
}

export interface FundRegionTable {
  fund_id: string;
  region_code: string;
}

export interface ContactPointTable extends SmeRecordColumns {
  id: string;
  name: string;
  actor_id: string | null;
  channels: string | null;
  url: string | null;
  smes_served_per_year: number | null;
  smes_served_year: number | null;
  /** The organisation that runs it, as text (actor_id when it is one in the database). */
  organisation: string | null;
  helps_with: string | null;
  address: string | null;
  postcode: string | null;
  town: string | null;
  phone: string | null;
  email: string | null;
  opening_hours: string | null;
  /** ISO 639-1 codes separated by |. */
  languages: string | null;
}

export interface ContactPointMunicipalityTable {
  contact_point_id: string;
  municipality_code: string;
}

export interface ContactPointRegionTable {
  contact_point_id: string;
  region_code: string;
}
