import type { Kysely } from 'kysely';
import { RegiokrachtError } from '../../domain/errors.js';
import type { Database } from '../../storage/schema.js';
import { versionedWrite, type VersionedKind } from './versioned-write.js';
import type { WriteDeps } from '../write-deps.js';

/**
 * Publishes (readers see it) or retires (kept, no longer shown to readers) one record, with its
 * audit entry. With `version`, refuses a stale one (CONFLICT); setting the status it already has
 * changes nothing.
 */
export function setPublicationStatus<
  T extends { readonly version: number; readonly status: string },
>(
  deps: WriteDeps,
  kind: VersionedKind<T>,
  id: string,
  status: 'published' | 'retired',
  options: { readonly version?: number | undefined } = {},
): Promise<T> {
  return versionedWrite(deps, kind, id, options.version ?? 'as-read', {
    action: status === 'published' ? 'publish' : 'retire',
    set: (before) =>
      before.status === status ? null : { status, updated_at: deps.now().toISOString() },
  });
}

/**
 * {@link setPublicationStatus} for records of `kind`.
 *
 * @example
 * export const setFundStatus = publicationStatusSetter(FUND);
 * await setFundStatus(deps, 'fund-twente', 'retired', { version: 3 });
 */
export function publicationStatusSetter<
  T extends { readonly version: number; readonly status: string },
>(kind: VersionedKind<T>) {
  return (
    deps: WriteDeps,
    id: string,
    status: 'published' | 'retired',
    options: { readonly version?: number | undefined } = {},
  ): Promise<T> => setPublicationStatus(deps, kind, id, status, options);
}

/**
 * The reader of one record of `kind` for the API: drafts and retired records only when asked
 * for, since anonymous readers see published records only (any other answers NOT_FOUND, as if
 * it were not there).
 *
 * @example
 * export const getFund = publishedReader(FUND);
 * await getFund(db, 'fund-twente', { includeDrafts: true });
 */
export function publishedReader<T extends { readonly version: number; readonly status: string }>(
  kind: VersionedKind<T>,
) {
  return async (
    db: Kysely<Database>,
    id: string,
    options: { readonly includeDrafts?: boolean } = {},
  ): Promise<T> => {
    const found = await kind.read(db, id);
    if (!found || (found.status !== 'published' && !options.includeDrafts))
      throw new RegiokrachtError('NOT_FOUND', `no published ${kind.what} with id ${id}`);
    return found;
  };
}
