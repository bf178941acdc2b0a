import type { Kysely } from 'kysely';
import { NUM } from './column-types.js';

/** Regional investment funds and contact points for SMEs. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function createRegionalSupportTables(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('funds')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('region_code', 'text', (c) => c.notNull().references('regions.code'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('size_eur', NUM)
    .addColumn('instruments', 'text')
    .addColumn('target_sectors', 'text')
    .addColumn('manager', 'text')
    .addColumn('url', 'text')
    .addColumn('source_id', 'text', (c) => c.references('datasets.id'))
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();

  await db.schema
    .createTable('contact_points')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('actor_id', 'text', (c) => c.references('actors.id'))
    .addColumn('channels', 'text')
    .addColumn('url', 'text')
    .addColumn('smes_served_per_year', 'integer')
    .addColumn('smes_served_year', 'integer')
    .addColumn('source_id', 'text', (c) => c.references('datasets.id'))
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();

  await db.schema
    .createTable('contact_point_regions')
    .addColumn('contact_point_id', 'text', (c) =>
      c.notNull().references('contact_points.id').onDelete('cascade'),
    )
    .addColumn('region_code', 'text', (c) => c.notNull().references('regions.code'))
    .addPrimaryKeyConstraint('contact_point_regions_pk', ['contact_point_id', 'region_code'])
    .execute();
}
