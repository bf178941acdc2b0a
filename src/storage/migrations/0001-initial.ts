import { sql, type Kysely } from 'kysely';

/**
 * The domain model of PRODUCT.md. Natural keys everywhere, so that loading the same thing twice
 * updates rather than duplicates. Types are chosen to behave the same on SQLite and PostgreSQL:
 * text for identifiers and ISO dates, `double precision` for amounts, integers for counts and flags.
 */
// The database type is unknown to migrations on purpose: they must not depend on today's schema.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  const num = 'double precision';

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
    .addColumn('weight', num, (c) => c.notNull())
    .addColumn('source_id', 'text', (c) => c.references('datasets.id'))
    .addPrimaryKeyConstraint('key_area_crosswalk_pk', ['from_key_area_id', 'to_key_area_id'])
    .execute();

  await db.schema
    .createTable('actor_key_areas')
    .addColumn('actor_id', 'text', (c) => c.notNull().references('actors.id').onDelete('cascade'))
    .addColumn('key_area_id', 'text', (c) =>
      c.notNull().references('key_areas.id').onDelete('cascade'),
    )
    .addColumn('weight', num, (c) => c.notNull().defaultTo(1))
    .addPrimaryKeyConstraint('actor_key_areas_pk', ['actor_id', 'key_area_id'])
    .execute();

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
    .addColumn('weight', num, (c) => c.notNull())
    .addPrimaryKeyConstraint('cluster_key_areas_pk', ['cluster_id', 'key_area_id'])
    .execute();

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
    .addColumn('total_cost_eur', num)
    .addColumn('ec_max_contribution_eur', num)
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
    .addColumn('weight', num, (c) => c.notNull().defaultTo(1))
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
    .addColumn('weight', num, (c) => c.notNull().defaultTo(1))
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
    .addColumn('contribution_eur', num)
    .addColumn('total_cost_eur', num)
    .addColumn('import_id', 'text', (c) => c.references('imports.id'))
    .addPrimaryKeyConstraint('participations_pk', ['project_id', 'actor_id'])
    .execute();
  await db.schema
    .createIndex('participations_actor')
    .on('participations')
    .column('actor_id')
    .execute();

  await db.schema
    .createTable('funds')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('region_code', 'text', (c) => c.notNull().references('regions.code'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('size_eur', num)
    .addColumn('instruments', 'text')
    .addColumn('target_sectors', 'text')
    .addColumn('manager', 'text')
    .addColumn('url', 'text')
    .addColumn('source_id', 'text', (c) => c.references('datasets.id'))
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
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
    .addColumn('source_id', 'text', (c) => c.references('datasets.id'))
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();

  await db.schema
    .createTable('contact_point_regions')
    .addColumn('contact_point_id', 'text', (c) =>
      c.notNull().references('contact_points.id').onDelete('cascade'),
    )
    .addColumn('region_code', 'text', (c) => c.notNull().references('regions.code'))
    .addPrimaryKeyConstraint('contact_point_regions_pk', ['contact_point_id', 'region_code'])
    .execute();

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
    .addColumn('indicator_id', 'text', (c) =>
      c.notNull().references('indicators.id').onDelete('cascade'),
    )
    .addColumn('region_code', 'text', (c) => c.notNull().references('regions.code'))
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('value', num)
    .addColumn('flags', 'text')
    .addColumn('import_id', 'text', (c) => c.references('imports.id'))
    .addPrimaryKeyConstraint('indicator_values_pk', ['indicator_id', 'region_code', 'year'])
    .execute();
  await db.schema
    .createIndex('indicator_values_region')
    .on('indicator_values')
    .column('region_code')
    .execute();

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
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();

  await db.schema
    .createTable('good_practice_key_areas')
    .addColumn('practice_id', 'text', (c) =>
      c.notNull().references('good_practices.id').onDelete('cascade'),
    )
    .addColumn('key_area_id', 'text', (c) =>
      c.notNull().references('key_areas.id').onDelete('cascade'),
    )
    .addPrimaryKeyConstraint('good_practice_key_areas_pk', ['practice_id', 'key_area_id'])
    .execute();

  await db.schema
    .createTable('practice_transfers')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('practice_id', 'text', (c) =>
      c.notNull().references('good_practices.id').onDelete('cascade'),
    )
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
    .addColumn('source_id', 'text', (c) => c.references('datasets.id'))
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();

  await db.schema
    .createTable('visit_agenda_items')
    .addColumn('visit_id', 'text', (c) => c.notNull().references('visits.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('topic', 'integer')
    .addColumn('title', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('visit_agenda_items_pk', ['visit_id', 'position'])
    .execute();

  await db.schema
    .createTable('visit_findings')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('visit_id', 'text', (c) => c.notNull().references('visits.id').onDelete('cascade'))
    .addColumn('topic', 'integer', (c) => c.notNull().check(sqlIn('topic', [1, 2, 3])))
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();

  await db.schema
    .createTable('commitments')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('visit_id', 'text', (c) => c.notNull().references('visits.id').onDelete('cascade'))
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('owner', 'text', (c) => c.notNull())
    .addColumn('due_date', 'text')
    .addColumn('status', 'text', (c) =>
      c.notNull().check(sqlIn('status', ['open', 'done', 'dropped'])),
    )
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();

  await db.schema
    .createTable('settings')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('value', 'text', (c) => c.notNull())
    .execute();
}

/** A CHECK (column IN (...)) expression with literal values, the same on both databases. */
function sqlIn(column: string, values: readonly (string | number)[]) {
  const list = values
    .map((v) => (typeof v === 'number' ? String(v) : `'${v.replace(/'/g, "''")}'`))
    .join(', ');
  return sql.raw(`${column} in (${list})`);
}
