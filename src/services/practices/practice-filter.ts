import { sql, type Expression, type SqlBool } from 'kysely';
import type { Store } from '../../storage/store.js';
import { likeEscape } from '../../domain/place-key.js';
import type { PracticeStatus } from '../../http/schemas/practices.js';
import { practicesWithRegion } from './practice-records.js';

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

/** A filter that has a facet: its counts leave the filter itself out, so they show the choices. */
export type PracticeFacetFilter = 'topic' | 'region' | 'keyArea';

/**
 * Practices (`g`, with their regions `r`) of the filter's status: published unless another
 * status is asked for.
 */
export function practicesOfStatus(store: Store, filter: PracticeFilter) {
  const status = filter.status ?? 'published';
  const base = practicesWithRegion(store.db);
  return status === 'all' ? base : base.where('g.status', '=', status);
}

/**
 * Practices (`g`, with their regions `r`) that match every given filter but `except`. The text
 * search is the store's full-text search where it has one, else a case-insensitive substring
 * match on each word.
 */
export function practicesMatching(
  store: Store,
  filter: PracticeFilter,
  except?: PracticeFacetFilter,
) {
  let base = practicesOfStatus(store, filter);
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
  if (filter.topic !== undefined && except !== 'topic')
    base = base.where('g.topic', '=', filter.topic);
  if (filter.region && except !== 'region') {
    const code = filter.region.toUpperCase();
    base = base.where((eb) =>
      eb.or([eb('g.region_code', '=', code), eb('g.region_code', 'like', `${likeEscape(code)}%`)]),
    );
  }
  if (filter.keyArea && except !== 'keyArea') {
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
  return base;
}
