import type { Kysely } from 'kysely';
import { NUM, sqlIn } from './column-types.js';

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
    .addColumn('source_id', 'text', (c) => c.references('datasets.id'))
    .execute();

  await db.schema
    .createTable('clusters')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('region_code', 'text', (c) => c.notNull().references('regions.code'))
    .addColumn('name_nl', 'text', (c) => c.notNull())
    .addColumn('name_en', 'text', (c) => c.notNull())
    .addColumn('description', 'text')
    .addColumn('source_id', 'text', (c) => c.references('datasets.id'))
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema.createIndex('clusters_region').on('clusters').column('region_code').execute();

  await db.schema
    .createTable('cluster_members')
    .addColumn('cluster_id', 'text', (c) =>
      c.notNull().references('clusters.id').onDelete('cascade'),
    )
    .addColumn('actor_id', 'text', (c) => c.notNull().references('actors.id').onDelete('cascade'))
    .addColumn('role', 'text')
    .addPrimaryKeyConstraint('cluster_members_pk', ['cluster_id', 'actor_id'])
    .execute();

  await db.schema
    .createTable('cluster_key_areas')
    .addColumn('cluster_id', 'text', (c) =>
      c.notNull().references('clusters.id').onDelete('cascade'),
    )
    .addColumn('key_area_id', 'text', (c) =>
      c.notNull().references('key_areas.id').onDelete('cascade'),
    )
    .addColumn('weight', NUM, (c) => c.notNull())
    .addPrimaryKeyConstraint('cluster_key_areas_pk', ['cluster_id', 'key_area_id'])
    .execute();
}
