import type SqliteDatabase from 'better-sqlite3';
import type { CompiledQuery, Kysely } from 'kysely';
import type { Database } from '../schema.js';
import { columnsOf } from '../column-values.js';
import type { ColumnValues } from '../store.js';

/**
 * Runs a select on the store's connection column by column, holding Kysely's connection
 * meanwhile, so that it waits for a transaction in progress as any query through `db` does.
 */
export function sqliteSelectColumns(
  db: Kysely<Database>,
  raw: SqliteDatabase.Database,
  query: CompiledQuery,
): Promise<ColumnValues> {
  return db.connection().execute(() => Promise.resolve(selectColumns(raw, query)));
}

/**
 * A select of table columns comes back as one JSON array per column, which SQLite builds and V8
 * parses at once: better-sqlite3 makes each row through its C++ interface, which for 100,000 rows
 * costs about twice as much. SQLite writes REAL values in JSON so that they read back exactly,
 * and integers, text and null as they are. A select of anything else (an expression, a repeated
 * column name) or a value JSON cannot hold (a blob) is read row by row.
 */
function selectColumns(raw: SqliteDatabase.Database, query: CompiledQuery): ColumnValues {
  const statement = raw.prepare(query.sql);
  const parameters = query.parameters as unknown[];
  const described = statement.columns();
  const names = described.map((c) => c.name);
  if (
    names.length > 0 &&
    new Set(names).size === names.length &&
    described.every((c) => c.column !== null)
  ) {
    const arrays = names.map((name) => `json_group_array("${name.replaceAll('"', '""')}")`);
    let json: string[] | undefined;
    try {
      json = raw
        .prepare(`select ${arrays.join(', ')} from (${query.sql})`)
        .raw(true)
        .get(parameters) as string[];
    } catch {
      json = undefined;
    }
    if (json) return { names, columns: json.map((values) => JSON.parse(values) as unknown[]) };
  }
  return {
    names,
    columns: columnsOf(names.length, statement.raw(true).all(parameters) as unknown[][]),
  };
}
