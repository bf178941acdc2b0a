import { sql } from 'kysely';

/** The column type of amounts and weights, the same on both databases. */
export const NUM = 'double precision';

/** A CHECK (column IN (...)) expression with literal values, the same on both databases. */
export function sqlIn(column: string, values: readonly (string | number)[]) {
  const list = values
    .map((v) => (typeof v === 'number' ? String(v) : `'${v.replace(/'/g, "''")}'`))
    .join(', ');
  return sql.raw(`${column} in (${list})`);
}
