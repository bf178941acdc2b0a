import { sql, type Kysely } from 'kysely';
import { ownedTable } from './column-groups.js';

/**
 * `indicator_summary`: which NUTS levels and years hold a value (not null) of each indicator, one
 * row per indicator, level and year. The indicator list (`/api/indicators`, every page of the web
 * application) reads it instead of every indicator value. Imports keep it current in the same
 * transaction as the values they write (`refreshIndicatorSummary`); this migration fills it once
 * for a database made by an earlier version.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await ownedTable(db, 'indicator_summary', 'indicator_id', 'indicators.id')
    .addColumn('level', 'integer', (c) => c.notNull())
    .addColumn('year', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('indicator_summary_pk', ['indicator_id', 'level', 'year'])
    .execute();
  await sql`insert into indicator_summary (indicator_id, level, year)
    select distinct v.indicator_id, r.level, v.year
      from indicator_values v join regions r on r.code = v.region_code
     where v.value is not null`.execute(db);
}
