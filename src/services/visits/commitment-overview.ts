import type { PageQuery } from '../sources/page.js';
import { amsterdamDate } from './amsterdam-date.js';
import { likeEscape } from '../../domain/place-key.js';
import type { VisitDeps } from './visit-deps.js';
import { commitmentView } from './visit-records.js';
import type { CommitmentOverview, CommitmentOverviewItem } from '../../http/schemas/visits.js';

import { COMMITMENT_FILTERS } from '../../domain/visit-statuses.js';

export { COMMITMENT_FILTERS };
export type CommitmentFilter = (typeof COMMITMENT_FILTERS)[number];

export type { CommitmentOverview, CommitmentOverviewItem };

/**
 * The follow-up overview: commitments of every visit with the given status (default open;
 * `overdue` = open with a due date before today), earliest due date first, those without a due
 * date last. `region` keeps visits to that region or below it.
 */
export async function commitmentOverview(
  deps: VisitDeps,
  filter: { readonly status?: CommitmentFilter | undefined; readonly region?: string | undefined },
  page: PageQuery,
): Promise<CommitmentOverview> {
  const today = amsterdamDate(deps.now());
  const status = filter.status ?? 'open';
  let base = deps.store.db
    .selectFrom('commitments as c')
    .innerJoin('visits as v', 'v.id', 'c.visit_id')
    .innerJoin('regions as r', 'r.code', 'v.region_code');
  if (filter.region)
    base = base.where('v.region_code', 'like', `${likeEscape(filter.region.toUpperCase())}%`);
  const all = base;
  if (status === 'overdue')
    base = base
      .where('c.status', '=', 'open')
      .where('c.due_date', 'is not', null)
      .where('c.due_date', '<', today);
  else if (status !== 'all') base = base.where('c.status', '=', status);

  const [count, rows, counts] = await Promise.all([
    base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
    base
      .select([
        'c.id',
        'c.visit_id',
        'c.description',
        'c.owner',
        'c.due_date',
        'c.status',
        'c.created_at',
        'c.version',
        'v.date as visit_date',
        'v.region_code',
        'r.name_nl',
        'r.name_en',
      ])
      .orderBy((eb) => eb.case().when('c.due_date', 'is', null).then(1).else(0).end())
      .orderBy('c.due_date')
      .orderBy('v.date')
      .orderBy('c.id')
      .limit(page.limit)
      .offset(page.offset)
      .execute(),
    all
      .select((eb) => [
        eb.fn.count<number>(eb.case().when('c.status', '=', 'open').then(1).end()).as('open'),
        eb.fn
          .count<number>(
            eb
              .case()
              .when(
                eb.and([
                  eb('c.status', '=', 'open'),
                  eb('c.due_date', 'is not', null),
                  eb('c.due_date', '<', today),
                ]),
              )
              .then(1)
              .end(),
          )
          .as('overdue'),
      ])
      .executeTakeFirstOrThrow(),
  ]);
  return {
    items: rows.map((r) => ({
      ...commitmentView(r, today),
      visit: {
        id: r.visit_id,
        date: r.visit_date,
        region: { code: r.region_code, name_nl: r.name_nl, name_en: r.name_en },
      },
    })),
    total: Number(count.n),
    limit: page.limit,
    offset: page.offset,
    today,
    counts: { open: Number(counts.open), overdue: Number(counts.overdue) },
  };
}
