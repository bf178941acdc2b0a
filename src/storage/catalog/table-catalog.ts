import type { Backend } from '../store.js';

/** Runs one SQL statement with parameters and returns its rows as objects. */
export type QueryRows = (
  text: string,
  params?: readonly unknown[],
) => Promise<Record<string, unknown>[]>;

/** A foreign key: `columns` of the table refer to `refColumns` of `refTable`. */
export interface ForeignKey {
  readonly refTable: string;
  readonly columns: readonly string[];
  readonly refColumns: readonly string[];
}

/** What a column holds, as its declared type says: whole numbers, numbers, text, or other. */
export type ColumnKind = 'integer' | 'number' | 'text' | 'other';

/** The kind of a declared SQL column type (SQLite affinity rules; PostgreSQL type names). */
export function columnKind(declared: string): ColumnKind {
  const type = declared.toLowerCase();
  if (type.includes('int')) return 'integer';
  if (/real|floa|doub|numeric|decimal/.test(type)) return 'number';
  if (/char|clob|text/.test(type)) return 'text';
  return 'other';
}

/** One ordinary table of the database as the database itself describes it. */
export interface TableInfo {
  readonly name: string;
  readonly columns: readonly string[];
  /** The kind of each column, in the order of `columns`. */
  readonly kinds: readonly ColumnKind[];
  /** Primary-key columns in key order; empty when the table has none. */
  readonly primaryKey: readonly string[];
  readonly foreignKeys: readonly ForeignKey[];
}

/**
 * Every ordinary table of the database (SQLite: the main schema without internal, virtual and
 * shadow tables such as the FTS5 index, which triggers refill; PostgreSQL: the current schema),
 * listed from the database rather than from a fixed list, so that tables added by a later
 * migration are included. Sorted by name.
 */
export async function tableCatalog(backend: Backend, query: QueryRows): Promise<TableInfo[]> {
  return backend === 'sqlite' ? sqliteCatalog(query) : postgresCatalog(query);
}

async function sqliteCatalog(query: QueryRows): Promise<TableInfo[]> {
  const names = await query(
    `select name from pragma_table_list where schema = 'main' and type = 'table' and name not like 'sqlite\\_%' escape '\\' order by name`,
  );
  const tables: TableInfo[] = [];
  for (const { name } of names) {
    const table = String(name);
    const columns = await query(`select name, type, pk from pragma_table_info(?) order by cid`, [
      table,
    ]);
    const keys = await query(
      `select id, "table" as ref, "from" as col, "to" as ref_col from pragma_foreign_key_list(?) order by id, seq`,
      [table],
    );
    tables.push({
      name: table,
      columns: columns.map((c) => String(c.name)),
      kinds: columns.map((c) => columnKind(String(c.type))),
      primaryKey: columns
        .filter((c) => Number(c.pk) > 0)
        .sort((a, b) => Number(a.pk) - Number(b.pk))
        .map((c) => String(c.name)),
      foreignKeys: groupKeys(keys),
    });
  }
  // A key declared without columns (`references regions`) refers to the primary key.
  const keyOf = new Map(tables.map((t) => [t.name, t.primaryKey]));
  return tables.map((t) => ({
    ...t,
    foreignKeys: t.foreignKeys.map((k) =>
      k.refColumns.includes('') ? { ...k, refColumns: keyOf.get(k.refTable) ?? k.refColumns } : k,
    ),
  }));
}

async function postgresCatalog(query: QueryRows): Promise<TableInfo[]> {
  const names = await query(
    `select table_name as name from information_schema.tables where table_schema = current_schema() and table_type = 'BASE TABLE' order by table_name`,
  );
  const columns = await query(
    `select table_name as "table", column_name as name, data_type as type from information_schema.columns where table_schema = current_schema() order by table_name, ordinal_position`,
  );
  const primary = await query(
    `select cl.relname as "table", a.attname as name
       from pg_index i
       join pg_class cl on cl.oid = i.indrelid
       join lateral unnest(i.indkey) with ordinality as k(attnum, n) on true
       join pg_attribute a on a.attrelid = i.indrelid and a.attnum = k.attnum
      where i.indisprimary and cl.relnamespace = current_schema()::regnamespace
      order by cl.relname, k.n`,
  );
  const keys = await query(
    `select cl.relname as "table", c.conname as id, rf.relname as ref, a.attname as col, af.attname as ref_col
       from pg_constraint c
       join pg_class cl on cl.oid = c.conrelid
       join pg_class rf on rf.oid = c.confrelid
       join lateral unnest(c.conkey, c.confkey) with ordinality as k(f, t, n) on true
       join pg_attribute a on a.attrelid = c.conrelid and a.attnum = k.f
       join pg_attribute af on af.attrelid = c.confrelid and af.attnum = k.t
      where c.contype = 'f' and c.connamespace = current_schema()::regnamespace
      order by cl.relname, c.conname, k.n`,
  );
  const of = (rows: Record<string, unknown>[], table: string) =>
    rows.filter((r) => r.table === table);
  return names.map(({ name }) => {
    const table = String(name);
    return {
      name: table,
      columns: of(columns, table).map((c) => String(c.name)),
      kinds: of(columns, table).map((c) => columnKind(String(c.type))),
      primaryKey: of(primary, table).map((c) => String(c.name)),
      foreignKeys: groupKeys(of(keys, table)),
    };
  });
}

/** Rows of (id, ref, col, ref_col), one per key column, grouped into foreign keys. */
function groupKeys(rows: readonly Record<string, unknown>[]): ForeignKey[] {
  const byId = new Map<string, { refTable: string; columns: string[]; refColumns: string[] }>();
  for (const row of rows) {
    const id = String(row.id);
    let key = byId.get(id);
    if (!key) {
      key = { refTable: String(row.ref), columns: [], refColumns: [] };
      byId.set(id, key);
    }
    key.columns.push(String(row.col));
    key.refColumns.push(row.ref_col === null ? '' : String(row.ref_col));
  }
  return [...byId.values()];
}
