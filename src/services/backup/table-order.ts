import type { TableInfo } from '../../storage/catalog/table-catalog.js';

/**
 * Tables in foreign-key order: every table after the tables it refers to (references of a table to
 * itself aside), ties broken by name, so the order is the same for the same schema.
 *
 * @example
 * tablesInKeyOrder([{ name: 'b', foreignKeys: [{ refTable: 'a', ... }] }, { name: 'a', ... }]); // a, b
 */
export function tablesInKeyOrder(tables: readonly TableInfo[]): TableInfo[] {
  const byName = new Map(tables.map((t) => [t.name, t]));
  const done = new Set<string>();
  const visiting = new Set<string>();
  const ordered: TableInfo[] = [];
  const visit = (table: TableInfo) => {
    if (done.has(table.name)) return;
    if (visiting.has(table.name)) {
      throw new Error(`foreign keys form a cycle through table ${table.name}`);
    }
    visiting.add(table.name);
    const parents = table.foreignKeys
      .map((k) => k.refTable)
      .filter((name) => name !== table.name)
      .sort();
    for (const parent of parents) {
      const info = byName.get(parent);
      if (info) visit(info);
    }
    visiting.delete(table.name);
    done.add(table.name);
    ordered.push(table);
  };
  for (const table of [...tables].sort((a, b) => a.name.localeCompare(b.name))) visit(table);
  return ordered;
}

/**
 * The rows of a table that refers to itself (regions.parent_code -> regions.code), reordered so
 * that a referenced row comes before the rows that refer to it; otherwise in their given order.
 * Rows whose reference points outside the table (or is null) come first.
 */
export function rowsInSelfKeyOrder(
  table: TableInfo,
  rows: readonly (readonly unknown[])[],
): (readonly unknown[])[] {
  const selfKeys = table.foreignKeys.filter((k) => k.refTable === table.name);
  if (selfKeys.length === 0) return [...rows];
  const index = (column: string) => table.columns.indexOf(column);
  const keyOf = (row: readonly unknown[], columns: readonly string[]) =>
    JSON.stringify(columns.map((c) => row[index(c)] ?? null));
  const rowsByKey = new Map<string, number[]>();
  for (const key of selfKeys) {
    rows.forEach((row, i) => {
      const k = `${key.refColumns.join(',')}:${keyOf(row, key.refColumns)}`;
      rowsByKey.set(k, [...(rowsByKey.get(k) ?? []), i]);
    });
  }
  const placed = new Array<boolean>(rows.length).fill(false);
  const out: (readonly unknown[])[] = [];
  const place = (i: number, path: Set<number>) => {
    if (placed[i] || path.has(i)) return;
    path.add(i);
    const row = rows[i] as readonly unknown[];
    for (const key of selfKeys) {
      const values = key.columns.map((c) => row[index(c)] ?? null);
      if (values.some((v) => v === null)) continue;
      const parents = rowsByKey.get(`${key.refColumns.join(',')}:${JSON.stringify(values)}`);
      for (const parent of parents ?? []) place(parent, path);
    }
    path.delete(i);
    placed[i] = true;
    out.push(row);
  };
  rows.forEach((_, i) => place(i, new Set()));
  return out;
}
