// Key-area classifications, their crosswalk and the key areas of actors.

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

/** The editable mapping from programme parts, programme codes or topics to key areas. */
export interface ProgrammeKeyAreaTable {
  source_kind: string;
  source_code: string;
  key_area_id: string;
  weight: number;
  source_id: string | null;
}
