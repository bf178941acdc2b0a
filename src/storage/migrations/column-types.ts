import { sql, type ColumnDefinitionBuilder } from 'kysely';

/** The column type of amounts and weights, the same on both databases. */
export const NUM = 'double precision';

/** A CHECK (column IN (...)) expression with literal values, the same on both databases. */
export function sqlIn(column: string, values: readonly (string | number)[]) {
  const list = values
    .map((v) => (typeof v === 'number' ? String(v) : `'${v.replace(/'/g, "''")}'`))
    .join(', ');
  return sql.raw(`${column} in (${list})`);
}

/** A required reference to `column` (`table.column`): the row goes when the row it refers to goes. */
export function cascade(column: string) {
  return (c: ColumnDefinitionBuilder) => c.notNull().references(column).onDelete('cascade');
}

/** A required reference to `column` (`table.column`): the row it refers to cannot go while it does. */
export function requiredRef(column: string) {
  return (c: ColumnDefinitionBuilder) => c.notNull().references(column);
}

/** The data set a row comes from (`source_id`, a reference to `datasets.id`). */
export function source(c: ColumnDefinitionBuilder) {
  return c.references('datasets.id');
}

/** A row's version for optimistic locking: 1 when it is written, counted up by every change. */
export function firstVersion(c: ColumnDefinitionBuilder) {
  return c.notNull().defaultTo(1);
}

/** The import run that wrote a row (`import_id`, a reference to `imports.id`). */
export function importRun(c: ColumnDefinitionBuilder) {
  return c.references('imports.id');
}
