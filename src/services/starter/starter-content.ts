/**
 * The scenario's own facts, entered as starter content. Each item names its source: the press
 * release on the national innovation platform's regional programme, or Regiokracht's documented
 * default mappings (editable). Nothing here is a measured figure.
 */
import { TAXONOMY_2004, TAXONOMY_2011 } from '../../domain/taxonomy-ids.js';
import keyAreaData from './starter-key-areas.json' with { type: 'json' };

export const PRESS_RELEASE = 'press-release-regional-programme';
export const DEFAULTS = 'regiokracht-default-mappings';

export const STARTER_DATASETS = [
  {
    id: PRESS_RELEASE,
    title:
      'Persbericht Innovatieplatform: regionale bezoeken, eerste bezoek aan Twente (Innovatieplatform Twente, Universiteit Twente, 8 februari)',
    publisher: 'Innovatieplatform',
    licence: null,
    url: null,
    retrieved_at: null,
  },
  {
    id: DEFAULTS,
    title:
      'Regiokracht default mappings between key-area taxonomies and from spearheads to key areas (editable)',
    publisher: 'Regiokracht',
    licence: 'CC BY 4.0',
    url: null,
    retrieved_at: null,
  },
] as const;

export interface StarterKeyArea {
  readonly code: string;
  readonly name_nl: string;
  readonly name_en: string;
}

export { TAXONOMY_2004, TAXONOMY_2011 } from '../../domain/taxonomy-ids.js';

/** The key areas of each starter taxonomy, in their order, kept as data in starter-key-areas.json. */
const STARTER_KEY_AREA_NAMES: Readonly<
  Record<typeof TAXONOMY_2004 | typeof TAXONOMY_2011, readonly StarterKeyArea[]>
> = keyAreaData.areas;

export const STARTER_TAXONOMIES = [
  {
    id: TAXONOMY_2004,
    name_nl: 'Sleutelgebieden (2004)',
    name_en: 'Key areas (2004)',
    year: 2004,
    source_id: PRESS_RELEASE,
    areas: STARTER_KEY_AREA_NAMES[TAXONOMY_2004],
  },
  {
    id: TAXONOMY_2011,
    name_nl: 'Topsectoren (2011)',
    name_en: 'Top sectors (2011)',
    year: 2011,
    source_id: PRESS_RELEASE,
    areas: STARTER_KEY_AREA_NAMES[TAXONOMY_2011],
  },
] as const;

/** Key-area id as stored: `<taxonomy>/<code>`. */
export function keyAreaId(taxonomy: string, code: string): string {
  return `${taxonomy}/${code}`;
}

/**
 * 2004 key areas -> 2011 top sectors. Flowers & food split evenly over agri-food and horticulture;
 * ICT, a cross-cutting theme in 2011, goes to high-tech systems & materials. Editable.
 */
export const STARTER_CROSSWALK: readonly (readonly [string, string, number])[] = [
  ['water', 'water', 1],
  ['flowers-food', 'agri-food', 0.5],
  ['flowers-food', 'horticulture', 0.5],
  ['htsm', 'htsm', 1],
  ['creative', 'creative', 1],
  ['ict', 'htsm', 1],
  ['chemistry', 'chemistry', 1],
];

/** Twente's five spearheads, as the press release names them: [id, Dutch name, English name]. */
export const TWENTE_SPEARHEADS: readonly (readonly [string, string, string])[] = [
  ['NL213-smart-systems-materials', 'Slimme systemen en materialen', 'Smart systems & materials'],
  ['NL213-technology-health', 'Technologie en gezondheid', 'Technology & health'],
  ['NL213-food', 'Voeding', 'Food'],
  ['NL213-construction', 'Bouw', 'Construction'],
  ['NL213-technology-safety', 'Technologie en veiligheid', 'Technology & safety'],
];

/** Per spearhead, taxonomy and key area the weight, as starter-key-areas.json keeps them. */
const SPEARHEAD_KEY_AREA_WEIGHTS: Readonly<
  Record<string, Readonly<Record<string, Readonly<Record<string, number>>>>>
> = keyAreaData.spearheadKeyAreas;

/**
 * The spearheads' key areas as [spearhead id, taxonomy, key-area code, weight]; a spearhead's
 * weights per taxonomy sum to 1. Regiokracht defaults.
 */
export const TWENTE_SPEARHEAD_KEY_AREAS: readonly (readonly [string, string, string, number])[] =
  Object.entries(SPEARHEAD_KEY_AREA_WEIGHTS).flatMap(([spearhead, taxonomies]) =>
    Object.entries(taxonomies).flatMap(([taxonomy, areas]) =>
      Object.entries(areas).map(([code, weight]) => [spearhead, taxonomy, code, weight] as const),
    ),
  );

export const STARTER_PLATFORMS = [
  {
    id: 'innovatieplatform',
    name: 'Innovatieplatform',
    scope: 'national',
    region_code: 'NL',
    url: null,
    source_id: PRESS_RELEASE,
  },
  {
    id: 'innovatieplatform-twente',
    name: 'Innovatieplatform Twente',
    scope: 'regional',
    region_code: 'NL213',
    url: null,
    source_id: PRESS_RELEASE,
  },
] as const;

export const TWENTE_VISIT_ID = 'visit-twente';

/** The first visit: Twente, at the University of Twente, on 8 February of the coming year. */
export function twenteVisitDate(today: Date): string {
  const year =
    today.getUTCMonth() === 0 || (today.getUTCMonth() === 1 && today.getUTCDate() <= 8)
      ? today.getUTCFullYear()
      : today.getUTCFullYear() + 1;
  return `${year}-02-08`;
}

export const TWENTE_VISIT_AGENDA = [
  { position: 1, topic: 1, title: 'Het regionale innovatiesysteem' },
  { position: 2, topic: 2, title: 'Bijdrage aan de nationale sleutelgebieden' },
  { position: 3, topic: 3, title: 'Regionale innovatiekracht' },
] as const;
