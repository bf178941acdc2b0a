import type { Kysely } from 'kysely';
import { NUM, cascade, firstVersion, importRun, source, sqlIn } from './column-types.js';

/** Innovation platforms, clusters, their members and key areas. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function createClusterTables(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('platforms')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('scope', 'text', (c) => c.notNull().check(sqlIn('scope', ['national', 'regional'])))
    .addColumn('region_code', 'text', (c) => c.references('regions.code'))
    .addColumn('url', 'text')
    .addColumn('source_id', 'text', source)
    .execute();

  await db.schema
    .createTable('clusters')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('region_code', 'text', (c) => c.notNull().references('regions.code'))
    .addColumn('name_nl', 'text', (c) => c.notNull())
    .addColumn('name_en', 'text', (c) => c.notNull())
    .addColumn('description', 'text')
    .addColumn('source_id', 'text', source)
    .addColumn('version', 'integer', firstVersion)
    .execute();
  await db.schema.createIndex('clusters_region').on('clusters').column('region_code').execute();

  await db.schema
    .createTable('cluster_members')
    .addColumn('cluster_id', 'text', cascade('clusters.id'))
    .addColumn('actor_id', 'text', cascade('actors.id'))
    .addColumn('role', 'text')
    .addPrimaryKeyConstraint('cluster_members_pk', ['cluster_id', 'actor_id'])
    .execute();

  await db.schema
    .createTable('cluster_key_areas')
    .addColumn('cluster_id', 'text', cascade('clusters.id'))
    .addColumn('key_area_id', 'text', cascade('key_areas.id'))
    .addColumn('weight', NUM, (c) => c.notNull())
    .addPrimaryKeyConstraint('cluster_key_areas_pk', ['cluster_id', 'key_area_id'])
    .execute();
}

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
    .addColumn('source_id', 'text', source)
    .addColumn('import_id', 'text', importRun)
    .execute();

  await db.schema
    .createTable('project_programme_parts')
    .addColumn('project_id', 'text', cascade('projects.id'))
    .addColumn('programme_part', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('project_programme_parts_pk', ['project_id', 'programme_part'])
    .execute();

  await db.schema
    .createTable('project_key_areas')
    .addColumn('project_id', 'text', cascade('projects.id'))
    .addColumn('key_area_id', 'text', cascade('key_areas.id'))
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
    .addColumn('key_area_id', 'text', cascade('key_areas.id'))
    .addColumn('weight', NUM, (c) => c.notNull().defaultTo(1))
    .addColumn('source_id', 'text', source)
    .addPrimaryKeyConstraint('programme_key_areas_pk', [
      'source_kind',
      'source_code',
      'key_area_id',
    ])
    .execute();

  await db.schema
    .createTable('participations')
    .addColumn('project_id', 'text', cascade('projects.id'))
    .addColumn('actor_id', 'text', (c) => c.notNull().references('actors.id'))
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('contribution_eur', NUM)
    .addColumn('total_cost_eur', NUM)
    .addColumn('import_id', 'text', importRun)
    .addPrimaryKeyConstraint('participations_pk', ['project_id', 'actor_id'])
    .execute();
  await db.schema
    .createIndex('participations_actor')
    .on('participations')
    .column('actor_id')
    .execute();
}

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
    .addColumn('source_id', 'text', source)
    .addColumn('version', 'integer', firstVersion)
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
    .addColumn('source_id', 'text', source)
    .addColumn('version', 'integer', firstVersion)
    .execute();

  await db.schema
    .createTable('contact_point_regions')
    .addColumn('contact_point_id', 'text', cascade('contact_points.id'))
    .addColumn('region_code', 'text', (c) => c.notNull().references('regions.code'))
    .addPrimaryKeyConstraint('contact_point_regions_pk', ['contact_point_id', 'region_code'])
    .execute();
}
