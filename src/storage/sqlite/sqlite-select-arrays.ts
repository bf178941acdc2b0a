import type SqliteDatabase from 'better-sqlite3';
import type { CompiledQuery, Kysely } from 'kysely';
import type { Database } from '../schema.js';
import type { ArrayRows } from '../store.js';

/**
 * Runs a select on the store's connection as arrays of values, holding Kysely's connection
 * meanwhile, so that it waits for a transaction in progress as any query through `db` does.
 */
export function sqliteSelectArrays(
  db: Kysely<Database>,
  raw: SqliteDatabase.Database,
  query: CompiledQuery,
): Promise<ArrayRows> {
  return db.connection().execute(() => Promise.resolve(selectArrays(raw, query)));
}

/**
 * A select of table columns comes back as one JSON array that SQLite builds and V8 parses at
 * once: better-sqlite3 makes each row through its C++ interface, which for 100,000 rows costs
 * about twice as much. SQLite writes REAL values in JSON so that they read back exactly, and
 * integers, text and null as they are. A select of anything else (an expression, a repeated
 * column name) or a value JSON cannot hold (a blob) is read row by row.
 */
function selectArrays(raw: SqliteDatabase.Database, query: CompiledQuery): ArrayRows {
  const statement = raw.prepare(query.sql);
  const parameters = query.parameters as unknown[];
  const described = statement.columns();
  const columns = described.map((c) => c.name);
  if (
    columns.length > 0 &&
    new Set(columns).size === columns.length &&
    described.every((c) => c.column !== null)
  ) {
    const values = columns.map((name) => `"${name.replaceAll('"', '""')}"`).join(', ');
    let json: string | undefined;
    try {
      json = raw
        .prepare(`select json_group_array(json_array(${values})) from (${query.sql})`)
        .pluck()
        .get(parameters) as string;
    } catch {
      json = undefined;
    }
    if (json !== undefined) return { columns, rows: JSON.parse(json) as unknown[][] };
  }
  return { columns, rows: statement.raw(true).all(parameters) as unknown[][] };
}
