import type { Kysely } from 'kysely';
import type { Database } from '../../storage/schema.js';
import { versionNumber } from '../visits/field-check.js';
import type { VisitDeps } from '../visits/visit-deps.js';
import { expectVersion, VersionConflictError } from '../../domain/version-conflict-error.js';
import {
  checkPeriod,
  practiceFields,
  writePracticeKeyAreas,
  type PracticeFieldsInput,
} from './practice-fields.js';
import { readPractice } from './practice-records.js';
import type { PracticeSummary } from './practice-service.js';
import { recordAudit } from '../../storage/record-audit.js';

/** Changes to a good practice: the version last read and the fields to change (absent = unchanged). */
export interface PracticeChanges extends PracticeFieldsInput {
  readonly version: number;
}

/**
 * Changes a good practice (its fields and, when given, its key areas) in one transaction, raising
 * its version by one. Refuses a stale version with a CONFLICT error carrying the practice as it is.
 */
export async function updatePractice(
  deps: VisitDeps,
  id: string,
  changes: PracticeChanges,
): Promise<PracticeSummary> {
  const version = versionNumber(changes.version);
  return deps.store.transaction(async (tx) => {
    const { columns, keyAreas } = await practiceFields(tx.db, changes);
    const current = expectVersion('good practice', id, version, await readPractice(tx.db, id));
    checkPeriod(
      columns.period_start === undefined ? current.period_start : columns.period_start,
      columns.period_end === undefined ? current.period_end : columns.period_end,
    );
    await bump(tx.db, id, version, { ...columns, updated_at: deps.now().toISOString() });
    if (keyAreas) await writePracticeKeyAreas(tx.db, id, keyAreas);
    const after = (await readPractice(tx.db, id))!;
    await recordAudit(
      tx.db,
      deps.actor,
      { action: 'update', entity: 'practice', entityId: id, before: current, after: after },
      deps.now(),
    );
    return after;
  });
}

/**
 * Publishes a good practice: anonymous readers see it from now on. With `version`, refuses a
 * stale one (CONFLICT); publishing a published practice changes nothing.
 */
export async function publishPractice(
  deps: VisitDeps,
  id: string,
  options: { readonly version?: number | undefined } = {},
): Promise<PracticeSummary> {
  return deps.store.transaction(async (tx) => {
    const read = await readPractice(tx.db, id);
    const sent =
      options.version === undefined ? (read?.version ?? 1) : versionNumber(options.version);
    const current = expectVersion('good practice', id, sent, read);
    if (current.status === 'published') return current;
    await bump(tx.db, id, sent, { status: 'published', updated_at: deps.now().toISOString() });
    const after = (await readPractice(tx.db, id))!;
    await recordAudit(
      tx.db,
      deps.actor,
      { action: 'publish', entity: 'practice', entityId: id, before: current, after: after },
      deps.now(),
    );
    return after;
  });
}

/** Writes `set` and raises the version, unless someone else raised it first (CONFLICT). */
async function bump(
  db: Kysely<Database>,
  id: string,
  version: number,
  set: Record<string, string | number | null>,
): Promise<void> {
  const result = await db
    .updateTable('good_practices')
    .set({ ...set, version: version + 1 })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) !== 1)
    throw new VersionConflictError('good practice', id, version, (await readPractice(db, id))!);
}
