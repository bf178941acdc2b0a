import type { Kysely } from 'kysely';
import {
  KEY_AREA_ID,
  keyedTable,
  linkTable,
  optionalText,
  ownedTable,
  requiredText,
  withImport,
  withSource,
  withVersion,
} from '../column-groups.js';
import { NUM, cascade, requiredRef, sqlIn } from '../column-types.js';
import { createIndexes } from '../table-indexes.js';

/** The data sets figures come from and the imports that read them. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function createProvenanceTables(db: Kysely<any>): Promise<void> {
  await keyedTable(db, 'datasets')
    .$call(requiredText('title', 'publisher'))
    .$call(optionalText('licence', 'url', 'retrieved_at'))
    .execute();

  await keyedTable(db, 'imports')
    .addColumn('dataset_id', 'text', (c) => c.references('datasets.id'))
    .$call(requiredText('kind', 'file', 'checksum', 'started_at'))
    .addColumn('finished_at', 'text')
    .addColumn('rows_read', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('rows_inserted', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('rows_updated', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('rows_refused', 'integer', (c) => c.notNull().defaultTo(0))
    .$call(requiredText('status'))
    .execute();
}

/** Regions, their boundaries, municipalities, places and postcodes. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function createGeographyTables(db: Kysely<any>): Promise<void> {
  await keyedTable(db, 'regions', 'code')
    .addColumn('kind', 'text', (c) =>
      c.notNull().check(sqlIn('kind', ['nuts', 'country', 'aggregate'])),
    )
    .addColumn('level', 'integer', (c) => c.notNull())
    .$call(requiredText('nuts_version', 'name_en', 'name_nl', 'name_latn', 'country_code'))
    .addColumn('parent_code', 'text', (c) => c.references('regions.code'))
    .$call(withSource)
    .execute();
  await createIndexes(db, {
    regions_parent: ['regions', 'parent_code'],
    regions_level_country: ['regions', 'level', 'country_code'],
  });

  await ownedTable(db, 'region_geometries', 'region_code', 'regions.code')
    .$call(requiredText('scale', 'geojson'))
    .$call(withSource)
    .addPrimaryKeyConstraint('region_geometries_pk', ['region_code', 'scale'])
    .execute();

  await keyedTable(db, 'municipalities', 'code')
    .$call(requiredText('name'))
    .addColumn('corop_code', 'text')
    .addColumn('nuts3_code', 'text', (c) => c.references('regions.code'))
    .addColumn('geojson', 'text')
    .$call(withSource)
    .execute();

  await keyedTable(db, 'places', 'code')
    .$call(requiredText('name', 'name_key'))
    .addColumn('municipality_code', 'text', requiredRef('municipalities.code'))
    .$call(withSource)
    .execute();
  await createIndexes(db, { places_name_key: ['places', 'name_key'] });

  await keyedTable(db, 'place_aliases', 'alias_key')
    .addColumn('place_code', 'text', requiredRef('places.code'))
    .$call(withSource)
    .execute();

  await db.schema
    .createTable('postcodes')
    .$call(requiredText('country_code', 'postcode'))
    .addColumn('nuts3_code', 'text', requiredRef('regions.code'))
    .$call(withImport)
    .addPrimaryKeyConstraint('postcodes_pk', ['country_code', 'postcode'])
    .execute();
}

/** Organisations, the key-area classifications and the key areas of organisations. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function createActorAndKeyAreaTables(db: Kysely<any>): Promise<void> {
  await keyedTable(db, 'actors')
    .$call(requiredText('name'))
    .addColumn('short_name', 'text')
    .addColumn('helix_role', 'text', (c) =>
      c
        .notNull()
        .check(sqlIn('helix_role', ['business', 'research', 'education', 'government', 'other'])),
    )
    .addColumn('activity_type', 'text')
    .addColumn('is_sme', 'integer')
    .$call(optionalText('pic', 'kvk', 'street', 'postcode', 'city', 'country_code'))
    .addColumn('municipality_code', 'text', (c) => c.references('municipalities.code'))
    .addColumn('region_code', 'text', (c) => c.references('regions.code'))
    .addColumn('placement', 'text')
    .$call(withSource)
    .$call(withImport)
    .$call(withVersion)
    .execute();
  await createIndexes(db, {
    actors_region: ['actors', 'region_code'],
    actors_country: ['actors', 'country_code'],
  });

  await keyedTable(db, 'key_area_taxonomies')
    .$call(requiredText('name_nl', 'name_en'))
    .addColumn('year', 'integer', (c) => c.notNull())
    .$call(withSource)
    .execute();

  await keyedTable(db, 'key_areas')
    .addColumn('taxonomy_id', 'text', cascade('key_area_taxonomies.id'))
    .$call(requiredText('code', 'name_nl', 'name_en'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addUniqueConstraint('key_areas_taxonomy_code', ['taxonomy_id', 'code'])
    .execute();

  await linkTable(
    db,
    'key_area_crosswalk',
    ['from_key_area_id', 'key_areas.id'],
    ['to_key_area_id', 'text', cascade('key_areas.id')],
  )
    .addColumn('weight', NUM, (c) => c.notNull())
    .$call(withSource)
    .execute();

  await linkTable(db, 'actor_key_areas', ['actor_id', 'actors.id'], KEY_AREA_ID)
    .addColumn('weight', NUM, (c) => c.notNull().defaultTo(1))
    .execute();
}
