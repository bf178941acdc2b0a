import { sql, type Kysely } from 'kysely';
import type { Database } from './schema.js';

/** Indicator ids per statement: well below the parameter limits of both backends. */
const IDS_PER_STATEMENT = 500;

/**
 * Brings `indicator_summary` (the NUTS levels and years with a value, per indicator) up to date
 * for the given indicators, or for every indicator with `'all'`: their rows are replaced by what
 * `indicator_values` holds now. Runs on the connection or transaction it is given, so that an
 * import refreshes the summary in the same transaction as the values it writes.
 */
export async function refreshIndicatorSummary(
  db: Kysely<Database>,
  indicators: readonly string[] | 'all',
): Promise<void> {
  if (indicators === 'all') {
    await db.deleteFrom('indicator_summary').execute();
    await sql`insert into indicator_summary (indicator_id, level, year)
      select distinct v.indicator_id, r.level, v.year
        from indicator_values v join regions r on r.code = v.region_code
       where v.value is not null`.execute(db);
    return;
  }
  const ids = [...new Set(indicators)];
  for (let start = 0; start < ids.length; start += IDS_PER_STATEMENT) {
    const chunk = ids.slice(start, start + IDS_PER_STATEMENT);
    await db.deleteFrom('indicator_summary').where('indicator_id', 'in', chunk).execute();
    await sql`insert into indicator_summary (indicator_id, level, year)
      select distinct v.indicator_id, r.level, v.year
        from indicator_values v join regions r on r.code = v.region_code
       where v.value is not null and v.indicator_id in (${sql.join(chunk)})`.execute(db);
  }
}

/** One row of `indicator_summary`: an indicator has a value at a NUTS level in a year. */
export interface IndicatorSummaryRow {
  readonly indicator_id: string;
  readonly level: number;
  readonly year: number;
}

/** Summary rows per insert: three parameters each, well below the limits of both backends. */
const ROWS_PER_INSERT = 300;

/**
 * Replaces the `indicator_summary` rows of the given indicators by `rows` (worked out by the
 * caller from the values it wrote), on the connection or transaction it is given.
 */
export async function replaceIndicatorSummary(
  db: Kysely<Database>,
  indicators: readonly string[],
  rows: readonly IndicatorSummaryRow[],
): Promise<void> {
  for (let start = 0; start < indicators.length; start += IDS_PER_STATEMENT) {
    const chunk = indicators.slice(start, start + IDS_PER_STATEMENT);
    await db.deleteFrom('indicator_summary').where('indicator_id', 'in', chunk).execute();
  }
  for (let start = 0; start < rows.length; start += ROWS_PER_INSERT) {
    await db
      .insertInto('indicator_summary')
      .values(rows.slice(start, start + ROWS_PER_INSERT))
      .execute();
  }
}
