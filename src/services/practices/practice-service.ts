import { sql, type Expression, type Kysely, type SqlBool } from 'kysely';
import type { Database } from '../../storage/schema.js';
import type { Store } from '../../storage/store.js';
import { likeEscape } from '../../domain/place-key.js';
import type { Page, PageQuery } from '../sources/page.js';

export const PRACTICE_STATUSES = ['draft', 'published'] as const;
export type PracticeStatus = (typeof PRACTICE_STATUSES)[number];

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

/** A good practice as the list and the detail show it. */
export interface PracticeSummary {
  id: string;
  title: string;
  region: { code: string; name_nl: string; name_en: string };
  topic: number;
  period_start: string | null;
  period_end: string | null;
  description: string;
  resources: string | null;
  evidence: string | null;
  transfer_potential: string | null;
  contact: string | null;
  source_url: string | null;
  language: string;
  status: string;
  created_at: string;
  updated_at: string;
  version: number;
  key_areas: { id: string; name_nl: string; name_en: string }[];
  transfers: {
    id: string;
    region: string;
    name_nl: string;
    name_en: string;
    year: number | null;
    outcome: string | null;
  }[];
}

/** Counts per value of each filter over all published practices, for the filter controls. */
export interface PracticeFacets {
  topics: { topic: number; count: number }[];
  regions: { code: string; name_nl: string; name_en: string; count: number }[];
  key_areas: { id: string; taxonomy_id: string; name_nl: string; name_en: string; count: number }[];
}

export type PracticePage = Page<PracticeSummary> & { facets: PracticeFacets };

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
  let base = store.db
    .selectFrom('good_practices as g')
    .innerJoin('regions as r', 'r.code', 'g.region_code');
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

/** The columns a practice is read with, from `good_practices as g` joined with `regions as r`. */
export const PRACTICE_COLUMNS = [
  'g.id',
  'g.title',
  'g.region_code',
  'r.name_nl as region_name_nl',
  'r.name_en as region_name_en',
  'g.topic',
  'g.period_start',
  'g.period_end',
  'g.description',
  'g.resources',
  'g.evidence',
  'g.transfer_potential',
  'g.contact',
  'g.source_url',
  'g.language',
  'g.status',
  'g.created_at',
  'g.updated_at',
  'g.version',
] as const;

/** A practice row as {@link PRACTICE_COLUMNS} reads it. */
export interface PracticeRow {
  id: string;
  title: string;
  region_code: string;
  region_name_nl: string;
  region_name_en: string;
  topic: number;
  period_start: string | null;
  period_end: string | null;
  description: string;
  resources: string | null;
  evidence: string | null;
  transfer_potential: string | null;
  contact: string | null;
  source_url: string | null;
  language: string;
  status: string;
  created_at: string;
  updated_at: string;
  version: number;
}

/** Practice rows with their key areas and transfers. */
export async function practiceViews(
  db: Kysely<Database>,
  rows: readonly PracticeRow[],
): Promise<PracticeSummary[]> {
  const ids = rows.map((r) => r.id);
  const [keyAreas, transfers] = ids.length
    ? await Promise.all([
        db
          .selectFrom('good_practice_key_areas as gk')
          .innerJoin('key_areas as k', 'k.id', 'gk.key_area_id')
          .select(['gk.practice_id', 'k.id', 'k.name_nl', 'k.name_en'])
          .where('gk.practice_id', 'in', ids)
          .orderBy('k.taxonomy_id', 'desc')
          .orderBy('k.position')
          .execute(),
        db
          .selectFrom('practice_transfers as t')
          .innerJoin('regions as r', 'r.code', 't.to_region_code')
          .select([
            't.id',
            't.practice_id',
            'r.code',
            'r.name_nl',
            'r.name_en',
            't.year',
            't.outcome',
          ])
          .where('t.practice_id', 'in', ids)
          .orderBy('t.year')
          .orderBy('t.id')
          .execute(),
      ])
    : [[], []];
  return rows.map((r) => ({
    id: r.id,
    title: r.title,
    region: { code: r.region_code, name_nl: r.region_name_nl, name_en: r.region_name_en },
    topic: Number(r.topic),
    period_start: r.period_start,
    period_end: r.period_end,
    description: r.description,
    resources: r.resources,
    evidence: r.evidence,
    transfer_potential: r.transfer_potential,
    contact: r.contact,
    source_url: r.source_url,
    language: r.language,
    status: r.status,
    created_at: r.created_at,
    updated_at: r.updated_at,
    version: Number(r.version),
    key_areas: keyAreas
      .filter((k) => k.practice_id === r.id)
      .map(({ id, name_nl, name_en }) => ({ id, name_nl, name_en })),
    transfers: transfers
      .filter((t) => t.practice_id === r.id)
      .map((t) => ({
        id: t.id,
        region: t.code,
        name_nl: t.name_nl,
        name_en: t.name_en,
        year: t.year === null ? null : Number(t.year),
        outcome: t.outcome,
      })),
  }));
}

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
    store.db
      .selectFrom('good_practices as g')
      .innerJoin('regions as r', 'r.code', 'g.region_code')
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
