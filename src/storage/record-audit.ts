import type { Kysely } from 'kysely';
import { SYSTEM_ACTOR, type AuditActor } from '../domain/audit-actor.js';
import type { Database } from './schema.js';

/** One change to record: what was done to which record, and the record before and after. */
export interface AuditEntry {
  /** create, update, delete, publish, disable, reset-password, login..., import. */
  readonly action: string;
  /** The kind of record: visit, finding, commitment, practice, transfer, cluster, setting, user, import. */
  readonly entity: string;
  readonly entityId: string;
  readonly before: unknown;
  readonly after: unknown;
}

/**
 * Writes one row of the audit trail. Call it with the transaction's `db`, so that the row lands
 * with the change or not at all. Without an actor the row names `system`.
 */
export async function recordAudit(
  db: Kysely<Database>,
  who: AuditActor | undefined,
  entry: AuditEntry,
  at: Date = new Date(),
): Promise<void> {
  const actor = who ?? SYSTEM_ACTOR;
  await db
    .insertInto('audit_log')
    .values({
      at: at.toISOString(),
      actor: actor.actor,
      action: entry.action,
      entity: entry.entity,
      entity_id: entry.entityId,
      before_json: entry.before == null ? null : JSON.stringify(entry.before),
      after_json: entry.after == null ? null : JSON.stringify(entry.after),
      request_id: actor.requestId,
    })
    .execute();
}
