import { sql, type Kysely } from 'kysely';
import { REGION_CODE, linkTable } from './column-groups.js';
import { requiredRef } from './column-types.js';
import { createIndexes } from './table-indexes.js';

/**
 * SME contact points and regional funds as edited content. A contact point gains what an
 * entrepreneur needs to reach it (organisation, what it helps with, visiting address, postcode and
 * town, phone, e-mail, opening hours, languages), the municipalities it serves, a source address,
 * and a status (draft, published, retired) with creation and change times. A fund gains its size
 * in a named currency, targets, a period, a source address, a status, and the regions it serves
 * (`fund_regions`; `funds.region_code` stays its first region). Rows written before this migration
 * were shown to everyone, so they start published; their regions are copied.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await addContentColumns(db, 'contact_points', [
    'organisation',
    'helps_with',
    'address',
    'postcode',
    'town',
    'phone',
    'email',
    'opening_hours',
    'languages',
  ]);
  await linkTable(
    db,
    'contact_point_municipalities',
    ['contact_point_id', 'contact_points.id'],
    ['municipality_code', 'text', requiredRef('municipalities.code')],
  ).execute();

  await db.schema.alterTable('funds').addColumn('size', 'double precision').execute();
  await addContentColumns(db, 'funds', ['currency', 'targets', 'period_start', 'period_end']);
  await sql`update funds set size = size_eur, currency = 'EUR' where size_eur is not null`.execute(
    db,
  );
  await linkTable(db, 'fund_regions', ['fund_id', 'funds.id'], REGION_CODE).execute();
  await sql`insert into fund_regions (fund_id, region_code) select id, region_code from funds`.execute(
    db,
  );
  await createIndexes(db, {
    fund_regions_region: ['fund_regions', 'region_code'],
    contact_point_municipalities_municipality: [
      'contact_point_municipalities',
      'municipality_code',
    ],
  });
}

/**
 * Adds to `table` the text `columns`, then what makes its rows edited content: a source address,
 * creation and change times, and a status; rows already there start published.
 */
async function addContentColumns(
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  db: Kysely<any>,
  table: string,
  columns: readonly string[],
): Promise<void> {
  for (const column of [...columns, 'source_url', 'created_at', 'updated_at'])
    await db.schema.alterTable(table).addColumn(column, 'text').execute();
  await db.schema
    .alterTable(table)
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('published'))
    .execute();
}
