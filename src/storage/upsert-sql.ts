import type { Backend } from './store.js';

/**
 * INSERT ... ON CONFLICT (key) DO UPDATE for `rowsPerStatement` rows, updating only when a value
 * differs, so that the affected-row count tells changed rows from unchanged ones.
 */
export function upsertSql(
  backend: Backend,
  table: string,
  columns: readonly string[],
  key: readonly string[],
  rowsPerStatement: number,
): string {
  const q = (name: string) => `"${name}"`;
  const others = columns.filter((c) => !key.includes(c));
  const values: string[] = [];
  let n = 0;
  for (let r = 0; r < rowsPerStatement; r++) {
    const marks = columns.map(() => (backend === 'sqlite' ? '?' : `$${++n}`));
    values.push(`(${marks.join(', ')})`);
  }
  const distinct = backend === 'sqlite' ? 'is not' : 'is distinct from';
  const onConflict =
    others.length === 0
      ? 'do nothing'
      : `do update set ${others.map((c) => `${q(c)} = excluded.${q(c)}`).join(', ')} where ${others
          .map((c) => `${q(table)}.${q(c)} ${distinct} excluded.${q(c)}`)
          .join(' or ')}`;
  return `insert into ${q(table)} (${columns.map(q).join(', ')}) values ${values.join(', ')} on conflict (${key
    .map(q)
    .join(', ')}) ${onConflict}`;
}
