import { RegiokrachtError } from './errors.js';

/**
 * A write that named a version of a record other than the stored one: someone else changed it in
 * between. Carries the record as it is now, so that the client can show it and apply its change
 * again. Code CONFLICT (HTTP 409).
 */
export class VersionConflictError<T extends { readonly version: number }> extends RegiokrachtError {
  readonly current: T;

  constructor(what: string, id: string, sent: number, current: T) {
    super(
      'CONFLICT',
      `${what} ${id} has been changed since version ${sent} (it is now at version ${current.version}); reload it and apply your change again`,
    );
    this.current = current;
  }
}

/**
 * The record as read, when the client sent its current version: NOT_FOUND when there is none,
 * a {@link VersionConflictError} carrying it when the client's version is stale.
 */
export function expectVersion<T extends { readonly version: number }>(
  what: string,
  id: string,
  sent: number,
  current: T | null,
): T {
  if (current === null) throw new RegiokrachtError('NOT_FOUND', `no ${what} with id ${id}`);
  if (current.version !== sent) throw new VersionConflictError(what, id, sent, current);
  return current;
}
