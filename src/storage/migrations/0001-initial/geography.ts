import type { Kysely } from 'kysely';
import { sqlIn } from './column-types.js';

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
    .addColumn('source_id', 'text', (c) => c.references('datasets.id'))
    .execute();
  await db.schema.createIndex('regions_parent').on('regions').column('parent_code').execute();
  await db.schema
    .createIndex('regions_level_country')
    .on('regions')
    .columns(['level', 'country_code'])
    .execute();

  await db.schema
    .createTable('region_geometries')
    .addColumn('region_code', 'text', (c) =>
      c.notNull().references('regions.code').onDelete('cascade'),
    )
    .addColumn('scale', 'text', (c) => c.notNull())
    .addColumn('geojson', 'text', (c) => c.notNull())
    .addColumn('source_id', 'text', (c) => c.references('datasets.id'))
    .addPrimaryKeyConstraint('region_geometries_pk', ['region_code', 'scale'])
    .execute();

  await db.schema
    .createTable('municipalities')
    .addColumn('code', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('corop_code', 'text')
    .addColumn('nuts3_code', 'text', (c) => c.references('regions.code'))
    .addColumn('geojson', 'text')
    .addColumn('source_id', 'text', (c) => c.references('datasets.id'))
    .execute();

  await db.schema
    .createTable('places')
    .addColumn('code', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('name_key', 'text', (c) => c.notNull())
    .addColumn('municipality_code', 'text', (c) => c.notNull().references('municipalities.code'))
    .addColumn('source_id', 'text', (c) => c.references('datasets.id'))
    .execute();
  await db.schema.createIndex('places_name_key').on('places').column('name_key').execute();

  await db.schema
    .createTable('place_aliases')
    .addColumn('alias_key', 'text', (c) => c.primaryKey())
    .addColumn('place_code', 'text', (c) => c.notNull().references('places.code'))
    .addColumn('source_id', 'text', (c) => c.references('datasets.id'))
    .execute();

  await db.schema
    .createTable('postcodes')
    .addColumn('country_code', 'text', (c) => c.notNull())
    .addColumn('postcode', 'text', (c) => c.notNull())
    .addColumn('nuts3_code', 'text', (c) => c.notNull().references('regions.code'))
    .addColumn('import_id', 'text', (c) => c.references('imports.id'))
    .addPrimaryKeyConstraint('postcodes_pk', ['country_code', 'postcode'])
    .execute();
}
