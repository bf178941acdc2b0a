import type { Kysely } from 'kysely';
import type { Database } from '../../storage/schema.js';
import { csvRecord } from '../export/csv-record.js';
import { listAudit, type AuditFilter } from './audit-query.js';

const COLUMNS = [
  'id',
  'at',
  'actor',
  'action',
  'entity',
  'entity_id',
  'before',
  'after',
  'request_id',
] as const;
const BATCH = 1000;

/**
 * The audit trail as CSV (RFC 4180, formula-guarded), newest first, with the record before and
 * after as JSON text; read in batches so that a long trail does not sit in memory twice.
 */
export async function* auditCsv(db: Kysely<Database>, filter: AuditFilter): AsyncGenerator<string> {
  yield csvRecord(COLUMNS);
  for (let offset = 0; ; offset += BATCH) {
    const page = await listAudit(db, filter, { limit: BATCH, offset });
    for (const r of page.items)
      yield csvRecord([
        r.id,
        r.at,
        r.actor,
        r.action,
        r.entity,
        r.entity_id,
        r.before === null ? null : JSON.stringify(r.before),
        r.after === null ? null : JSON.stringify(r.after),
        r.request_id,
      ]);
    if (page.items.length < BATCH) return;
  }
}
