import { amsterdamDate } from './amsterdam-date.js';
import { isoDate, oneOf, optionalText, versionNumber } from './field-check.js';
import { VISIT_STATUSES, type VisitStatus } from './plan-visit.js';
import { agendaField, writeAgenda, type AgendaItemInput } from './visit-agenda.js';
import type { VisitDeps } from './visit-deps.js';
import { readVisit, type VisitDetail } from './visit-records.js';
import { expectVersion, VersionConflictError } from '../../domain/version-conflict-error.js';
import { recordAudit } from '../../storage/record-audit.js';

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
export async function updateVisit(
  deps: VisitDeps,
  id: string,
  changes: VisitChanges,
): Promise<VisitDetail> {
  const version = versionNumber(changes.version);
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
  const today = amsterdamDate(deps.now());
  return deps.store.transaction(async (tx) => {
    const before = expectVersion('visit', id, version, await readVisit(tx.db, id, today));
    const result = await tx.db
      .updateTable('visits')
      .set({ ...set, version: version + 1 })
      .where('id', '=', id)
      .where('version', '=', version)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) !== 1)
      throw new VersionConflictError('visit', id, version, (await readVisit(tx.db, id, today))!);
    if (agenda) await writeAgenda(tx.db, id, agenda);
    const after = (await readVisit(tx.db, id, today))!;
    await recordAudit(
      tx.db,
      deps.actor,
      { action: 'update', entity: 'visit', entityId: id, before: before, after: after },
      deps.now(),
    );
    return after;
  });
}
