import { likeEscape } from '../../domain/place-key.js';
import { amsterdamDate } from './amsterdam-date.js';
import { regionByCode } from './region-by-code.js';
import type { VisitDeps } from './visit-deps.js';
import { VISIT_COLUMNS, visitsWithRegion, withAgenda } from './visit-service.js';
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
  const region = await regionByCode(
    db,
    code,
    'a NUTS code such as NL213 or a country code such as NL',
  );
  const today = amsterdamDate(deps.now());
  const visits = await visitsWithRegion(db)
    .select([...VISIT_COLUMNS, 'v.version'])
    .where('v.region_code', 'like', `${likeEscape(region.code)}%`)
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
