import type { PracticeFacets } from '../../http/schemas/practices.js';
import type { Store } from '../../storage/store.js';
import {
  practicesMatching,
  practicesOfStatus,
  type PracticeFacetFilter,
  type PracticeFilter,
} from './practice-filter.js';

/**
 * For each topic, region and key area that practices of the filter's status have: how many of
 * them match the search and the other filters. A facet leaves its own filter out, so its counts
 * say what choosing another value would find; a value nothing matches counts 0 and stays listed.
 */
export async function practiceFacets(
  store: Store,
  filter: PracticeFilter,
): Promise<PracticeFacets> {
  const matching = (except: PracticeFacetFilter) =>
    practicesMatching(store, filter, except).select('g.id');
  const all = practicesOfStatus(store, filter);
  const [topics, regions, keyAreas] = await Promise.all([
    all
      .select([
        'g.topic',
        (eb) =>
          eb.fn
            .count<number>(eb.case().when('g.id', 'in', matching('topic')).then(eb.lit(1)).end())
            .as('n'),
      ])
      .groupBy('g.topic')
      .orderBy('g.topic')
      .execute(),
    all
      .select([
        'r.code',
        'r.name_nl',
        'r.name_en',
        (eb) =>
          eb.fn
            .count<number>(eb.case().when('g.id', 'in', matching('region')).then(eb.lit(1)).end())
            .as('n'),
      ])
      .groupBy(['r.code', 'r.name_nl', 'r.name_en'])
      .orderBy('r.code')
      .execute(),
    all
      .innerJoin('good_practice_key_areas as gk', 'gk.practice_id', 'g.id')
      .innerJoin('key_areas as k', 'k.id', 'gk.key_area_id')
      .select([
        'k.id',
        'k.taxonomy_id',
        'k.name_nl',
        'k.name_en',
        'k.position',
        (eb) =>
          eb.fn
            .count<number>(eb.case().when('g.id', 'in', matching('keyArea')).then(eb.lit(1)).end())
            .as('n'),
      ])
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
