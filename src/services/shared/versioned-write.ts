import type { Kysely } from 'kysely';
import { expectVersion, VersionConflictError } from '../../domain/version-conflict-error.js';
import type { Database } from '../../storage/schema.js';
import { recordAudit } from '../../storage/record-audit.js';
import { versionNumber } from '../visits/field-check.js';
import type { WriteDeps } from '../write-deps.js';

/** The tables whose rows carry a `version` that every write raises by one. */
export type VersionedTable =
  | 'good_practices'
  | 'contact_points'
  | 'funds'
  | 'clusters'
  | 'visits'
  | 'visit_findings'
  | 'commitments';

/** A kind of versioned record: its table, its words, and how to read one as the API shows it. */
export interface VersionedKind<T extends { readonly version: number }> {
  readonly table: VersionedTable;
  /** In messages: "good practice", "contact point". */
  readonly what: string;
  /** In the audit trail: "practice", "contact-point". */
  readonly entity: string;
  readonly read: (db: Kysely<Database>, id: string) => Promise<T | null>;
}

/** Columns to write to a row, by name. */
export type VersionedColumns = Readonly<Record<string, string | number | null>>;

/** One change to a versioned record; `checked` is what `check` returned. */
export interface VersionedChange<T, C> {
  /** In the audit trail; default `update`. */
  readonly action?: string;
  /** Checks the input first (it may read references), before the record is read. */
  readonly check?: (db: Kysely<Database>) => Promise<C>;
  /** The columns to write, given the record as it is; null when nothing changes (no write, no audit). */
  readonly set: (before: T, checked: C) => VersionedColumns | null;
  /** What is written beside the row (its lists), after it. */
  readonly then?: (db: Kysely<Database>, checked: C) => Promise<void>;
}

/**
 * Changes one versioned record in one transaction: reads it (NOT_FOUND when absent), refuses a
 * version other than `sent` with a CONFLICT carrying the record as it is, writes the columns with
 * the version raised by one (again refusing when someone else raised it first), writes the lists,
 * and records the audit entry with the record before and after. With `sent` 'as-read', the version
 * as read is taken (a status change that states the outcome now, not an edit of an earlier read).
 *
 * @example
 * versionedWrite(deps, FINDING, id, changes.version, { set: () => ({ text: 'Agreed' }) })
 */
export async function versionedWrite<T extends { readonly version: number }, C = undefined>(
  deps: WriteDeps,
  kind: VersionedKind<T>,
  id: string,
  sent: number | 'as-read',
  change: VersionedChange<T, C>,
): Promise<T> {
  const version = sent === 'as-read' ? undefined : versionNumber(sent);
  return deps.store.transaction(async (tx) => {
    const checked = (change.check ? await change.check(tx.db) : undefined) as C;
    const read = await kind.read(tx.db, id);
    const expected = version ?? read?.version ?? 1;
    const before = expectVersion(kind.what, id, expected, read);
    const set = change.set(before, checked);
    if (set === null) return before;
    const result = await tx.db
      .updateTable(kind.table)
      .set({ ...set, version: expected + 1 })
      .where('id', '=', id)
      .where('version', '=', expected)
      .executeTakeFirst();
    await refuseLostWrite(tx.db, kind, id, expected, result.numUpdatedRows);
    if (change.then) await change.then(tx.db, checked);
    const after = (await kind.read(tx.db, id))!;
    await recordAudit(
      tx.db,
      deps.actor,
      { action: change.action ?? 'update', entity: kind.entity, entityId: id, before, after },
      deps.now(),
    );
    return after;
  });
}

/**
 * Creates one versioned record in one transaction: `insert` writes the row and its lists and
 * returns its id; the record is read back as the API shows it, recorded in the audit trail
 * (action `create`, nothing before) and returned.
 *
 * @example
 * versionedCreate(deps, FINDING, async (db) => {
 *   await db.insertInto('visit_findings').values(row).execute();
 *   return row.id;
 * })
 */
export function versionedCreate<T extends { readonly version: number }>(
  deps: WriteDeps,
  kind: VersionedKind<T>,
  insert: (db: Kysely<Database>) => Promise<string>,
): Promise<T> {
  return deps.store.transaction(async (tx) => {
    const id = await insert(tx.db);
    const after = (await kind.read(tx.db, id))!;
    await recordAudit(
      tx.db,
      deps.actor,
      { action: 'create', entity: kind.entity, entityId: id, before: null, after },
      deps.now(),
    );
    return after;
  });
}

/**
 * Removes one versioned record (its lists go with it by cascade) in one transaction, with the
 * audit entry; NOT_FOUND when absent, CONFLICT with the record as it is when `sent` is stale.
 */
export async function versionedDelete<T extends { readonly version: number }>(
  deps: WriteDeps,
  kind: VersionedKind<T>,
  id: string,
  sent: number,
): Promise<void> {
  const version = versionNumber(sent);
  await deps.store.transaction(async (tx) => {
    const before = expectVersion(kind.what, id, version, await kind.read(tx.db, id));
    const result = await tx.db
      .deleteFrom(kind.table)
      .where('id', '=', id)
      .where('version', '=', version)
      .executeTakeFirst();
    await refuseLostWrite(tx.db, kind, id, version, result.numDeletedRows);
    await recordAudit(
      tx.db,
      deps.actor,
      { action: 'delete', entity: kind.entity, entityId: id, before, after: null },
      deps.now(),
    );
  });
}

/** A write that touched no row lost the race to another: CONFLICT with the record as it is now. */
async function refuseLostWrite<T extends { readonly version: number }>(
  db: Kysely<Database>,
  kind: VersionedKind<T>,
  id: string,
  version: number,
  rows: bigint,
): Promise<void> {
  if (Number(rows) !== 1)
    throw new VersionConflictError(kind.what, id, version, (await kind.read(db, id))!);
}
