import { amsterdamDate } from './amsterdam-date.js';
import { isoDate, oneOf, optionalText } from './field-check.js';
import { VISIT_STATUSES } from '../../domain/visit-statuses.js';
import type { VisitStatus } from '../../http/schemas/visits.js';
import { agendaField, writeAgenda, type AgendaItemInput } from './visit-agenda.js';
import type { VisitDeps } from './visit-deps.js';
import { visitKind, type VisitDetail } from './visit-records.js';
import { versionedWrite } from '../shared/versioned-write.js';

/** Changes to a visit: the version last read, and the fields to change (absent = unchanged). */
export interface VisitChanges {
  readonly version: number;
  readonly date?: string | undefined;
  readonly venue?: string | null | undefined;
  readonly hosts?: string | null | undefined;
  readonly participants?: string | null | undefined;
  readonly status?: VisitStatus | undefined;
  /** Replaces the whole agenda. */
  readonly agenda?: readonly AgendaItemInput[] | undefined;
}

/**
 * Changes a visit in one transaction and raises its version by one. Refuses a stale version with
 * a CONFLICT error carrying the visit as it is now.
 */
export function updateVisit(
  deps: VisitDeps,
  id: string,
  changes: VisitChanges,
): Promise<VisitDetail> {
  const set = {
    ...(changes.date !== undefined ? { date: isoDate(changes.date, 'date') } : {}),
    ...(changes.venue !== undefined ? { venue: optionalText(changes.venue, 'venue', 500) } : {}),
    ...(changes.hosts !== undefined ? { hosts: optionalText(changes.hosts, 'hosts', 2000) } : {}),
    ...(changes.participants !== undefined
      ? { participants: optionalText(changes.participants, 'participants', 5000) }
      : {}),
    ...(changes.status !== undefined
      ? { status: oneOf(changes.status, 'status', VISIT_STATUSES) }
      : {}),
  };
  const agenda = changes.agenda === undefined ? undefined : agendaField(changes.agenda);
  return versionedWrite(deps, visitKind(amsterdamDate(deps.now())), id, changes.version, {
    set: () => set,
    then: async (db) => {
      if (agenda) await writeAgenda(db, id, agenda);
    },
  });
}
