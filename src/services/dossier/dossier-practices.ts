import type { Store } from '../../storage/store.js';
import { PRACTICE_NAMING, practicesWithRegion, transferTo } from '../practices/practice-records.js';
import type { DossierPracticeInput } from './dossier-inputs.js';

/**
 * Every published good practice with its key areas in `taxonomy` (key areas of another taxonomy
 * are mapped through the crosswalk) and its transfers.
 */
export async function readDossierPractices(
  store: Store,
  taxonomy: string,
): Promise<{ items: DossierPracticeInput[] }> {
  const rows = await practicesWithRegion(store.db)
    .select([
      ...PRACTICE_NAMING,
      'g.topic',
      'g.description',
      'g.evidence',
      'g.transfer_potential',
      'g.resources',
      'g.contact',
      'g.source_url',
      'g.language',
    ])
    .where('g.status', '=', 'published')
    .orderBy('g.id')
    .execute();
  if (rows.length === 0) return { items: [] };
  const ids = rows.map((r) => r.id);
  const [areas, crosswalk, transfers] = await Promise.all([
    store.db
      .selectFrom('good_practice_key_areas as gk')
      .innerJoin('key_areas as k', 'k.id', 'gk.key_area_id')
      .select(['gk.practice_id', 'k.id', 'k.taxonomy_id'])
      .where('gk.practice_id', 'in', ids)
      .execute(),
    store.db
      .selectFrom('key_area_crosswalk as x')
      .innerJoin('key_areas as k', 'k.id', 'x.to_key_area_id')
      .select(['x.from_key_area_id', 'x.to_key_area_id'])
      .where('k.taxonomy_id', '=', taxonomy)
      .execute(),
    store.db
      .selectFrom('practice_transfers as t')
      .innerJoin('regions as r', 'r.code', 't.to_region_code')
      .select(['t.practice_id', 'r.code', 'r.name_nl', 'r.name_en', 't.year', 't.outcome'])
      .where('t.practice_id', 'in', ids)
      .orderBy('t.year')
      .orderBy('r.code')
      .execute(),
  ]);
  return {
    items: rows.map((r) => {
      const mine = areas.filter((a) => a.practice_id === r.id);
      const keyAreas = new Set<string>();
      for (const a of mine) {
        if (a.taxonomy_id === taxonomy) keyAreas.add(a.id);
        else
          for (const x of crosswalk)
            if (x.from_key_area_id === a.id) keyAreas.add(x.to_key_area_id);
      }
      return {
        ...r,
        topic: Number(r.topic),
        key_areas: [...keyAreas].sort(),
        transfers: transfers.filter((t) => t.practice_id === r.id).map(transferTo),
      };
    }),
  };
}
