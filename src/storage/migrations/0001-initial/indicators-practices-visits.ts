import type { Kysely } from 'kysely';
import {
  KEY_AREA_ID,
  keyedTable,
  linkTable,
  optionalText,
  ownedTable,
  requiredText,
  withEditTimes,
  withImport,
  withRegion,
  withSource,
  withVersion,
} from '../column-groups.js';
import { NUM, cascade, requiredRef, sqlIn } from '../column-types.js';
import { createIndexes } from '../table-indexes.js';

/** Indicators and their values. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function createIndicatorTables(db: Kysely<any>): Promise<void> {
  await keyedTable(db, 'indicators')
    .$call(requiredText('name_en', 'name_nl', 'unit'))
    .addColumn('aggregation', 'text', (c) =>
      c.notNull().check(sqlIn('aggregation', ['count', 'rate'])),
    )
    .addColumn('dataset_id', 'text', (c) => c.references('datasets.id'))
    .execute();

  await ownedTable(db, 'indicator_values', 'indicator_id', 'indicators.id')
    .$call(withRegion)
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('value', NUM)
    .addColumn('flags', 'text')
    .$call(withImport)
    .addPrimaryKeyConstraint('indicator_values_pk', ['indicator_id', 'region_code', 'year'])
    .execute();
  await createIndexes(db, { indicator_values_region: ['indicator_values', 'region_code'] });
}

/** Good practices, visits with their agendas, findings and commitments, and settings. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function createPracticeAndVisitTables(db: Kysely<any>): Promise<void> {
  await keyedTable(db, 'good_practices')
    .$call(requiredText('title'))
    .$call(withRegion)
    .addColumn('topic', 'integer', (c) => c.notNull().check(sqlIn('topic', [1, 2, 3])))
    .$call(optionalText('period_start', 'period_end'))
    .$call(requiredText('description'))
    .$call(optionalText('resources', 'evidence', 'transfer_potential', 'contact', 'source_url'))
    .addColumn('language', 'text', (c) => c.notNull().defaultTo('nl'))
    .addColumn('status', 'text', (c) => c.notNull().check(sqlIn('status', ['draft', 'published'])))
    .$call(withEditTimes)
    .$call(withVersion)
    .execute();

  await linkTable(
    db,
    'good_practice_key_areas',
    ['practice_id', 'good_practices.id'],
    KEY_AREA_ID,
  ).execute();

  await keyedTable(db, 'practice_transfers')
    .addColumn('practice_id', 'text', cascade('good_practices.id'))
    .addColumn('to_region_code', 'text', requiredRef('regions.code'))
    .addColumn('year', 'integer')
    .addColumn('outcome', 'text')
    .execute();

  await keyedTable(db, 'visits')
    .$call(withRegion)
    .$call(requiredText('date'))
    .$call(optionalText('venue', 'hosts', 'participants'))
    .addColumn('status', 'text', (c) =>
      c.notNull().check(sqlIn('status', ['planned', 'done', 'cancelled'])),
    )
    .addColumn('dossier_snapshot', 'text')
    .$call(withSource)
    .$call(withVersion)
    .execute();

  await ownedTable(db, 'visit_agenda_items', 'visit_id', 'visits.id')
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('topic', 'integer')
    .$call(requiredText('title'))
    .addPrimaryKeyConstraint('visit_agenda_items_pk', ['visit_id', 'position'])
    .execute();

  await keyedTable(db, 'visit_findings')
    .addColumn('visit_id', 'text', cascade('visits.id'))
    .addColumn('topic', 'integer', (c) => c.notNull().check(sqlIn('topic', [1, 2, 3])))
    .$call(requiredText('text', 'created_at'))
    .$call(withVersion)
    .execute();

  await keyedTable(db, 'commitments')
    .addColumn('visit_id', 'text', cascade('visits.id'))
    .$call(requiredText('description', 'owner'))
    .addColumn('due_date', 'text')
    .addColumn('status', 'text', (c) =>
      c.notNull().check(sqlIn('status', ['open', 'done', 'dropped'])),
    )
    .$call(requiredText('created_at'))
    .$call(withVersion)
    .execute();

  await keyedTable(db, 'settings', 'key').$call(requiredText('value')).execute();
}
