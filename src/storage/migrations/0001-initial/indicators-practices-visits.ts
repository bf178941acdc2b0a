import type { Kysely } from 'kysely';
import { NUM, cascade, firstVersion, importRun, source, sqlIn } from './column-types.js';

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
    .addColumn('indicator_id', 'text', cascade('indicators.id'))
    .addColumn('region_code', 'text', (c) => c.notNull().references('regions.code'))
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('value', NUM)
    .addColumn('flags', 'text')
    .addColumn('import_id', 'text', importRun)
    .addPrimaryKeyConstraint('indicator_values_pk', ['indicator_id', 'region_code', 'year'])
    .execute();
  await db.schema
    .createIndex('indicator_values_region')
    .on('indicator_values')
    .column('region_code')
    .execute();
}

/** Good practices, visits with their agendas, findings and commitments, and settings. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function createPracticeAndVisitTables(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('good_practices')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('region_code', 'text', (c) => c.notNull().references('regions.code'))
    .addColumn('topic', 'integer', (c) => c.notNull().check(sqlIn('topic', [1, 2, 3])))
    .addColumn('period_start', 'text')
    .addColumn('period_end', 'text')
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('resources', 'text')
    .addColumn('evidence', 'text')
    .addColumn('transfer_potential', 'text')
    .addColumn('contact', 'text')
    .addColumn('source_url', 'text')
    .addColumn('language', 'text', (c) => c.notNull().defaultTo('nl'))
    .addColumn('status', 'text', (c) => c.notNull().check(sqlIn('status', ['draft', 'published'])))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', firstVersion)
    .execute();

  await db.schema
    .createTable('good_practice_key_areas')
    .addColumn('practice_id', 'text', cascade('good_practices.id'))
    .addColumn('key_area_id', 'text', cascade('key_areas.id'))
    .addPrimaryKeyConstraint('good_practice_key_areas_pk', ['practice_id', 'key_area_id'])
    .execute();

  await db.schema
    .createTable('practice_transfers')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('practice_id', 'text', cascade('good_practices.id'))
    .addColumn('to_region_code', 'text', (c) => c.notNull().references('regions.code'))
    .addColumn('year', 'integer')
    .addColumn('outcome', 'text')
    .execute();

  await db.schema
    .createTable('visits')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('region_code', 'text', (c) => c.notNull().references('regions.code'))
    .addColumn('date', 'text', (c) => c.notNull())
    .addColumn('venue', 'text')
    .addColumn('hosts', 'text')
    .addColumn('participants', 'text')
    .addColumn('status', 'text', (c) =>
      c.notNull().check(sqlIn('status', ['planned', 'done', 'cancelled'])),
    )
    .addColumn('dossier_snapshot', 'text')
    .addColumn('source_id', 'text', source)
    .addColumn('version', 'integer', firstVersion)
    .execute();

  await db.schema
    .createTable('visit_agenda_items')
    .addColumn('visit_id', 'text', cascade('visits.id'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('topic', 'integer')
    .addColumn('title', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('visit_agenda_items_pk', ['visit_id', 'position'])
    .execute();

  await db.schema
    .createTable('visit_findings')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('visit_id', 'text', cascade('visits.id'))
    .addColumn('topic', 'integer', (c) => c.notNull().check(sqlIn('topic', [1, 2, 3])))
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', firstVersion)
    .execute();

  await db.schema
    .createTable('commitments')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('visit_id', 'text', cascade('visits.id'))
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('owner', 'text', (c) => c.notNull())
    .addColumn('due_date', 'text')
    .addColumn('status', 'text', (c) =>
      c.notNull().check(sqlIn('status', ['open', 'done', 'dropped'])),
    )
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', firstVersion)
    .execute();

  await db.schema
    .createTable('settings')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('value', 'text', (c) => c.notNull())
    .execute();
}
