import { sql, type Kysely } from 'kysely';

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
  const text = (table: string, column: string) =>
    db.schema.alterTable(table).addColumn(column, 'text').execute();
  for (const column of [
    'organisation',
    'helps_with',
    'address',
    'postcode',
    'town',
    'phone',
    'email',
    'opening_hours',
    'languages',
    'source_url',
    'created_at',
    'updated_at',
  ])
    await text('contact_points', column);
  await db.schema
    .alterTable('contact_points')
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('published'))
    .execute();
  await db.schema
    .createTable('contact_point_municipalities')
    .addColumn('contact_point_id', 'text', (c) =>
      c.notNull().references('contact_points.id').onDelete('cascade'),
    )
    .addColumn('municipality_code', 'text', (c) => c.notNull().references('municipalities.code'))
    .addPrimaryKeyConstraint('contact_point_municipalities_pk', [
      'contact_point_id',
      'municipality_code',
    ])
    .execute();

  await db.schema.alterTable('funds').addColumn('size', 'double precision').execute();
  for (const column of [
    'currency',
    'targets',
    'period_start',
    'period_end',
    'source_url',
    'created_at',
    'updated_at',
  ])
    await text('funds', column);
  await db.schema
    .alterTable('funds')
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('published'))
    .execute();
  await sql`update funds set size = size_eur, currency = 'EUR' where size_eur is not null`.execute(
    db,
  );
  await db.schema
    .createTable('fund_regions')
    .addColumn('fund_id', 'text', (c) => c.notNull().references('funds.id').onDelete('cascade'))
    .addColumn('region_code', 'text', (c) => c.notNull().references('regions.code'))
    .addPrimaryKeyConstraint('fund_regions_pk', ['fund_id', 'region_code'])
    .execute();
  await sql`insert into fund_regions (fund_id, region_code) select id, region_code from funds`.execute(
    db,
  );
  await db.schema
    .createIndex('fund_regions_region')
    .on('fund_regions')
    .column('region_code')
    .execute();
  await db.schema
    .createIndex('contact_point_municipalities_municipality')
    .on('contact_point_municipalities')
    .column('municipality_code')
    .execute();
}
