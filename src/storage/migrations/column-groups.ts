import type { ColumnBuilderCallback, CreateTableBuilder, Kysely } from 'kysely';
import { cascade, firstVersion, importRun, requiredRef, source } from './column-types.js';

// Migrations build tables column by column in the order given: these groups add theirs where they
// are called, so a table's columns stand in the same order as when each was written out.
// Every migration that has run somewhere must keep building the same schema: a change here shows
// in the schema snapshots of migrated-schema.db.test.ts.

/** A table being created, whichever columns it has so far. */
export type TableBuilder = CreateTableBuilder<string, string>;

/** A change to a table being created: the columns of a group, added where it is called. */
export type ColumnGroup = (table: TableBuilder) => TableBuilder;

/** Starts the table `name` with its text primary key `key` (`id` unless named). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function keyedTable(db: Kysely<any>, name: string, key = 'id'): TableBuilder {
  return db.schema.createTable(name).addColumn(key, 'text', (c) => c.primaryKey());
}

/**
 * Starts the table `name` whose rows belong to a row of another table: `column` refers to
 * `references` (`table.column`), and a row goes when the row it belongs to goes.
 */
export function ownedTable(
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  db: Kysely<any>,
  name: string,
  column: string,
  references: string,
): TableBuilder {
  return db.schema.createTable(name).addColumn(column, 'text', cascade(references));
}

/** Text columns that must hold a value, in the order given. */
export function requiredText(...columns: readonly string[]): ColumnGroup {
  return (table) =>
    columns.reduce((t, column) => t.addColumn(column, 'text', (c) => c.notNull()), table);
}

/** Text columns that may be left empty (null), in the order given. */
export function optionalText(...columns: readonly string[]): ColumnGroup {
  return (table) => columns.reduce((t, column) => t.addColumn(column, 'text'), table);
}

/** `version`, for optimistic locking (`firstVersion`). */
export const withVersion: ColumnGroup = (table) =>
  table.addColumn('version', 'integer', firstVersion);

/** `source_id`, the data set a row comes from. */
export const withSource: ColumnGroup = (table) => table.addColumn('source_id', 'text', source);

/** `import_id`, the import run that wrote a row. */
export const withImport: ColumnGroup = (table) => table.addColumn('import_id', 'text', importRun);

/** `created_at` and `updated_at`: when a row was made and last changed (ISO times, required). */
export const withEditTimes: ColumnGroup = requiredText('created_at', 'updated_at');

/** A column of a link table: what `addColumn` takes (its name, its type and its definition). */
export type LinkColumn = readonly [
  column: string,
  type: Parameters<TableBuilder['addColumn']>[1],
  definition: ColumnBuilderCallback,
];

/** `region_code`, the region a row belongs to: a required reference to `regions.code`. */
export const REGION_CODE: LinkColumn = ['region_code', 'text', requiredRef('regions.code')];

/** `key_area_id`, a key area the row links to; the row goes with the key area. */
export const KEY_AREA_ID: LinkColumn = ['key_area_id', 'text', cascade('key_areas.id')];

/** `region_code` (`REGION_CODE`). */
export const withRegion: ColumnGroup = (table) => table.addColumn(...REGION_CODE);

/**
 * Starts the table `name` that links a row of one table (`owner`: the column and the
 * `table.column` it refers to; a link goes when its owner goes) to `other`; the two together are
 * its primary key `<name>_pk`. Columns added after these stand after them.
 */
export function linkTable(
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  db: Kysely<any>,
  name: string,
  owner: readonly [column: string, references: string],
  other: LinkColumn,
): TableBuilder {
  const [ownerColumn, references] = owner;
  return ownedTable(db, name, ownerColumn, references)
    .addColumn(...other)
    .addPrimaryKeyConstraint(`${name}_pk`, [ownerColumn, other[0]]);
}
