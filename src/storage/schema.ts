import type { DatasetTable, ImportTable } from './schema/provenance-tables.js';
import type {
  RegionTable,
  RegionGeometryTable,
  MunicipalityTable,
  PlaceTable,
  PlaceAliasTable,
  PostcodeTable,
} from './schema/geography-tables.js';
import type {
  KeyAreaTaxonomyTable,
  KeyAreaTable,
  KeyAreaCrosswalkTable,
  ActorKeyAreaTable,
  ProgrammeKeyAreaTable,
} from './schema/key-area-tables.js';
import type {
  ActorTable,
  ProjectTable,
  ProjectLegalBasisTable,
  ProjectProgrammePartTable,
  ProjectKeyAreaTable,
  ParticipationTable,
} from './schema/project-tables.js';
import type {
  PlatformTable,
  ClusterTable,
  ClusterMemberTable,
  ClusterKeyAreaTable,
  FundTable,
  FundRegionTable,
  ContactPointTable,
  ContactPointMunicipalityTable,
  ContactPointRegionTable,
} from './schema/regional-content-tables.js';
import type {
  IndicatorTable,
  IndicatorValueTable,
  IndicatorSummaryTable,
  FigureTable,
} from './schema/indicator-tables.js';
import type {
  VisitTable,
  VisitAgendaItemTable,
  VisitFindingTable,
  CommitmentTable,
  GoodPracticeTable,
  GoodPracticeKeyAreaTable,
  PracticeTransferTable,
} from './schema/visit-tables.js';
import type {
  SettingTable,
  UserTable,
  UserRegionTable,
  SessionTable,
  AuditLogTable,
} from './schema/account-tables.js';

export type * from './schema/provenance-tables.js';
export type * from './schema/geography-tables.js';
export type * from './schema/key-area-tables.js';
export type * from './schema/project-tables.js';
export type * from './schema/regional-content-tables.js';
export type * from './schema/indicator-tables.js';
export type * from './schema/visit-tables.js';
export type * from './schema/account-tables.js';

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
