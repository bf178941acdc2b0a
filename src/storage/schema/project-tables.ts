import type { Generated } from 'kysely';

// Organisations, projects and who took part in them.

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

export interface ParticipationTable {
  project_id: string;
  actor_id: string;
  role: string;
  contribution_eur: number | null;
  total_cost_eur: number | null;
  import_id: string | null;
}
