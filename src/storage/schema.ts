import type { Generated } from 'kysely';

/**
 * The database as Kysely sees it. Column types are the ones both backends return: text for
 * identifiers and ISO dates, numbers for amounts, 0/1 integers for flags.
 */
export interface Database {
  datasets: DatasetTable;
  imports: ImportTable;
  regions: RegionTable;
  region_geometries: RegionGeometryTable;
  municipalities: MunicipalityTable;
  places: PlaceTable;
  place_aliases: PlaceAliasTable;
  postcodes: PostcodeTable;
  actors: ActorTable;
  key_area_taxonomies: KeyAreaTaxonomyTable;
  key_areas: KeyAreaTable;
  key_area_crosswalk: KeyAreaCrosswalkTable;
  actor_key_areas: ActorKeyAreaTable;
  platforms: PlatformTable;
  clusters: ClusterTable;
  cluster_members: ClusterMemberTable;
  cluster_key_areas: ClusterKeyAreaTable;
  projects: ProjectTable;
  project_programme_parts: ProjectProgrammePartTable;
  project_legal_bases: ProjectLegalBasisTable;
  project_key_areas: ProjectKeyAreaTable;
  programme_key_areas: ProgrammeKeyAreaTable;
  participations: ParticipationTable;
  funds: FundTable;
  contact_points: ContactPointTable;
  contact_point_regions: ContactPointRegionTable;
  contact_point_municipalities: ContactPointMunicipalityTable;
  fund_regions: FundRegionTable;
  indicators: IndicatorTable;
  indicator_values: IndicatorValueTable;
  indicator_summary: IndicatorSummaryTable;
  good_practices: GoodPracticeTable;
  good_practice_key_areas: GoodPracticeKeyAreaTable;
  practice_transfers: PracticeTransferTable;
  visits: VisitTable;
  visit_agenda_items: VisitAgendaItemTable;
  visit_findings: VisitFindingTable;
  commitments: CommitmentTable;
  settings: SettingTable;
  users: UserTable;
  user_regions: UserRegionTable;
  sessions: SessionTable;
  audit_log: AuditLogTable;
  figures: FigureTable;
}

/** A data set or document figures come from: publisher, licence, address. */
export interface DatasetTable {
  id: string;
  title: string;
  publisher: string;
  licence: string | null;
  url: string | null;
  retrieved_at: string | null;
}

/** One run of an importer: provenance of every row it wrote. */
export interface ImportTable {
  id: string;
  dataset_id: string | null;
  kind: string;
  file: string;
  checksum: string;
  started_at: string;
  finished_at: string | null;
  rows_read: number;
  rows_inserted: number;
  rows_updated: number;
  rows_refused: number;
  status: string;
}

export interface RegionTable {
  code: string;
  /** 'nuts' for NUTS regions, 'country' for countries outside NUTS, 'aggregate' for EU27_2020 and the like. */
  kind: string;
  level: number;
  nuts_version: string;
  name_en: string;
  name_nl: string;
  name_latn: string;
  country_code: string;
  parent_code: string | null;
  source_id: string | null;
}

export interface RegionGeometryTable {
  region_code: string;
  /** Map scale of the source: '60M', '20M', '03M', or 'cbs' for CBS boundaries. */
  scale: string;
  geojson: string;
  source_id: string | null;
}

export interface MunicipalityTable {
  code: string;
  name: string;
  corop_code: string | null;
  nuts3_code: string | null;
  geojson: string | null;
  source_id: string | null;
}

/** A CBS woonplaats (town or village) in a municipality. */
export interface PlaceTable {
  code: string;
  name: string;
  name_key: string;
  municipality_code: string;
  source_id: string | null;
}

/** Another spelling of a place, as it occurs in addresses (DEN HAAG, HENGELO OV). */
export interface PlaceAliasTable {
  alias_key: string;
  place_code: string;
  source_id: string | null;
}

/** GISCO TERCET: postcode -> NUTS3. */
export interface PostcodeTable {
  country_code: string;
  postcode: string;
  nuts3_code: string;
  import_id: string | null;
}

export interface ActorTable {
  /** The identifier as imported: `PIC<number>` for CORDIS, the template's organisation_id otherwise. */
  id: string;
  name: string;
  short_name: string | null;
  helix_role: string;
  activity_type: string | null;
  /** 1 = SME, 0 = not an SME, null = unknown. */
  is_sme: number | null;
  pic: string | null;
  kvk: string | null;
  street: string | null;
  postcode: string | null;
  city: string | null;
  country_code: string | null;
  municipality_code: string | null;
  /** The most precise region known (NUTS3 for placed Dutch organisations, else the country). */
  region_code: string | null;
  placement: string | null;
  source_id: string | null;
  import_id: string | null;
  version: Generated<number>;
}

export interface KeyAreaTaxonomyTable {
  id: string;
  name_nl: string;
  name_en: string;
  year: number;
  source_id: string | null;
}

export interface KeyAreaTable {
  id: string;
  taxonomy_id: string;
  code: string;
  name_nl: string;
  name_en: string;
  position: number;
}

export interface KeyAreaCrosswalkTable {
  from_key_area_id: string;
  to_key_area_id: string;
  weight: number;
  source_id: string | null;
}

export interface ActorKeyAreaTable {
  actor_id: string;
  key_area_id: string;
  weight: number;
}

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

export interface ProjectTable {
  id: string;
  acronym: string | null;
  title: string | null;
  programme: string;
  /** 'eu', 'national', 'regional', 'private'. */
  funding_source: string;
  start_date: string | null;
  end_date: string | null;
  total_cost_eur: number | null;
  ec_max_contribution_eur: number | null;
  source_id: string | null;
  import_id: string | null;
  /** The CORDIS grant agreement number (`projectID`), when known (migration 0002). */
  grant_id: string | null;
  /** The call topic CORDIS gives (`topics`, e.g. SFS-05-2015), when known (migration 0007). */
  topic_code: string | null;
}

