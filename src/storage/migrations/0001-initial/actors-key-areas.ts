import type { Kysely } from 'kysely';
import { NUM, sqlIn } from './column-types.js';

/** Organisations, the key-area classifications and the key areas of organisations. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function createActorAndKeyAreaTables(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('actors')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('short_name', 'text')
    .addColumn('helix_role', 'text', (c) =>
      c
        .notNull()
        .check(sqlIn('helix_role', ['business', 'research', 'education', 'government', 'other'])),
    )
    .addColumn('activity_type', 'text')
    .addColumn('is_sme', 'integer')
    .addColumn('pic', 'text')
    .addColumn('kvk', 'text')
    .addColumn('street', 'text')
    .addColumn('postcode', 'text')
    .addColumn('city', 'text')
    .addColumn('country_code', 'text')
    .addColumn('municipality_code', 'text', (c) => c.references('municipalities.code'))
    .addColumn('region_code', 'text', (c) => c.references('regions.code'))
    .addColumn('placement', 'text')
    .addColumn('source_id', 'text', (c) => c.references('datasets.id'))
    .addColumn('import_id', 'text', (c) => c.references('imports.id'))
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema.createIndex('actors_region').on('actors').column('region_code').execute();
  await db.schema.createIndex('actors_country').on('actors').column('country_code').execute();

  await db.schema
    .createTable('key_area_taxonomies')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name_nl', 'text', (c) => c.notNull())
    .addColumn('name_en', 'text', (c) => c.notNull())
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('source_id', 'text', (c) => c.references('datasets.id'))
    .execute();

  await db.schema
    .createTable('key_areas')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('taxonomy_id', 'text', (c) =>
      c.notNull().references('key_area_taxonomies.id').onDelete('cascade'),
    )
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('name_nl', 'text', (c) => c.notNull())
    .addColumn('name_en', 'text', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addUniqueConstraint('key_areas_taxonomy_code', ['taxonomy_id', 'code'])
    .execute();

  await db.schema
    .createTable('key_area_crosswalk')
    .addColumn('from_key_area_id', 'text', (c) =>
      c.notNull().references('key_areas.id').onDelete('cascade'),
    )
    .addColumn('to_key_area_id', 'text', (c) =>
      c.notNull().references('key_areas.id').onDelete('cascade'),
    )
    .addColumn('weight', NUM, (c) => c.notNull())
    .addColumn('source_id', 'text', (c) => c.references('datasets.id'))
    .addPrimaryKeyConstraint('key_area_crosswalk_pk', ['from_key_area_id', 'to_key_area_id'])
    .execute();

  await db.schema
    .createTable('actor_key_areas')
    .addColumn('actor_id', 'text', (c) => c.notNull().references('actors.id').onDelete('cascade'))
    .addColumn('key_area_id', 'text', (c) =>
      c.notNull().references('key_areas.id').onDelete('cascade'),
    )
    .addColumn('weight', NUM, (c) => c.notNull().defaultTo(1))
    .addPrimaryKeyConstraint('actor_key_areas_pk', ['actor_id', 'key_area_id'])
    .execute();
}
