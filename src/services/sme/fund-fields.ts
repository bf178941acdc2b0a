import type { Kysely } from 'kysely';
import type { FundChanges } from '../../http/schemas/funds.js';
import type { Database, FundTable } from '../../storage/schema.js';
import {
  invalid,
  optionalText,
  partialDate,
  requiredText,
  webAddress,
} from '../visits/field-check.js';
import { regionCodes } from './sme-area-fields.js';
import {
  currencyCode,
  FUND_INSTRUMENTS,
  FUND_TARGETS,
  joinList,
  listOf,
  type BookkeepingColumns,
} from './sme-field-check.js';

/** The editable fields of a fund, as a client sends them (absent = not given). */
export type FundFieldsInput = Omit<FundChanges, 'version'>;

/** The columns a client edits: all but the bookkeeping, the derived region and size, and the imported sectors. */
type Columns = Partial<
  Omit<FundTable, BookkeepingColumns | 'region_code' | 'size_eur' | 'target_sectors'>
>;

/** Checked columns of `funds` (only those given) and its regions, when given. */
export interface FundFields {
  readonly columns: Columns;
  readonly regions: string[] | undefined;
}

/** Checks the given fields; every refusal names its field. */
export async function fundFields(
  db: Kysely<Database>,
  input: FundFieldsInput,
): Promise<FundFields> {
  const given = (key: keyof FundFieldsInput) => input[key] !== undefined;
  const columns: Columns = {};
  if (given('name')) columns.name = requiredText(input.name, 'name', 300);
  if (given('manager')) columns.manager = optionalText(input.manager, 'manager', 300);
  if (given('size')) {
    const size = input.size;
    if (size !== null && (typeof size !== 'number' || !Number.isFinite(size) || size < 0))
      throw invalid('size', `${JSON.stringify(size)} is not an amount (a number from 0)`);
    columns.size = size ?? null;
  }
  if (given('currency')) columns.currency = currencyCode(input.currency, 'currency');
  if (given('instruments'))
    columns.instruments = joinList(listOf(input.instruments, 'instruments', FUND_INSTRUMENTS));
  if (given('targets')) columns.targets = joinList(listOf(input.targets, 'targets', FUND_TARGETS));
  if (given('period_start')) columns.period_start = partialDate(input.period_start, 'period_start');
  if (given('period_end')) columns.period_end = partialDate(input.period_end, 'period_end');
  if (given('website')) columns.url = webAddress(input.website, 'website');
  if (given('source_url')) columns.source_url = webAddress(input.source_url, 'source_url');
  const regions = given('regions') ? await regionCodes(db, input.regions, 'regions') : undefined;
  if (regions && regions.length === 0)
    throw invalid(
      'regions',
      'name at least one region the fund serves (a NUTS code such as NL213)',
    );
  return { columns, regions };
}

/** The stored size in euro: the size when the currency is EUR, else unknown (null). */
export function sizeInEuro(size: number | null, currency: string | null): number | null {
  return size !== null && (currency ?? 'EUR') === 'EUR' ? size : null;
}

/** Replaces the regions a fund serves; the first is kept in `funds.region_code`. */
export async function writeFundRegions(
  db: Kysely<Database>,
  id: string,
  regions: readonly string[],
): Promise<void> {
  await db.deleteFrom('fund_regions').where('fund_id', '=', id).execute();
  await db
    .insertInto('fund_regions')
    .values(regions.map((region_code) => ({ fund_id: id, region_code })))
    .execute();
  await db.updateTable('funds').set({ region_code: regions[0]! }).where('id', '=', id).execute();
}
