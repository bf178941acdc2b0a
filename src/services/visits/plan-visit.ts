import { amsterdamDate } from './amsterdam-date.js';
import { isoDate, oneOf, optionalText } from './field-check.js';
import { slugId, unusedRowId } from './new-record-id.js';
import { regionField } from './region-field.js';
import {
  agendaField,
  DEFAULT_VISIT_AGENDA,
  writeAgenda,
  type AgendaItemInput,
} from './visit-agenda.js';
import type { VisitDeps } from './visit-deps.js';
import { visitKind, type VisitDetail } from './visit-records.js';
import { versionedCreate } from '../shared/versioned-write.js';

import { VISIT_STATUSES } from '../../domain/visit-statuses.js';
import type { VisitStatus } from '../../http/schemas/visits.js';

export type { VisitStatus };

/** A visit to plan (or to record afterwards, with status done). */
export interface PlanVisitInput {
  readonly region: string;
  /** YYYY-MM-DD. */
  readonly date: string;
  readonly venue?: string | null | undefined;
  readonly hosts?: string | null | undefined;
  readonly participants?: string | null | undefined;
  /** Default planned. */
  readonly status?: VisitStatus | undefined;
  /** Default: one item per topic ({@link DEFAULT_VISIT_AGENDA}). */
  readonly agenda?: readonly AgendaItemInput[] | undefined;
}

/**
 * Plans a visit: checks every field, then writes the visit and its agenda in one transaction.
 * The id is readable: `visit-<region>-<date>` (with -2, -3 when taken).
 */
export async function planVisit(deps: VisitDeps, input: PlanVisitInput): Promise<VisitDetail> {
  const date = isoDate(input.date, 'date');
  const venue = optionalText(input.venue, 'venue', 500);
  const hosts = optionalText(input.hosts, 'hosts', 2000);
  const participants = optionalText(input.participants, 'participants', 5000);
  const status =
    input.status === undefined ? 'planned' : oneOf(input.status, 'status', VISIT_STATUSES);
  const agenda = agendaField(input.agenda ?? DEFAULT_VISIT_AGENDA);
  return versionedCreate(deps, visitKind(amsterdamDate(deps.now())), async (db) => {
    const region = await regionField(db, input.region, 'region');
    const id = await unusedRowId(db, 'visits', slugId('visit', `${region} ${date}`));
    await db
      .insertInto('visits')
      .values({
        id,
        region_code: region,
        date,
        venue,
        hosts,
        participants,
        status,
        dossier_snapshot: null,
        source_id: null,
      })
      .execute();
    await writeAgenda(db, id, agenda);
    return id;
  });
}
