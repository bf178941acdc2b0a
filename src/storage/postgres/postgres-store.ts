import { CompiledQuery, Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { RegiokrachtError } from '../../domain/errors.js';
import type { Database } from '../schema.js';
import {
  rowValues,
  type Row,
  type RowValues,
  type Store,
  type StoreTx,
  type TableName,
  type UpsertCount,
} from '../store.js';
import { columnsOf } from '../column-values.js';
import { upsertSql } from '../upsert-sql.js';
import { postgresTextSearch } from './postgres-text-search.js';

/** PostgreSQL's limit on bind parameters per statement. */
const MAX_PARAMETERS = 65_535;

// bigint (count(*)) and numeric come back as strings by default; both fit a JS number here.
const types = {
  getTypeParser: (oid: number, format?: string) => {
    if (oid === 20 || oid === 1700) return (value: string) => Number(value);
    return (pg.types.getTypeParser as (oid: number, format?: string) => unknown)(oid, format);
  },
};

export interface PostgresOptions {
  /** Schema to work in (created when missing); tests use a fresh one each. */
  schema?: string;
}

/** The server backend: a connection pool to the database at `url`. Checks the connection first. */
export async function openPostgresStore(
  url: string,
  options: PostgresOptions = {},
): Promise<Store> {
  const pool = new pg.Pool({
    connectionString: url,
    max: 10,
    types,
    ...(options.schema ? { options: `-c search_path=${options.schema}` } : {}),
  });
  // An idle connection the server ends (a restart, an administrator, a dropped database) is
  // reported here; the pool lets it go and opens a new one when next asked. Without a listener
  // the error would end the process.
  pool.on('error', () => undefined);
  try {
    const client = await pool.connect();
    try {
      if (options.schema) await client.query(`create schema if not exists "${options.schema}"`);
    } finally {
      client.release();
    }
  } catch (error) {
    await pool.end().catch(() => undefined);
    throw new RegiokrachtError(
      'DATABASE_UNREACHABLE',
      `cannot connect to PostgreSQL at ${redact(url)} (${(error as Error).message}); check DATABASE_URL and that the server runs`,
      { cause: error },
    );
  }
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });

  const upsertValues = async (
    conn: Kysely<Database>,
    table: TableName,
    key: readonly string[],
    own: readonly string[],
    ownRows: readonly RowValues[],
    same: Row = {},
  ): Promise<UpsertCount> => {
    const fixed = Object.values(same);
    const columns = [...own, ...Object.keys(same)];
    const rows = fixed.length === 0 ? ownRows : ownRows.map((row) => [...row, ...fixed]);
    const perStatement = Math.max(1, Math.min(1000, Math.floor(MAX_PARAMETERS / columns.length)));
    let inserted = 0;
    let updated = 0;
    for (let start = 0; start < rows.length; start += perStatement) {
      const chunk = rows.slice(start, start + perStatement);
      // xmax = 0 marks a freshly inserted row; rows left unchanged are not returned at all.
      const text = `${upsertSql('postgres', table, columns, key, chunk.length)} returning (xmax = 0) as inserted`;
      const params = chunk.flatMap((row) => columns.map((_, c) => row[c] ?? null));
      const result = await conn.executeQuery<{ inserted: boolean }>(
        CompiledQuery.raw(text, params),
      );
      for (const r of result.rows) {
        if (r.inserted) inserted++;
        else updated++;
      }
    }
    return { inserted, updated };
  };

  const upsert = (
    conn: Kysely<Database>,
    table: TableName,
    key: readonly string[],
    rows: readonly Row[],
  ): Promise<UpsertCount> => {
    const first = rows[0];
    if (!first) return Promise.resolve({ inserted: 0, updated: 0 });
    const columns = Object.keys(first);
    return upsertValues(conn, table, key, columns, rowValues(columns, rows));
  };

  return {
    backend: 'postgres',
    db,
    location: redact(url) + (options.schema ? ` (schema ${options.schema})` : ''),
    // Every row's foreign keys are checked as it is written, whatever the options.
    transaction<T>(work: (tx: StoreTx) => Promise<T>): Promise<T> {
      return db.transaction().execute((trx) =>
        work({
          db: trx,
          upsert: (table, key, rows) => upsert(trx, table, key, rows),
          upsertValues: (table, key, columns, rows, same) =>
            upsertValues(trx, table, key, columns, rows, same),
        }),
      );
    },
    async selectColumns(query) {
      const result = await pool.query<unknown[]>({
        text: query.sql,
        values: [...query.parameters],
        rowMode: 'array',
      });
      return {
        names: result.fields.map((field) => field.name),
        columns: columnsOf(result.fields.length, result.rows),
      };
    },
    async close() {
      if (options.schema?.startsWith('test_')) {
        await sql.raw(`drop schema if exists "${options.schema}" cascade`).execute(db);
      }
      await db.destroy();
    },
    textSearch: postgresTextSearch,
  };
}

/** The URL without its password, for messages. */
function redact(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return 'the given DATABASE_URL';
  }
}
