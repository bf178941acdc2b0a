import type { Kysely } from 'kysely';
import type { Database } from '../../storage/schema.js';
import type { WriteDeps } from '../write-deps.js';
import { versionedWrite, type VersionedColumns, type VersionedKind } from './versioned-write.js';

/** How the changes sent for one kind of record are checked and written. */
export interface VersionedEdit<T, I, F> {
  /** Checks the changes (it may read references), before the record is read. */
  readonly fields: (db: Kysely<Database>, changes: I) => Promise<F>;
  /** The columns to write, given the record as it is and the time of the write (ISO). */
  readonly set: (before: T, fields: F, now: string) => VersionedColumns | null;
  /** What is written beside the row (its lists), after it. */
  readonly then?: (db: Kysely<Database>, id: string, fields: F) => Promise<void>;
}

/**
 * The update of one kind of versioned record: checks the changes with `edit.fields`, writes the
 * columns `edit.set` gives and then the lists, raising the version by one; a stale version is
 * refused with CONFLICT carrying the record as it is (see {@link versionedWrite}).
 *
 * @example
 * export const updateFund = versionedUpdate(FUND, { fields: fundFields, set: ... });
 */
export function versionedUpdate<
  T extends { readonly version: number },
  I extends { readonly version: number },
  F,
>(
  kind: VersionedKind<T>,
  edit: VersionedEdit<T, I, F>,
): (deps: WriteDeps, id: string, changes: I) => Promise<T> {
  const then = edit.then;
  return (deps, id, changes) =>
    versionedWrite(deps, kind, id, changes.version, {
      check: (db) => edit.fields(db, changes),
      set: (before, fields) => edit.set(before, fields, deps.now().toISOString()),
      ...(then ? { then: (db: Kysely<Database>, fields: F) => then(db, id, fields) } : {}),
    });
}
