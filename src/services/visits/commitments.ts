import { RegiokrachtError } from '../../domain/errors.js';
import { amsterdamDate } from './amsterdam-date.js';
import { isoDate, oneOf, requiredText } from './field-check.js';
import { newRecordId } from './new-record-id.js';
import type { VisitDeps } from './visit-deps.js';
import { commitmentKind, readCommitment, requireVisit, type Commitment } from './visit-records.js';
import { versionedCreate, versionedWrite } from '../shared/versioned-write.js';

import { COMMITMENT_STATUSES } from '../../domain/visit-statuses.js';
import type { CommitmentStatus } from '../../http/schemas/visits.js';

/** A commitment to record: what, who, by when. */
export interface CommitmentInput {
  readonly description: string;
  readonly owner: string;
  /** YYYY-MM-DD, or null for no due date. */
  readonly due_date?: string | null | undefined;
  /** Default open. */
  readonly status?: CommitmentStatus | undefined;
}

export interface CommitmentChanges {
  readonly version: number;
  readonly description?: string | undefined;
  readonly owner?: string | undefined;
  readonly due_date?: string | null | undefined;
  readonly status?: CommitmentStatus | undefined;
}

/** Records a commitment made at a visit. */
export async function addCommitment(
  deps: VisitDeps,
  visitId: string,
  input: CommitmentInput,
): Promise<Commitment> {
  const row = {
    description: requiredText(input.description, 'description', 5000),
    owner: requiredText(input.owner, 'owner', 500),
    due_date:
      input.due_date === undefined || input.due_date === null
        ? null
        : isoDate(input.due_date, 'due_date'),
    status:
      input.status === undefined ? 'open' : oneOf(input.status, 'status', COMMITMENT_STATUSES),
  };
  const now = deps.now();
  return versionedCreate(deps, commitmentKind(amsterdamDate(now)), async (db) => {
    await requireVisit(db, visitId);
    const id = newRecordId('commitment');
    await db
      .insertInto('commitments')
      .values({ id, visit_id: visitId, ...row, created_at: now.toISOString() })
      .execute();
    return id;
  });
}

/**
 * Changes a commitment (typically its status: done or dropped) and raises its version by one.
 * Refuses a stale version with a CONFLICT error carrying the commitment as it is now.
 */
export function updateCommitment(
  deps: VisitDeps,
  id: string,
  changes: CommitmentChanges,
): Promise<Commitment> {
  const set = {
    ...(changes.description !== undefined
      ? { description: requiredText(changes.description, 'description', 5000) }
      : {}),
    ...(changes.owner !== undefined ? { owner: requiredText(changes.owner, 'owner', 500) } : {}),
    ...(changes.due_date !== undefined
      ? { due_date: changes.due_date === null ? null : isoDate(changes.due_date, 'due_date') }
      : {}),
    ...(changes.status !== undefined
      ? { status: oneOf(changes.status, 'status', COMMITMENT_STATUSES) }
      : {}),
  };
  const kind = commitmentKind(amsterdamDate(deps.now()));
  return versionedWrite(deps, kind, id, changes.version, { set: () => set });
}

/**
 * Sets a commitment's status from its current version (the command line's `visit done`):
 * for a user who states the outcome now, not an edit of something read earlier.
 */
export async function setCommitmentStatus(
  deps: VisitDeps,
  id: string,
  status: CommitmentStatus,
): Promise<Commitment> {
  const current = await readCommitment(deps.store.db, id, amsterdamDate(deps.now()));
  if (!current)
    throw new RegiokrachtError(
      'NOT_FOUND',
      `no commitment with id ${id}; \`regiokracht visit overdue --all\` lists the open ones`,
    );
  return updateCommitment(deps, id, { version: current.version, status });
}
