import { sql, type Kysely } from 'kysely';
import type { Database } from '../../storage/schema.js';
import type { Page, PageQuery } from '../sources/page.js';
import type { AuditRecord } from '../../http/schemas/audit.js';

/** Filters of the audit trail; all optional. */
export interface AuditFilter {
  readonly actor?: string | undefined;
  readonly entity?: string | undefined;
  readonly entityId?: string | undefined;
  readonly action?: string | undefined;
  /** ISO date or timestamp: changes at or after it. */
  readonly from?: string | undefined;
  /** ISO date or timestamp: changes before it. */
  readonly to?: string | undefined;
}

export type { AuditRecord };

/** The audit trail, newest first (in the order recorded), filtered and paged. */
export async function listAudit(
  db: Kysely<Database>,
  filter: AuditFilter,
  page: PageQuery,
): Promise<Page<AuditRecord>> {
  let base = db.selectFrom('audit_log');
  // Part of the actor, in any case: "an@example.nl" finds user:an@example.nl.
  if (filter.actor) {
    const pattern = `%${filter.actor.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    base = base.where(sql<boolean>`lower(actor) like ${pattern} escape '\\'`);
  }
  if (filter.entity) base = base.where('entity', '=', filter.entity);
  if (filter.entityId) base = base.where('entity_id', '=', filter.entityId);
  if (filter.action) base = base.where('action', '=', filter.action);
  if (filter.from) base = base.where('at', '>=', filter.from);
  if (filter.to) base = base.where('at', '<', filter.to);
  const total = await base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirst();
  const rows = await base
    .selectAll()
    .orderBy('id', 'desc')
    .limit(page.limit)
    .offset(page.offset)
    .execute();
  return {
    items: rows.map((r) => ({
      id: r.id,
      at: r.at,
      actor: r.actor,
      action: r.action,
      entity: r.entity,
      entity_id: r.entity_id,
      before: r.before_json === null ? null : (JSON.parse(r.before_json) as unknown),
      after: r.after_json === null ? null : (JSON.parse(r.after_json) as unknown),
      request_id: r.request_id,
    })),
    total: Number(total?.n ?? 0),
    limit: page.limit,
    offset: page.offset,
  };
}
