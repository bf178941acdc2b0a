import type { Kysely } from 'kysely';
import { NUM, sqlIn } from './column-types.js';

/** Indicators and their values. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function createIndicatorTables(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('indicators')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name_en', 'text', (c) => c.notNull())
    .addColumn('name_nl', 'text', (c) => c.notNull())
    .addColumn('unit', 'text', (c) => c.notNull())
    .addColumn('aggregation', 'text', (c) =>
      c.notNull().check(sqlIn('aggregation', ['count', 'rate'])),
    )
    .addColumn('dataset_id', 'text', (c) => c.references('datasets.id'))
    .execute();

  await db.schema
    .createTable('indicator_values')
    .addColumn('indicator_id', 'text', (c) =>
      c.notNull().references('indicators.id').onDelete('cascade'),
    )
    .addColumn('region_code', 'text', (c) => c.notNull().references('regions.code'))
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('value', NUM)
    .addColumn('flags', 'text')
    .addColumn('import_id', 'text', (c) => c.references('imports.id'))
    .addPrimaryKeyConstraint('indicator_values_pk', ['indicator_id', 'region_code', 'year'])
    .execute();
  await db.schema
    .createIndex('indicator_values_region')
    .on('indicator_values')
    .column('region_code')
    .execute();
}
