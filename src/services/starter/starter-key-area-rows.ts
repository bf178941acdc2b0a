import { LEGAL_BASIS_KEY_AREAS, TOPIC_KEY_AREAS } from '../../domain/legal-basis-key-areas.js';
import { PROGRAMME_PART_KEY_AREAS } from './programme-key-areas.js';
import { DEFAULTS, keyAreaId, STARTER_TAXONOMIES } from './starter-content.js';

/* The key-area rows the starter content stores, from the tables it keeps them in. */

/** The starter taxonomies' key areas as stored, numbered from 1 within their taxonomy. */
export const STARTER_KEY_AREAS = STARTER_TAXONOMIES.flatMap((t) =>
  t.areas.map((a, i) => ({
    id: keyAreaId(t.id, a.code),
    taxonomy_id: t.id,
    code: a.code,
    name_nl: a.name_nl,
    name_en: a.name_en,
    position: i + 1,
  })),
);

/** The default classification of projects into key areas: by programme part, programme code and topic. */
export const STARTER_PROGRAMME_KEY_AREAS = (
  [
    ['programme_part', PROGRAMME_PART_KEY_AREAS],
    ['programme_code', LEGAL_BASIS_KEY_AREAS],
    ['topic', TOPIC_KEY_AREAS],
  ] as const
).flatMap(([kind, table]) =>
  Object.entries(table).flatMap(([taxonomy, sources]) =>
    Object.entries(sources).flatMap(([source, areas]) =>
      areas.map(([code, weight]) => ({
        source_kind: kind,
        source_code: source,
        key_area_id: keyAreaId(taxonomy, code),
        weight,
        source_id: DEFAULTS,
      })),
    ),
  ),
);
