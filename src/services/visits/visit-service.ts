import type { Kysely } from 'kysely';
import type { Database } from '../../storage/schema.js';
import type { Store } from '../../storage/store.js';
import { likeEscape } from '../../domain/place-key.js';
import type { Page, PageQuery } from '../sources/page.js';
import type { VisitStatus, VisitSummary } from '../../http/schemas/visits.js';

export type { VisitSummary };

export interface VisitFilter {
  readonly status?: string | undefined;
  /** Only visits on or after this ISO date. */
  readonly from?: string | undefined;
  /** Only visits to this region or a region below it (NUTS codes nest by prefix). */
  readonly region?: string | undefined;
}

/** Visits ordered by date (earliest first), with their agenda items in order. */
export async function listVisits(
  store: Store,
  filter: VisitFilter,
  page: PageQuery,
): Promise<Page<VisitSummary>> {
  let base = visitsWithRegion(store.db);
  if (filter.status) base = base.where('v.status', '=', filter.status);
  if (filter.from) base = base.where('v.date', '>=', filter.from);
  if (filter.region) {
    const code = filter.region.toUpperCase();
    base = base.where('v.region_code', 'like', `${likeEscape(code)}%`);
  }
  const [count, visits] = await Promise.all([
    base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
    base
      .select(VISIT_COLUMNS)
      .orderBy('v.date')
      .orderBy('v.id')
      .limit(page.limit)
      .offset(page.offset)
      .execute(),
  ]);
  return {
    items: await withAgenda(store.db, visits),
    total: Number(count.n),
    limit: page.limit,
    offset: page.offset,
  };
}

/** The columns a visit is read with, from {@link visitsWithRegion}: a {@link VisitRow}. */
export const VISIT_COLUMNS = [
  'v.id',
  'v.region_code',
  'r.name_nl',
  'r.name_en',
  'v.date',
  'v.venue',
  'v.hosts',
  'v.participants',
  'v.status',
  'v.source_id',
] as const;

/** Visits (`v`) joined with their regions (`r`), for the names. */
export function visitsWithRegion(db: Kysely<Database>) {
  return db.selectFrom('visits as v').innerJoin('regions as r', 'r.code', 'v.region_code');
}

/** A visit row joined with its region's names, as the readers select it. */
export interface VisitRow {
  id: string;
  region_code: string;
  name_nl: string;
  name_en: string;
  date: string;
  venue: string | null;
  hosts: string | null;
  participants: string | null;
  status: string;
  source_id: string | null;
}

/** Visit rows as summaries, each with its agenda items in order. */
export async function withAgenda(
  db: Kysely<Database>,
  visits: readonly VisitRow[],
): Promise<VisitSummary[]> {
  const ids = visits.map((v) => v.id);
  const agenda = ids.length
    ? await db
        .selectFrom('visit_agenda_items')
        .select(['visit_id', 'position', 'topic', 'title'])
        .where('visit_id', 'in', ids)
        .orderBy('position')
        .execute()
    : [];
  return visits.map((v) => ({
    id: v.id,
    region: { code: v.region_code, name_nl: v.name_nl, name_en: v.name_en },
    date: v.date,
    venue: v.venue,
    hosts: v.hosts,
    participants: v.participants,
    // The table's check constraint keeps the status to the three the contract names.
    status: v.status as VisitStatus,
    agenda: agenda
      .filter((a) => a.visit_id === v.id)
      .map((a) => ({
        position: Number(a.position),
        topic: a.topic === null ? null : Number(a.topic),
        title: a.title,
      })),
    source_id: v.source_id,
  }));
}
