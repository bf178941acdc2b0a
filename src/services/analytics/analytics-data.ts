import type { HelixRole } from '../../core/helix-role.js';
import type { KeyAreaTable } from '../../storage/schema/key-area-tables.js';
import type { Store } from '../../storage/store.js';

export interface RegionInfo {
  readonly code: string;
  readonly kind: string;
  readonly level: number;
  readonly name_nl: string;
  readonly name_en: string;
  readonly country_code: string;
  readonly parent_code: string | null;
}

export interface ActorInfo {
  readonly id: string;
  readonly name: string;
  readonly helix_role: HelixRole;
  readonly is_sme: number | null;
  /** Most precise region known: NUTS3 for placed Dutch organisations, else the country. */
  readonly region_code: string | null;
  readonly country_code: string | null;
}

export interface ParticipationInfo {
  readonly project_id: string;
  readonly actor_id: string;
  readonly contribution_eur: number | null;
}

export interface ProjectInfo {
  readonly id: string;
  readonly programme: string;
  readonly funding_source: string;
  readonly total_cost_eur: number | null;
  readonly ec_max_contribution_eur: number | null;
  /** ISO date the project started, as CORDIS gives it. */
  readonly start_date: string | null;
  readonly parts: string[];
  /** Legal-basis codes from CORDIS's project file; empty when that file is not loaded. */
  readonly legal_bases: string[];
  /** The call topic from CORDIS's project file, when loaded. */
  readonly topic_code: string | null;
}

/** Everything the topic 1-3 figures are computed from, read once per provenance. */
export interface AnalyticsData {
  readonly regions: ReadonlyMap<string, RegionInfo>;
  readonly actors: ReadonlyMap<string, ActorInfo>;
  readonly projects: ReadonlyMap<string, ProjectInfo>;
  readonly participations: readonly ParticipationInfo[];
  /** programme part or code -> key-area weights. */
  readonly programmeRules: readonly {
    source_kind: string;
    source_code: string;
    key_area_id: string;
    weight: number;
  }[];
  /** Key areas set by hand per project; they replace the derived classification of that project. */
  readonly manualProjectKeyAreas: readonly {
    project_id: string;
    key_area_id: string;
    weight: number;
  }[];
  readonly keyAreas: readonly KeyAreaTable[];
}

/** Reads the analytics inputs from the store. */
export async function loadAnalyticsData(store: Store): Promise<AnalyticsData> {
  const db = store.db;
  const [
    regions,
    actors,
    projects,
    parts,
    legalBases,
    participations,
    programmeRules,
    manual,
    keyAreas,
  ] = await Promise.all([
    db
      .selectFrom('regions')
      .select(['code', 'kind', 'level', 'name_nl', 'name_en', 'country_code', 'parent_code'])
      .execute(),
    db
      .selectFrom('actors')
      .select(['id', 'name', 'helix_role', 'is_sme', 'region_code', 'country_code'])
      .execute(),
    db
      .selectFrom('projects')
      .select([
        'id',
        'programme',
        'funding_source',
        'total_cost_eur',
        'ec_max_contribution_eur',
        'start_date',
        'topic_code',
      ])
      .execute(),
    db.selectFrom('project_programme_parts').select(['project_id', 'programme_part']).execute(),
    db.selectFrom('project_legal_bases').select(['project_id', 'legal_basis_code']).execute(),
    db
      .selectFrom('participations')
      .select(['project_id', 'actor_id', 'contribution_eur'])
      .execute(),
    db
      .selectFrom('programme_key_areas')
      .select(['source_kind', 'source_code', 'key_area_id', 'weight'])
      .execute(),
    db
      .selectFrom('project_key_areas')
      .select(['project_id', 'key_area_id', 'weight'])
      .where('method', '=', 'manual')
      .execute(),
    db
      .selectFrom('key_areas')
      .select(['id', 'taxonomy_id', 'code', 'name_nl', 'name_en', 'position'])
      .orderBy('taxonomy_id')
      .orderBy('position')
      .execute(),
  ]);
  const projectMap = new Map<string, ProjectInfo>(
    projects.map((p) => [p.id, { ...p, parts: [], legal_bases: [] }]),
  );
  for (const part of parts) projectMap.get(part.project_id)?.parts.push(part.programme_part);
  for (const code of legalBases)
    projectMap.get(code.project_id)?.legal_bases.push(code.legal_basis_code);
  return {
    regions: new Map(regions.map((r) => [r.code, r])),
    actors: new Map(actors.map((a) => [a.id, { ...a, helix_role: a.helix_role as HelixRole }])),
    projects: projectMap,
    participations,
    programmeRules,
    manualProjectKeyAreas: manual,
    keyAreas,
  };
}

/**
 * True when an actor located in `actorRegion` lies in `region`: NUTS codes nest by prefix
 * (NL213 lies in NL21, NL2 and NL), and a country code contains every region of that country.
 */
export function regionContains(region: string, actorRegion: string | null): boolean {
  return actorRegion !== null && actorRegion.startsWith(region);
}
