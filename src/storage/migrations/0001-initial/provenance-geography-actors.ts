import type { Kysely } from 'kysely';
import { NUM, cascade, firstVersion, importRun, source, sqlIn } from './column-types.js';

/** The data sets figures come from and the imports that read them. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function createProvenanceTables(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('datasets')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('publisher', 'text', (c) => c.notNull())
    .addColumn('licence', 'text')
    .addColumn('url', 'text')
    .addColumn('retrieved_at', 'text')
    .execute();

  await db.schema
    .createTable('imports')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('dataset_id', 'text', (c) => c.references('datasets.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('file', 'text', (c) => c.notNull())
    .addColumn('checksum', 'text', (c) => c.notNull())
    .addColumn('started_at', 'text', (c) => c.notNull())
    .addColumn('finished_at', 'text')
    .addColumn('rows_read', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('rows_inserted', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('rows_updated', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('rows_refused', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('status', 'text', (c) => c.notNull())
    .execute();
}

/** Regions, their boundaries, municipalities, places and postcodes. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function createGeographyTables(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('regions')
    .addColumn('code', 'text', (c) => c.primaryKey())
    .addColumn('kind', 'text', (c) =>
      c.notNull().check(sqlIn('kind', ['nuts', 'country', 'aggregate'])),
    )
    .addColumn('level', 'integer', (c) => c.notNull())
    .addColumn('nuts_version', 'text', (c) => c.notNull())
    .addColumn('name_en', 'text', (c) => c.notNull())
    .addColumn('name_nl', 'text', (c) => c.notNull())
    .addColumn('name_latn', 'text', (c) => c.notNull())
    .addColumn('country_code', 'text', (c) => c.notNull())
    .addColumn('parent_code', 'text', (c) => c.references('regions.code'))
    .addColumn('source_id', 'text', source)
    .execute();
  await db.schema.createIndex('regions_parent').on('regions').column('parent_code').execute();
  await db.schema
    .createIndex('regions_level_country')
    .on('regions')
    .columns(['level', 'country_code'])
    .execute();

  await db.schema
    .createTable('region_geometries')
    .addColumn('region_code', 'text', cascade('regions.code'))
    .addColumn('scale', 'text', (c) => c.notNull())
    .addColumn('geojson', 'text', (c) => c.notNull())
    .addColumn('source_id', 'text', source)
    .addPrimaryKeyConstraint('region_geometries_pk', ['region_code', 'scale'])
    .execute();

  await db.schema
    .createTable('municipalities')
    .addColumn('code', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('corop_code', 'text')
    .addColumn('nuts3_code', 'text', (c) => c.references('regions.code'))
    .addColumn('geojson', 'text')
    .addColumn('source_id', 'text', source)
    .execute();

  await db.schema
    .createTable('places')
    .addColumn('code', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('name_key', 'text', (c) => c.notNull())
    .addColumn('municipality_code', 'text', (c) => c.notNull().references('municipalities.code'))
    .addColumn('source_id', 'text', source)
    .execute();
  await db.schema.createIndex('places_name_key').on('places').column('name_key').execute();

  await db.schema
    .createTable('place_aliases')
    .addColumn('alias_key', 'text', (c) => c.primaryKey())
    .addColumn('place_code', 'text', (c) => c.notNull().references('places.code'))
    .addColumn('source_id', 'text', source)
    .execute();

  await db.schema
    .createTable('postcodes')
    .addColumn('country_code', 'text', (c) => c.notNull())
    .addColumn('postcode', 'text', (c) => c.notNull())
    .addColumn('nuts3_code', 'text', (c) => c.notNull().references('regions.code'))
    .addColumn('import_id', 'text', importRun)
    .addPrimaryKeyConstraint('postcodes_pk', ['country_code', 'postcode'])
    .execute();
}

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
    .addColumn('source_id', 'text', source)
    .addColumn('import_id', 'text', importRun)
    .addColumn('version', 'integer', firstVersion)
    .execute();
  await db.schema.createIndex('actors_region').on('actors').column('region_code').execute();
  await db.schema.createIndex('actors_country').on('actors').column('country_code').execute();

  await db.schema
    .createTable('key_area_taxonomies')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name_nl', 'text', (c) => c.notNull())
    .addColumn('name_en', 'text', (c) => c.notNull())
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('source_id', 'text', source)
    .execute();

  await db.schema
    .createTable('key_areas')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('taxonomy_id', 'text', cascade('key_area_taxonomies.id'))
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('name_nl', 'text', (c) => c.notNull())
    .addColumn('name_en', 'text', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addUniqueConstraint('key_areas_taxonomy_code', ['taxonomy_id', 'code'])
    .execute();

  await db.schema
    .createTable('key_area_crosswalk')
    .addColumn('from_key_area_id', 'text', cascade('key_areas.id'))
    .addColumn('to_key_area_id', 'text', cascade('key_areas.id'))
    .addColumn('weight', NUM, (c) => c.notNull())
    .addColumn('source_id', 'text', source)
    .addPrimaryKeyConstraint('key_area_crosswalk_pk', ['from_key_area_id', 'to_key_area_id'])
    .execute();

  await db.schema
    .createTable('actor_key_areas')
    .addColumn('actor_id', 'text', cascade('actors.id'))
    .addColumn('key_area_id', 'text', cascade('key_areas.id'))
    .addColumn('weight', NUM, (c) => c.notNull().defaultTo(1))
    .addPrimaryKeyConstraint('actor_key_areas_pk', ['actor_id', 'key_area_id'])
    .execute();
}
