import type { HelixRole } from '../../core/helix-role.js';
import type { KeyAreaTable } from '../../storage/schema/key-area-tables.js';
import { selectColumns } from '../../storage/select-columns.js';
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

/**
 * The participations column by column: the i-th participation is `project_id[i]`,
 * `actor_id[i]`, `contribution_eur[i]`. No object per participation: there are hundreds of
 * thousands, read on every cold start, and every figure scans them by position.
 */
export interface ParticipationColumns {
  readonly length: number;
  readonly project_id: readonly string[];
  readonly actor_id: readonly string[];
  readonly contribution_eur: readonly (number | null)[];
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
  readonly participations: ParticipationColumns;
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

const ACTOR_COLUMNS = [
  'id',
  'name',
  'helix_role',
  'is_sme',
  'region_code',
  'country_code',
] as const;
const PROJECT_COLUMNS = [
  'id',
  'programme',
  'funding_source',
  'total_cost_eur',
  'ec_max_contribution_eur',
  'start_date',
  'topic_code',
] as const;

/**
 * Reads the analytics inputs from the store; the regions too, unless the caller has read them
 * under the same fingerprint (`regions`). The large tables come as arrays of values (see
 * {@link selectColumns}), each row then made into its object here.
 */
export async function loadAnalyticsData(
  store: Store,
  regions?: ReadonlyMap<string, RegionInfo>,
): Promise<AnalyticsData> {
  const db = store.db;
  const [
    regionMap,
    actors,
    projects,
    parts,
    legalBases,
    participations,
    programmeRules,
    manual,
    keyAreas,
  ] = await Promise.all([
    regions ??
      db
        .selectFrom('regions')
        .select(['code', 'kind', 'level', 'name_nl', 'name_en', 'country_code', 'parent_code'])
        .execute()
        .then((rows) => new Map(rows.map((r) => [r.code, r]))),
    selectColumns(store, db.selectFrom('actors').select(ACTOR_COLUMNS), ACTOR_COLUMNS),
    selectColumns(store, db.selectFrom('projects').select(PROJECT_COLUMNS), PROJECT_COLUMNS),
    selectColumns(
      store,
      db.selectFrom('project_programme_parts').select(['project_id', 'programme_part']),
      ['project_id', 'programme_part'],
    ),
    db.selectFrom('project_legal_bases').select(['project_id', 'legal_basis_code']).execute(),
    selectColumns(
      store,
      db.selectFrom('participations').select(['project_id', 'actor_id', 'contribution_eur']),
      ['project_id', 'actor_id', 'contribution_eur'],
    ),
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
  const projectMap = new Map<string, ProjectInfo>();
  for (let i = 0; i < projects.length; i++) {
    const id = projects.id[i] as string;
    projectMap.set(id, {
      id,
      programme: projects.programme[i] as string,
      funding_source: projects.funding_source[i] as string,
      total_cost_eur: projects.total_cost_eur[i] as number | null,
      ec_max_contribution_eur: projects.ec_max_contribution_eur[i] as number | null,
      start_date: projects.start_date[i] as string | null,
      topic_code: projects.topic_code[i] as string | null,
      parts: [],
      legal_bases: [],
    });
  }
  for (let i = 0; i < parts.length; i++)
    projectMap.get(parts.project_id[i] as string)?.parts.push(parts.programme_part[i] as string);
  for (const code of legalBases)
    projectMap.get(code.project_id)?.legal_bases.push(code.legal_basis_code);
  const actorMap = new Map<string, ActorInfo>();
  for (let i = 0; i < actors.length; i++) {
    const id = actors.id[i] as string;
    actorMap.set(id, {
      id,
      name: actors.name[i] as string,
      helix_role: actors.helix_role[i] as HelixRole,
      is_sme: actors.is_sme[i] as number | null,
      region_code: actors.region_code[i] as string | null,
      country_code: actors.country_code[i] as string | null,
    });
  }
  return {
    regions: regionMap,
    actors: actorMap,
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
