import type { Kysely } from 'kysely';
import {
  KEY_AREA_ID,
  REGION_CODE,
  keyedTable,
  linkTable,
  optionalText,
  requiredText,
  withImport,
  withRegion,
  withSource,
  withVersion,
} from '../column-groups.js';
import { NUM, cascade, requiredRef, sqlIn } from '../column-types.js';
import { createIndexes } from '../table-indexes.js';

/** Innovation platforms, clusters, their members and key areas. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function createClusterTables(db: Kysely<any>): Promise<void> {
  await keyedTable(db, 'platforms')
    .$call(requiredText('name'))
    .addColumn('scope', 'text', (c) => c.notNull().check(sqlIn('scope', ['national', 'regional'])))
    .addColumn('region_code', 'text', (c) => c.references('regions.code'))
    .addColumn('url', 'text')
    .$call(withSource)
    .execute();

  await keyedTable(db, 'clusters')
    .$call(withRegion)
    .$call(requiredText('name_nl', 'name_en'))
    .addColumn('description', 'text')
    .$call(withSource)
    .$call(withVersion)
    .execute();
  await createIndexes(db, { clusters_region: ['clusters', 'region_code'] });

  const cluster = ['cluster_id', 'clusters.id'] as const;
  await linkTable(db, 'cluster_members', cluster, ['actor_id', 'text', cascade('actors.id')])
    .addColumn('role', 'text')
    .execute();

  await linkTable(db, 'cluster_key_areas', cluster, KEY_AREA_ID)
    .addColumn('weight', NUM, (c) => c.notNull())
    .execute();
}

/** Projects, their programme parts and key areas, and who took part. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function createProjectTables(db: Kysely<any>): Promise<void> {
  await keyedTable(db, 'projects')
    .$call(optionalText('acronym', 'title'))
    .$call(requiredText('programme'))
    .addColumn('funding_source', 'text', (c) =>
      c.notNull().check(sqlIn('funding_source', ['eu', 'national', 'regional', 'private'])),
    )
    .$call(optionalText('start_date', 'end_date'))
    .addColumn('total_cost_eur', NUM)
    .addColumn('ec_max_contribution_eur', NUM)
    .$call(withSource)
    .$call(withImport)
    .execute();

  const project = ['project_id', 'projects.id'] as const;
  await linkTable(db, 'project_programme_parts', project, [
    'programme_part',
    'text',
    (c) => c.notNull(),
  ]).execute();

  await linkTable(db, 'project_key_areas', project, KEY_AREA_ID)
    .addColumn('weight', NUM, (c) => c.notNull().defaultTo(1))
    .$call(requiredText('method'))
    .execute();

  await db.schema
    .createTable('programme_key_areas')
    .addColumn('source_kind', 'text', (c) =>
      c.notNull().check(sqlIn('source_kind', ['programme_part', 'programme_code', 'topic'])),
    )
    .$call(requiredText('source_code'))
    .addColumn(...KEY_AREA_ID)
    .addColumn('weight', NUM, (c) => c.notNull().defaultTo(1))
    .$call(withSource)
    .addPrimaryKeyConstraint('programme_key_areas_pk', [
      'source_kind',
      'source_code',
      'key_area_id',
    ])
    .execute();

  await linkTable(db, 'participations', project, ['actor_id', 'text', requiredRef('actors.id')])
    .$call(requiredText('role'))
    .addColumn('contribution_eur', NUM)
    .addColumn('total_cost_eur', NUM)
    .$call(withImport)
    .execute();
  await createIndexes(db, { participations_actor: ['participations', 'actor_id'] });
}

/** Regional investment funds and contact points for SMEs. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function createRegionalSupportTables(db: Kysely<any>): Promise<void> {
  await keyedTable(db, 'funds')
    .$call(withRegion)
    .$call(requiredText('name'))
    .addColumn('size_eur', NUM)
    .$call(optionalText('instruments', 'target_sectors', 'manager', 'url'))
    .$call(withSource)
    .$call(withVersion)
    .execute();

  await keyedTable(db, 'contact_points')
    .$call(requiredText('name'))
    .addColumn('actor_id', 'text', (c) => c.references('actors.id'))
    .$call(optionalText('channels', 'url'))
    .addColumn('smes_served_per_year', 'integer')
    .addColumn('smes_served_year', 'integer')
    .$call(withSource)
    .$call(withVersion)
    .execute();

  await linkTable(
    db,
    'contact_point_regions',
    ['contact_point_id', 'contact_points.id'],
    REGION_CODE,
  ).execute();
}