/** A legal-basis code of a project as CORDIS's project file gives it (migration 0007). */
export interface ProjectLegalBasisTable {
  project_id: string;
  legal_basis_code: string;
}

export interface ProjectProgrammePartTable {
  project_id: string;
  programme_part: string;
}

export interface ProjectKeyAreaTable {
  project_id: string;
  key_area_id: string;
  weight: number;
  /** 'manual' when set by hand; derived classifications are computed, not stored. */
  method: string;
}

/** The editable mapping from programme parts, programme codes or topics to key areas. */
export interface ProgrammeKeyAreaTable {
  source_kind: string;
  source_code: string;
  key_area_id: string;
  weight: number;
  source_id: string | null;
}

export interface ParticipationTable {
  project_id: string;
  actor_id: string;
  role: string;
  contribution_eur: number | null;
  total_cost_eur: number | null;
  import_id: string | null;
}

export interface FundTable {
  id: string;
  region_code: string;
  name: string;
  size_eur: number | null;
  instruments: string | null;
  target_sectors: string | null;
  manager: string | null;
  url: string | null;
  source_id: string | null;
  version: Generated<number>;
  /** The size in `currency` (size_eur holds it too when the currency is EUR). */
  size: number | null;
  /** ISO 4217 code, e.g. EUR. */
  currency: string | null;
  /** sme, start-up, scale-up, cluster; separated by |. */
  targets: string | null;
  period_start: string | null;
  period_end: string | null;
  source_url: string | null;
  /** draft, published or retired. */
  status: Generated<string>;
  created_at: string | null;
  updated_at: string | null;
}

export interface FundRegionTable {
  fund_id: string;
  region_code: string;
}

export interface ContactPointTable {
  id: string;
  name: string;
  actor_id: string | null;
  channels: string | null;
  url: string | null;
  smes_served_per_year: number | null;
  smes_served_year: number | null;
  source_id: string | null;
  version: Generated<number>;
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
  source_url: string | null;
  /** draft, published or retired. */
  status: Generated<string>;
  created_at: string | null;
  updated_at: string | null;
}

export interface ContactPointMunicipalityTable {
  contact_point_id: string;
  municipality_code: string;
}

export interface ContactPointRegionTable {
  contact_point_id: string;
  region_code: string;
}

export interface IndicatorTable {
  id: string;
  name_en: string;
  name_nl: string;
  unit: string;
  /** 'count' (harmonised by summing) or 'rate' (harmonised with population weights). */
  aggregation: string;
  dataset_id: string | null;
}

export interface IndicatorValueTable {
  indicator_id: string;
  region_code: string;
  year: number;
  value: number | null;
  flags: string | null;
  import_id: string | null;
}

/** A NUTS level and year that hold a value of an indicator; kept current by every import. */
export interface IndicatorSummaryTable {
  indicator_id: string;
  level: number;
  year: number;
}

export interface GoodPracticeTable {
  id: string;
  title: string;
  region_code: string;
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
  status: string;
  created_at: string;
  updated_at: string;
  version: Generated<number>;
}

export interface GoodPracticeKeyAreaTable {
  practice_id: string;
  key_area_id: string;
}

export interface PracticeTransferTable {
  id: string;
  practice_id: string;
  to_region_code: string;
  year: number | null;
  outcome: string | null;
}

export interface VisitTable {
  id: string;
  region_code: string;
  date: string;
  venue: string | null;
  hosts: string | null;
  participants: string | null;
  status: string;
  dossier_snapshot: string | null;
  source_id: string | null;
  version: Generated<number>;
}

export interface VisitAgendaItemTable {
  visit_id: string;
  position: number;
  topic: number | null;
  title: string;
}

export interface VisitFindingTable {
  id: string;
  visit_id: string;
  topic: number;
  text: string;
  created_at: string;
  version: Generated<number>;
}

export interface CommitmentTable {
  id: string;
  visit_id: string;
  description: string;
  owner: string;
  due_date: string | null;
  status: string;
  created_at: string;
  version: Generated<number>;
}

export interface SettingTable {
  key: string;
  value: string;
}

/** An account (migration 0004). `login` is lower-cased; the password is a scrypt hash with its salt. */
export interface UserTable {
  id: string;
  login: string;
  name: string;
  role: string;
  password_hash: string;
  password_salt: string;
  /** 1 = may not log in; its sessions are ended. */
  disabled: number;
  created_at: string;
  updated_at: string;
  version: Generated<number>;
}

/** A region a regional editor may edit, with every region below it. */
export interface UserRegionTable {
  user_id: string;
  region_code: string;
}

/** A logged-in session: the token's SHA-256 (never the token), its CSRF token, its expiry. */
export interface SessionTable {
  token_hash: string;
  user_id: string;
  csrf_token: string;
  created_at: string;
  last_seen_at: string;
  expires_at: string;
}

/** One change: who, when, what, to which record, the record before and after (JSON). */
export interface AuditLogTable {
  /** Counts up in the order changes were recorded. */
  id: Generated<number>;
  at: string;
  actor: string;
  action: string;
  entity: string;
  entity_id: string;
  before_json: string | null;
  after_json: string | null;
  request_id: string | null;
}

/**
 * A computed figure (migration 0006): the JSON a service method returned, under the key of the
 * method and its options, with the fingerprint of the data and code it was computed from.
 */
export interface FigureTable {
  key: string;
  fingerprint: string;
  value: string;
  computed_at: string;
}
