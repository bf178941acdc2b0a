import type { Store } from '../../storage/store.js';
import type { PageQuery } from '../sources/page.js';
import type { Practice, PracticePage, PracticeStatus } from '../../http/schemas/practices.js';
import { practiceFacets } from './practice-facets.js';
import { practicesMatching, type PracticeFilter } from './practice-filter.js';
import { PRACTICE_COLUMNS, practiceViews } from './practice-records.js';

export type { Practice, PracticeFilter, PracticeStatus };

/**
 * Good practices that match every given filter (published ones unless another status is asked
 * for), newest first, with the facets: per topic, region and key area, how many practices match
 * the search and the other filters.
 */
export async function listPractices(
  store: Store,
  filter: PracticeFilter,
  page: PageQuery,
): Promise<PracticePage> {
  const base = practicesMatching(store, filter);
  const [count, rows, facets] = await Promise.all([
    base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
    base
      .select(PRACTICE_COLUMNS)
      .orderBy('g.updated_at', 'desc')
      .orderBy('g.id')
      .limit(page.limit)
      .offset(page.offset)
      .execute(),
    practiceFacets(store, filter),
  ]);
  return {
    items: await practiceViews(store.db, rows),
    total: Number(count.n),
    limit: page.limit,
    offset: page.offset,
    facets,
  };
}
