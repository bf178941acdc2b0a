import { sql, type Expression, type SqlBool } from 'kysely';
import type { Store } from '../../storage/store.js';
import { likeEscape } from '../../domain/place-key.js';
import type { PageQuery } from '../sources/page.js';
import type { Practice, PracticePage, PracticeStatus } from '../../http/schemas/practices.js';
import { practiceFacets } from './practice-facets.js';
import { PRACTICE_COLUMNS, practicesWithRegion, practiceViews } from './practice-records.js';

export type { Practice, PracticeStatus };

/** Filters of the good-practice list; all optional. */
export interface PracticeFilter {
  /**
   * Words to find in title, description, resources, evidence or transfer potential, every word
   * in some inflected form (full-text search, stemmed in the practice's language).
   */
  readonly q?: string | undefined;
  /** published (the default: what anonymous readers see), draft, or all. */
  readonly status?: PracticeStatus | 'all' | undefined;
  readonly topic?: number | undefined;
  /** A region code: practices of that region or of any region below it. */
  readonly region?: string | undefined;
  readonly keyArea?: string | undefined;
}

/**
 * Good practices that match every given filter (published ones unless another status is asked
 * for), newest first. The text search is the store's full-text search where it has one, else a
 * case-insensitive substring match on each word.
 */
export async function listPractices(
  store: Store,
  filter: PracticeFilter,
  page: PageQuery,
): Promise<PracticePage> {
  let base = practicesWithRegion(store.db);
  const status = filter.status ?? 'published';
  if (status !== 'all') base = base.where('g.status', '=', status);
  const q = filter.q?.trim() ?? '';
  if (q !== '') {
    if (store.textSearch) {
      const search = store.textSearch;
      base = base.where(() => search.goodPracticeMatches('g.id', q));
    } else {
      for (const word of q.toLowerCase().split(/\s+/).slice(0, 8)) {
        const pattern = `%${likeEscape(word)}%`;
        const like = (column: string): Expression<SqlBool> =>
          sql<SqlBool>`lower(coalesce(${sql.ref(column)}, '')) like ${pattern} escape '\\'`;
        base = base.where((eb) =>
          eb.or([
            like('g.title'),
            like('g.description'),
            like('g.evidence'),
            like('g.transfer_potential'),
            like('g.resources'),
          ]),
        );
      }
    }
  }
  if (filter.topic !== undefined) base = base.where('g.topic', '=', filter.topic);
  if (filter.region) {
    const code = filter.region.toUpperCase();
    base = base.where((eb) =>
      eb.or([eb('g.region_code', '=', code), eb('g.region_code', 'like', `${likeEscape(code)}%`)]),
    );
  }
  if (filter.keyArea) {
    const keyArea = filter.keyArea;
    base = base.where((eb) =>
      eb.exists(
        eb
          .selectFrom('good_practice_key_areas as gk')
          .select('gk.practice_id')
          .whereRef('gk.practice_id', '=', 'g.id')
          .where('gk.key_area_id', '=', keyArea),
      ),
    );
  }

  const [count, rows, facets] = await Promise.all([
    base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
    base
      .select(PRACTICE_COLUMNS)
      .orderBy('g.updated_at', 'desc')
      .orderBy('g.id')
      .limit(page.limit)
      .offset(page.offset)
      .execute(),
    practiceFacets(store),
  ]);
  return {
    items: await practiceViews(store.db, rows),
    total: Number(count.n),
    limit: page.limit,
    offset: page.offset,
    facets,
  };
}
