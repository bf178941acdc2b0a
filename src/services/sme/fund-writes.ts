import type { FundChanges, NewFundBody } from '../../http/schemas/funds.js';
import { recordAudit } from '../../storage/record-audit.js';
import { setPublicationStatus } from '../shared/publication-status.js';
import { versionedWrite } from '../shared/versioned-write.js';
import { invalid, oneOf } from '../visits/field-check.js';
import { slugId, unusedId } from '../visits/new-record-id.js';
import type { WriteDeps } from '../write-deps.js';
import { fundFields, sizeInEuro, writeFundRegions } from './fund-fields.js';
import { FUND, readFund, type FundRecord } from './fund-records.js';
import { SME_CONTENT_STATUSES } from './sme-field-check.js';

function checkPeriod(start: string | null | undefined, end: string | null | undefined): void {
  if (start && end && end < start) throw invalid('period_end', `${end} is before ${start}`);
}

/** Creates a fund (a draft unless told otherwise) in one transaction, with its audit row. */
export async function createFund(deps: WriteDeps, input: NewFundBody): Promise<FundRecord> {
  for (const field of ['name', 'regions'] as const)
    if (input[field] === undefined || input[field] === null) throw invalid(field, 'is required');
  const status =
    input.status === undefined ? 'draft' : oneOf(input.status, 'status', SME_CONTENT_STATUSES);
  const now = deps.now().toISOString();
  return deps.store.transaction(async (tx) => {
    const { columns, regions } = await fundFields(tx.db, { currency: 'EUR', ...input });
    checkPeriod(columns.period_start, columns.period_end);
    const id = await unusedId(slugId('fund', columns.name!, 64), async (candidate) =>
      Boolean(
        await tx.db.selectFrom('funds').select('id').where('id', '=', candidate).executeTakeFirst(),
      ),
    );
    const size = columns.size ?? null;
    await tx.db
      .insertInto('funds')
      .values({
        id,
        region_code: regions![0]!,
        name: columns.name!,
        size_eur: sizeInEuro(size, columns.currency ?? 'EUR'),
        instruments: null,
        target_sectors: null,
        manager: null,
        url: null,
        source_id: null,
        targets: null,
        period_start: null,
        period_end: null,
        source_url: null,
        ...columns,
        size,
        status,
        created_at: now,
        updated_at: now,
      })
      .execute();
    await writeFundRegions(tx.db, id, regions!);
    const after = (await readFund(tx.db, id))!;
    await recordAudit(
      tx.db,
      deps.actor,
      { action: 'create', entity: 'fund', entityId: id, before: null, after },
      deps.now(),
    );
    return after;
  });
}

/** Changes a fund, raising its version; a stale version is refused (CONFLICT). */
export function updateFund(deps: WriteDeps, id: string, changes: FundChanges): Promise<FundRecord> {
  return versionedWrite(deps, FUND, id, changes.version, {
    check: (db) => fundFields(db, changes),
    set: (before, { columns }) => {
      checkPeriod(
        columns.period_start === undefined ? before.period_start : columns.period_start,
        columns.period_end === undefined ? before.period_end : columns.period_end,
      );
      const size = columns.size === undefined ? before.size : columns.size;
      const currency = columns.currency ?? before.currency ?? 'EUR';
      return {
        ...columns,
        size_eur: sizeInEuro(size, currency),
        updated_at: deps.now().toISOString(),
      };
    },
    then: async (db, { regions }) => {
      if (regions) await writeFundRegions(db, id, regions);
    },
  });
}

/**
 * Publishes (readers see it) or retires (kept, no longer shown to readers) a fund. With
 * `version`, refuses a stale one (CONFLICT); setting the status it already has changes nothing.
 */
export function setFundStatus(
  deps: WriteDeps,
  id: string,
  status: 'published' | 'retired',
  options: { readonly version?: number | undefined } = {},
): Promise<FundRecord> {
  return setPublicationStatus(deps, FUND, id, status, options);
}
