import { RegiokrachtError } from '../../domain/errors.js';
import { amsterdamDate } from './amsterdam-date.js';
import type { VisitDeps } from './visit-deps.js';
import { readVisit, type VisitDetail } from './visit-records.js';

/** A visit with its agenda, findings and commitments (overdue as of the clock's Dutch date). */
export async function getVisit(deps: VisitDeps, id: string): Promise<VisitDetail> {
  const visit = await readVisit(deps.store.db, id, amsterdamDate(deps.now()));
  if (!visit)
    throw new RegiokrachtError(
      'NOT_FOUND',
      `no visit with id ${id}; \`regiokracht visit list\` shows the visits`,
    );
  return visit;
}
