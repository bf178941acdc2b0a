import type { Kysely } from 'kysely';
import { NUM, sqlIn } from './column-types.js';

/** Projects, their programme parts and key areas, and who took part. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function createProjectTables(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('projects')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('acronym', 'text')
    .addColumn('title', 'text')
    .addColumn('programme', 'text', (c) => c.notNull())
    .addColumn('funding_source', 'text', (c) =>
      c.notNull().check(sqlIn('funding_source', ['eu', 'national', 'regional', 'private'])),
    )
    .addColumn('start_date', 'text')
    .addColumn('end_date', 'text')
    .addColumn('total_cost_eur', NUM)
    .addColumn('ec_max_contribution_eur', NUM)
    .addColumn('source_id', 'text', (c) => c.references('datasets.id'))
    .addColumn('import_id', 'text', (c) => c.references('imports.id'))
    .execute();

  await db.schema
    .createTable('project_programme_parts')
    .addColumn('project_id', 'text', (c) =>
      c.notNull().references('projects.id').onDelete('cascade'),
    )
    .addColumn('programme_part', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('project_programme_parts_pk', ['project_id', 'programme_part'])
    .execute();

  await db.schema
    .createTable('project_key_areas')
    .addColumn('project_id', 'text', (c) =>
      c.notNull().references('projects.id').onDelete('cascade'),
    )
    .addColumn('key_area_id', 'text', (c) =>
      c.notNull().references('key_areas.id').onDelete('cascade'),
    )
    .addColumn('weight', NUM, (c) => c.notNull().defaultTo(1))
    .addColumn('method', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('project_key_areas_pk', ['project_id', 'key_area_id'])
    .execute();

  await db.schema
    .createTable('programme_key_areas')
    .addColumn('source_kind', 'text', (c) =>
      c.notNull().check(sqlIn('source_kind', ['programme_part', 'programme_code', 'topic'])),
    )
    .addColumn('source_code', 'text', (c) => c.notNull())
    .addColumn('key_area_id', 'text', (c) =>
      c.notNull().references('key_areas.id').onDelete('cascade'),
    )
    .addColumn('weight', NUM, (c) => c.notNull().defaultTo(1))
    .addColumn('source_id', 'text', (c) => c.references('datasets.id'))
    .addPrimaryKeyConstraint('programme_key_areas_pk', [
      'source_kind',
      'source_code',
      'key_area_id',
    ])
    .execute();

  await db.schema
    .createTable('participations')
    .addColumn('project_id', 'text', (c) =>
      c.notNull().references('projects.id').onDelete('cascade'),
    )
    .addColumn('actor_id', 'text', (c) => c.notNull().references('actors.id'))
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('contribution_eur', NUM)
    .addColumn('total_cost_eur', NUM)
    .addColumn('import_id', 'text', (c) => c.references('imports.id'))
    .addPrimaryKeyConstraint('participations_pk', ['project_id', 'actor_id'])
    .execute();
  await db.schema
    .createIndex('participations_actor')
    .on('participations')
    .column('actor_id')
    .execute();
}
