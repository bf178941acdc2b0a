import type { Kysely } from 'kysely';
import { expectVersion } from '../../domain/version-conflict-error.js';
import type { Database } from '../../storage/schema.js';
import { recordAudit } from '../../storage/record-audit.js';
import { versionNumber } from '../visits/field-check.js';
import type { WriteDeps } from '../write-deps.js';
import { bumpVersion } from './versioned-row.js';

/** The kind of SME content whose status changes: its table, its words and how to read one. */
export interface PublishedKind<T extends { readonly version: number; readonly status: string }> {
  readonly table: 'contact_points' | 'funds';
  /** In messages: "contact point", "fund". */
  readonly what: string;
  /** In the audit trail: "contact-point", "fund". */
  readonly entity: string;
  readonly read: (db: Kysely<Database>, id: string) => Promise<T | null>;
}

/**
 * Publishes (readers see it) or retires (kept, no longer shown to readers) one record, with its
 * audit entry. With `version`, refuses a stale one (CONFLICT); setting the status it already has
 * changes nothing.
 */
export async function setPublicationStatus<
  T extends { readonly version: number; readonly status: string },
>(
  deps: WriteDeps,
  kind: PublishedKind<T>,
  id: string,
  status: 'published' | 'retired',
  options: { readonly version?: number | undefined } = {},
): Promise<T> {
  return deps.store.transaction(async (tx) => {
    const read = await kind.read(tx.db, id);
    const sent =
      options.version === undefined ? (read?.version ?? 1) : versionNumber(options.version);
    const before = expectVersion(kind.what, id, sent, read);
    if (before.status === status) return before;
    await bumpVersion(
      tx.db,
      kind.table,
      kind.what,
      id,
      sent,
      { status, updated_at: deps.now().toISOString() },
      kind.read,
    );
    const after = (await kind.read(tx.db, id))!;
    await recordAudit(
      tx.db,
      deps.actor,
      {
        action: status === 'published' ? 'publish' : 'retire',
        entity: kind.entity,
        entityId: id,
        before,
        after,
      },
      deps.now(),
    );
    return after;
  });
}
