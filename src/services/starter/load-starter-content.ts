import type { Store, StoreTx, UpsertCount } from '../../storage/store.js';
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
  TWENTE_SPEARHEAD_KEY_AREAS,
  TWENTE_SPEARHEADS,
  TWENTE_VISIT_AGENDA,
  TWENTE_VISIT_ID,
  twenteVisitDate,
} from './starter-content.js';
import { STARTER_KEY_AREAS, STARTER_PROGRAMME_KEY_AREAS } from './starter-key-area-rows.js';
import { STARTER_PRACTICES } from './starter-practices.js';
import { addStarterSme } from './load-starter-sme.js';
import { firstPublished, loadedRegions, presentIds, sumCounts } from './starter-written-once.js';

/** What the starter content added and changed. */
export type StarterSummary = Readonly<UpsertCount>;

/**
 * Writes the scenario's starter content (key-area taxonomies and crosswalk, Twente's spearheads,
 * the two platforms, the planned Twente visit, good practices documented in public sources).
 * Needs the NUTS regions NL and NL213 (a practice waits until its region is loaded). Idempotent: a second run changes nothing.
 * The visit, the practices and the SME contact points and funds are written only once: later
 * edits to them are kept.
 */
export async function loadStarterContent(
  store: Store,
  now: () => Date,
  options: { readonly practices?: boolean } = {},
): Promise<StarterSummary> {
  return store.transaction(async (tx) => {
    let inserted = 0;
    let updated = 0;
    const add = (c: UpsertCount) => {
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
    add(await tx.upsert('key_areas', ['id'], STARTER_KEY_AREAS));
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
        STARTER_PROGRAMME_KEY_AREAS,
      ),
    );
    add(await tx.upsert('platforms', ['id'], [...STARTER_PLATFORMS]));
    // Twente's spearheads, like the visit, are written once; after that they belong to their
    // editors (PATCH /api/spearheads/:id), and a later init leaves edits and removals be.
    const spearheads = TWENTE_SPEARHEADS.map(([id]) => id);
    if ((await presentIds(tx, 'clusters', spearheads)).size === 0) {
      add(
        await tx.upsert(
          'clusters',
          ['id'],
          TWENTE_SPEARHEADS.map(([id, name_nl, name_en]) => ({
            id,
            region_code: 'NL213',
            name_nl,
            name_en,
            description: null,
            source_id: PRESS_RELEASE,
          })),
        ),
      );
      add(
        await tx.upsert(
          'cluster_key_areas',
          ['cluster_id', 'key_area_id'],
          TWENTE_SPEARHEAD_KEY_AREAS.map(([cluster_id, taxonomy, code, weight]) => ({
            cluster_id,
            key_area_id: keyAreaId(taxonomy, code),
            weight,
          })),
        ),
      );
    }
    // The visit is planned once; after that it belongs to its editors, and a later init leaves it be.
    if ((await presentIds(tx, 'visits', [TWENTE_VISIT_ID])).size === 0) {
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
    if (options.practices !== false) {
      add(await addStarterPractices(tx, now));
      add(await addStarterSme(tx, now));
    }
    return { inserted, updated };
  });
}

/**
 * The good practices documented in public sources, published. Each is written once, like the visit:
 * after that it belongs to its editors.
 */
async function addStarterPractices(tx: StoreTx, now: () => Date): Promise<UpsertCount> {
  const present = await presentIds(
    tx,
    'good_practices',
    STARTER_PRACTICES.map((p) => p.id),
  );
  // A practice whose region is not loaded (a database with only some regions) waits for a later init.
  const regions = await loadedRegions(
    tx,
    STARTER_PRACTICES.map((p) => p.region_code),
  );
  const missing = STARTER_PRACTICES.filter((p) => !present.has(p.id) && regions.has(p.region_code));
  if (missing.length === 0) return { inserted: 0, updated: 0 };
  const at = now().toISOString();
  const practices = await tx.upsert(
    'good_practices',
    ['id'],
    missing.map(({ keyAreas: _keyAreas, ...practice }) => ({
      ...practice,
      period_end: null,
      language: 'nl',
      ...firstPublished(at),
    })),
  );
  const keyAreas = await tx.upsert(
    'good_practice_key_areas',
    ['practice_id', 'key_area_id'],
    missing.flatMap((p) =>
      p.keyAreas.map(([taxonomy, code]) => ({
        practice_id: p.id,
        key_area_id: keyAreaId(taxonomy, code),
      })),
    ),
  );
  return sumCounts([practices, keyAreas]);
}
