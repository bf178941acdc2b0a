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
