import type { Store } from '../../storage/store.js';
import { PROGRAMME_PART_KEY_AREAS } from './programme-key-areas.js';
import {
  DEFAULTS,
  keyAreaId,
  PRESS_RELEASE,
  STARTER_CROSSWALK,
  STARTER_DATASETS,
  STARTER_PLATFORMS,
  STARTER_TAXONOMIES,
  TAXONOMY_2004,
  TAXONOMY_2011,
  TWENTE_SPEARHEADS,
  TWENTE_VISIT_AGENDA,
  TWENTE_VISIT_ID,
  twenteVisitDate,
} from './starter-content.js';

export interface StarterSummary {
  readonly inserted: number;
  readonly updated: number;
}

/**
 * Writes the scenario's starter content (key-area taxonomies and crosswalk, Twente's spearheads,
 * the two platforms, the planned Twente visit). Needs the NUTS regions NL and NL213. Idempotent:
 * a second run changes nothing. The visit is written only once: later edits to it are kept.
 */
export async function loadStarterContent(store: Store, now: () => Date): Promise<StarterSummary> {
  return store.transaction(async (tx) => {
    let inserted = 0;
    let updated = 0;
    const add = (c: { inserted: number; updated: number }) => {
      inserted += c.inserted;
      updated += c.updated;
    };
    add(await tx.upsert('datasets', ['id'], [...STARTER_DATASETS]));
    add(
      await tx.upsert(
        'key_area_taxonomies',
        ['id'],
        STARTER_TAXONOMIES.map(({ id, name_nl, name_en, year, source_id }) => ({
          id,
          name_nl,
          name_en,
          year,
          source_id,
        })),
      ),
    );
    add(
      await tx.upsert(
        'key_areas',
        ['id'],
        STARTER_TAXONOMIES.flatMap((t) =>
          t.areas.map((a, i) => ({
            id: keyAreaId(t.id, a.code),
            taxonomy_id: t.id,
            code: a.code,
            name_nl: a.name_nl,
            name_en: a.name_en,
            position: i + 1,
          })),
        ),
      ),
    );
    add(
      await tx.upsert(
        'key_area_crosswalk',
        ['from_key_area_id', 'to_key_area_id'],
        STARTER_CROSSWALK.map(([from, to, weight]) => ({
          from_key_area_id: keyAreaId(TAXONOMY_2004, from),
          to_key_area_id: keyAreaId(TAXONOMY_2011, to),
          weight,
          source_id: DEFAULTS,
        })),
      ),
    );
    add(
      await tx.upsert(
        'programme_key_areas',
        ['source_kind', 'source_code', 'key_area_id'],
        Object.entries(PROGRAMME_PART_KEY_AREAS).flatMap(([taxonomy, parts]) =>
          Object.entries(parts).flatMap(([part, areas]) =>
            areas.map(([code, weight]) => ({
              source_kind: 'programme_part',
              source_code: part,
              key_area_id: keyAreaId(taxonomy, code),
              weight,
              source_id: DEFAULTS,
            })),
          ),
        ),
      ),
    );
    add(await tx.upsert('platforms', ['id'], [...STARTER_PLATFORMS]));
    add(
      await tx.upsert(
        'clusters',
        ['id'],
        TWENTE_SPEARHEADS.map((s) => ({
          id: s.id,
          region_code: 'NL213',
          name_nl: s.name_nl,
          name_en: s.name_en,
          description: null,
          source_id: PRESS_RELEASE,
        })),
      ),
    );
    add(
      await tx.upsert(
        'cluster_key_areas',
        ['cluster_id', 'key_area_id'],
        TWENTE_SPEARHEADS.flatMap((s) =>
          s.keyAreas.map(([taxonomy, code, weight]) => ({
            cluster_id: s.id,
            key_area_id: keyAreaId(taxonomy, code),
            weight,
          })),
        ),
      ),
    );
    // The visit is planned once; after that it belongs to its editors, and a later init leaves it be.
    const planned = await tx.db
      .selectFrom('visits')
      .select('id')
      .where('id', '=', TWENTE_VISIT_ID)
      .executeTakeFirst();
    if (!planned) {
      add(
        await tx.upsert(
          'visits',
          ['id'],
          [
            {
              id: TWENTE_VISIT_ID,
              region_code: 'NL213',
              date: twenteVisitDate(now()),
              venue: 'Universiteit Twente, Enschede',
              hosts: 'Innovatieplatform Twente',
              participants: 'Innovatieplatform',
              status: 'planned',
              dossier_snapshot: null,
              source_id: PRESS_RELEASE,
            },
          ],
        ),
      );
      add(
        await tx.upsert(
          'visit_agenda_items',
          ['visit_id', 'position'],
          TWENTE_VISIT_AGENDA.map((a) => ({ visit_id: TWENTE_VISIT_ID, ...a })),
        ),
      );
    }
    return { inserted, updated };
  });
}
