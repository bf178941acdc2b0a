import { requireFields, startStatus } from '../shared/new-record.js';
import type { FundChanges, NewFundBody } from '../../http/schemas/funds.js';
import { publicationStatusSetter } from '../shared/publication-status.js';
import { versionedUpdate } from '../shared/versioned-update.js';
import { versionedCreate } from '../shared/versioned-write.js';
import { checkPeriod, checkPeriodChange } from '../visits/field-check.js';
import { slugId, unusedRowId } from '../visits/new-record-id.js';
import type { WriteDeps } from '../write-deps.js';
import { fundFields, sizeInEuro, writeFundRegions, type FundFields } from './fund-fields.js';
import { FUND, type FundRecord } from './fund-records.js';
import { SME_CONTENT_STATUSES } from './sme-field-check.js';

/** Creates a fund (a draft unless told otherwise) in one transaction, with its audit row. */
export async function createFund(deps: WriteDeps, input: NewFundBody): Promise<FundRecord> {
  requireFields(input, ['name', 'regions']);
  const status = startStatus(input.status, SME_CONTENT_STATUSES);
  const now = deps.now().toISOString();
  return versionedCreate(deps, FUND, async (db) => {
    const { columns, regions } = await fundFields(db, { currency: 'EUR', ...input });
    checkPeriod(columns);
    const id = await unusedRowId(db, 'funds', slugId('fund', columns.name!, 64));
    const size = columns.size ?? null;
    await db
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
    await writeFundRegions(db, id, regions!);
    return id;
  });
}

/** Changes a fund, raising its version; a stale version is refused (CONFLICT). */
export const updateFund = versionedUpdate<FundRecord, FundChanges, FundFields>(FUND, {
  fields: fundFields,
  set: (before, { columns }, now) => {
    checkPeriodChange(before, columns);
    const size = columns.size === undefined ? before.size : columns.size;
    const currency = columns.currency ?? before.currency ?? 'EUR';
    return { ...columns, size_eur: sizeInEuro(size, currency), updated_at: now };
  },
  then: async (db, id, { regions }) => {
    if (regions) await writeFundRegions(db, id, regions);
  },
});

/**
 * Publishes (readers see it) or retires (kept, no longer shown to readers) a fund. With
 * `version`, refuses a stale one (CONFLICT); setting the status it already has changes nothing.
 */
export const setFundStatus = publicationStatusSetter(FUND);
