import type { PracticeFacets } from '../../http/schemas/practices.js';
import type { Store } from '../../storage/store.js';
import { practicesWithRegion } from './practice-records.js';

/** How many published practices each topic, region and key area has. */
export async function practiceFacets(store: Store): Promise<PracticeFacets> {
  const [topics, regions, keyAreas] = await Promise.all([
    store.db
      .selectFrom('good_practices')
      .select(['topic', (eb) => eb.fn.countAll<number>().as('n')])
      .where('status', '=', 'published')
      .groupBy('topic')
      .orderBy('topic')
      .execute(),
    practicesWithRegion(store.db)
      .select(['r.code', 'r.name_nl', 'r.name_en', (eb) => eb.fn.countAll<number>().as('n')])
      .where('g.status', '=', 'published')
      .groupBy(['r.code', 'r.name_nl', 'r.name_en'])
      .orderBy('r.code')
      .execute(),
    store.db
      .selectFrom('good_practice_key_areas as gk')
      .innerJoin('good_practices as g', 'g.id', 'gk.practice_id')
      .innerJoin('key_areas as k', 'k.id', 'gk.key_area_id')
      .select([
        'k.id',
        'k.taxonomy_id',
        'k.name_nl',
        'k.name_en',
        'k.position',
        (eb) => eb.fn.countAll<number>().as('n'),
      ])
      .where('g.status', '=', 'published')
      .groupBy(['k.id', 'k.taxonomy_id', 'k.name_nl', 'k.name_en', 'k.position'])
      .orderBy('k.taxonomy_id', 'desc')
      .orderBy('k.position')
      .execute(),
  ]);
  return {
    topics: topics.map((t) => ({ topic: Number(t.topic), count: Number(t.n) })),
    regions: regions.map((r) => ({
      code: r.code,
      name_nl: r.name_nl,
      name_en: r.name_en,
      count: Number(r.n),
    })),
    key_areas: keyAreas.map((k) => ({
      id: k.id,
      taxonomy_id: k.taxonomy_id,
      name_nl: k.name_nl,
      name_en: k.name_en,
      count: Number(k.n),
    })),
  };
}
