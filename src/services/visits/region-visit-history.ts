import { RegiokrachtError } from '../../domain/errors.js';
import { likeEscape } from '../../domain/place-key.js';
import { amsterdamDate } from './amsterdam-date.js';
import type { VisitDeps } from './visit-deps.js';
import { withAgenda } from './visit-service.js';
import type { RegionVisitHistory, VisitHistoryItem } from '../../http/schemas/visits.js';

export type { RegionVisitHistory, VisitHistoryItem };

/**
 * The platform's visits to a region and to the regions below it (a province's history includes
 * the visits to its COROP areas), latest first, with the number of findings and of commitments
 * per status.
 */
export async function regionVisitHistory(
  deps: VisitDeps,
  code: string,
): Promise<RegionVisitHistory> {
  const db = deps.store.db;
  const canonical = code.trim().toUpperCase();
  const region = await db
    .selectFrom('regions')
    .select(['code', 'name_nl', 'name_en'])
    .where('code', '=', canonical)
    .executeTakeFirst();
  if (!region)
    throw new RegiokrachtError(
      'NOT_FOUND',
      `no region with code ${code}; use a NUTS code such as NL213 or a country code such as NL`,
    );
  const today = amsterdamDate(deps.now());
  const visits = await db
    .selectFrom('visits as v')
    .innerJoin('regions as r', 'r.code', 'v.region_code')
    .select([
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
      'v.version',
    ])
    .where('v.region_code', 'like', `${likeEscape(canonical)}%`)
    .orderBy('v.date', 'desc')
    .orderBy('v.id')
    .execute();
  const ids = visits.map((v) => v.id);
  const [findings, commitments] = ids.length
    ? await Promise.all([
        db
          .selectFrom('visit_findings')
          .select(['visit_id', (eb) => eb.fn.countAll<number>().as('n')])
          .where('visit_id', 'in', ids)
          .groupBy('visit_id')
          .execute(),
        db
          .selectFrom('commitments')
          .select(['visit_id', 'status', 'due_date'])
          .where('visit_id', 'in', ids)
          .execute(),
      ])
    : [[], []];
  const summaries = await withAgenda(db, visits);
  return {
    region,
    visits: summaries.map((s, i) => {
      const own = commitments.filter((c) => c.visit_id === s.id);
      const overdue = own.filter(
        (c) => c.status === 'open' && c.due_date !== null && c.due_date < today,
      ).length;
      return {
        ...s,
        version: Number(visits[i]!.version),
        findings: Number(findings.find((f) => f.visit_id === s.id)?.n ?? 0),
        commitments: {
          open: own.filter((c) => c.status === 'open').length,
          overdue,
          done: own.filter((c) => c.status === 'done').length,
          dropped: own.filter((c) => c.status === 'dropped').length,
        },
      };
    }),
  };
}
