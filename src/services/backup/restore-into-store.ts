import { CompiledQuery, sql, type Kysely } from 'kysely';
import { RegiokrachtError } from '../../domain/errors.js';
import { tableCatalog, type ColumnKind } from '../../storage/catalog/table-catalog.js';
import { refreshIndicatorSummary } from '../../storage/indicator-summary-refresh.js';
import type { Database } from '../../storage/schema.js';
import type { Store } from '../../storage/store.js';
import { MIGRATION_TABLES, type BackupSource } from './backup-source.js';
import type { BackupProgress } from './backup-progress.js';
import { tablesInKeyOrder } from './table-order.js';

/**
 * Tables whose rows a restore never brings back: sessions (a restore ends every session, so a
 * session logged out after the backup was taken cannot come back to life).
 */
export const NOT_RESTORED: ReadonlySet<string> = new Set(['sessions']);

/**
 * The first value of `row` its column cannot hold, described (`version: "abc" is not a whole
 * number`), or null. SQLite would store text in an integer column; a restore refuses it instead.
 */
export function wrongValue(
  row: readonly unknown[],
  columns: readonly string[],
  kinds: readonly ColumnKind[],
): string | null {
  for (let i = 0; i < columns.length; i++) {
    const value = row[i];
    if (value === null || value === undefined) continue;
    const kind = kinds[i];
    const shown = JSON.stringify(value).slice(0, 60);
    if (kind === 'integer' && !(typeof value === 'number' && Number.isSafeInteger(value)))
      return `${columns[i]}: ${shown} is not a whole number`;
    if (kind === 'number' && !(typeof value === 'number' && Number.isFinite(value)))
      return `${columns[i]}: ${shown} is not a number`;
    if (kind === 'text' && typeof value !== 'string') return `${columns[i]}: ${shown} is not text`;
  }
  return null;
}

/** Bind parameters per insert statement, under SQLite's and PostgreSQL's limits. */
const MAX_PARAMETERS = 30_000;

/** What a restore loaded. */
export interface RestoreResult {
  readonly tables: number;
  readonly rows: number;
}

/**
 * Replaces the contents of every table of `store` with the rows of `source`, in one transaction:
 * if anything fails (a damaged file, a row a constraint refuses) nothing changes.
 *
 * The store is already migrated to this version's schema, which is at least the backup's (the
 * caller refuses newer backups). Rows are loaded by column name, so a backup from an older schema
 * loads into a newer one (columns it lacks take their defaults, tables it lacks stay empty); a
 * backup table or column the schema does not have is refused. The migrations table is left as the
 * target's own migrations made it. Search indexes follow through their triggers (SQLite FTS5) or
 * expression index (PostgreSQL); PostgreSQL sequences, if any, are set past the restored keys.
 */
export async function restoreIntoStore(
  store: Store,
  source: BackupSource,
  onProgress?: (p: BackupProgress) => void,
): Promise<RestoreResult> {
  try {
    return await load(store, source, onProgress);
  } catch (error) {
    if (error instanceof RegiokrachtError) throw error;
    // A row the schema refuses (a broken key, a value of the wrong type): the transaction is undone.
    throw refused(source, (error as Error).message, error);
  }
}

async function load(
  store: Store,
  source: BackupSource,
  onProgress?: (p: BackupProgress) => void,
): Promise<RestoreResult> {
  return store.transaction(async (tx) => {
    const query = async (text: string, params: readonly unknown[] = []) =>
      (await tx.db.executeQuery<Record<string, unknown>>(CompiledQuery.raw(text, [...params])))
        .rows;
    const catalog = await tableCatalog(store.backend, query);
    const byName = new Map(catalog.map((t) => [t.name, t]));
    for (const table of source.tables) {
      if (MIGRATION_TABLES.has(table.name)) continue;
      const target = byName.get(table.name);
      if (!target) {
        throw refused(source, `it holds table ${table.name}, which this database does not have`);
      }
      const missing = table.columns.filter((c) => !target.columns.includes(c));
      if (missing.length > 0) {
        throw refused(
          source,
          `its table ${table.name} has columns ${missing.join(', ')}, which this database does not have`,
        );
      }
    }
    const emptied = tablesInKeyOrder(catalog).filter((t) => !MIGRATION_TABLES.has(t.name));
    for (const table of emptied.reverse()) {
      await sql`delete from ${sql.table(table.name)}`.execute(tx.db);
    }
    const columnsOf = new Map(source.tables.map((t) => [t.name, t.columns]));
    const kindsOf = new Map(
      source.tables.map((t) => {
        const target = byName.get(t.name);
        return [t.name, t.columns.map((c) => target?.kinds[target.columns.indexOf(c)] ?? 'other')];
      }),
    );
    const rowNumber = new Map<string, number>();
    const total = source.tables
      .filter((t) => !MIGRATION_TABLES.has(t.name))
      .reduce((sum, t) => sum + t.rows, 0);
    let rows = 0;
    for await (const batch of source.batches()) {
      if (MIGRATION_TABLES.has(batch.table) || NOT_RESTORED.has(batch.table)) continue;
      const columns = columnsOf.get(batch.table) ?? [];
      const kinds = kindsOf.get(batch.table) ?? [];
      const first = rowNumber.get(batch.table) ?? 1;
      rowNumber.set(batch.table, first + batch.rows.length);
      batch.rows.forEach((row, i) => {
        const wrong = wrongValue(row, columns, kinds);
        if (wrong) throw refused(source, `table ${batch.table}, row ${first + i}, column ${wrong}`);
      });
      await insertRows(tx.db, batch.table, columns, batch.rows);
      rows += batch.rows.length;
      onProgress?.({ table: batch.table, rowsDone: rows, rowsTotal: total });
    }
    if (store.backend === 'postgres') await resetSequences(query);
    // A backup from before the indicator summary existed: work it out from the restored values.
    if (!source.tables.some((t) => t.name === 'indicator_summary'))
      await refreshIndicatorSummary(tx.db, 'all');
    return { tables: source.tables.length, rows };
  });
}

function refused(source: BackupSource, reason: string, cause?: unknown): RegiokrachtError {
  return new RegiokrachtError(
    'DATA_FILE_INVALID',
    `${source.origin} cannot be restored here: ${reason}; nothing was restored`,
    cause === undefined ? undefined : { cause },
  );
}

async function insertRows(
  db: Kysely<Database>,
  table: string,
  columns: readonly string[],
  rows: readonly (readonly unknown[])[],
): Promise<void> {
  const perStatement = Math.max(
    1,
    Math.min(500, Math.floor(MAX_PARAMETERS / Math.max(1, columns.length))),
  );
  for (let start = 0; start < rows.length; start += perStatement) {
    const chunk = rows.slice(start, start + perStatement);
    await sql`insert into ${sql.table(table)} (${sql.join(columns.map((c) => sql.ref(c)))}) values ${sql.join(
      chunk.map((row) => sql`(${sql.join(row.map(plainValue))})`),
    )}`.execute(db);
  }
}

/** Values as the backup holds them: text, numbers, null (anything else is kept as JSON text). */
function plainValue(value: unknown): unknown {
  if (value === null || typeof value === 'string' || typeof value === 'number') return value;
  return JSON.stringify(value);
}

/** Sets every sequence of the current schema past the highest value of the column it feeds. */
async function resetSequences(
  query: (text: string, params?: readonly unknown[]) => Promise<Record<string, unknown>[]>,
): Promise<void> {
  const serials = await query(
    `select table_name as "table", column_name as "column", pg_get_serial_sequence(quote_ident(table_name), column_name) as seq
       from information_schema.columns
      where table_schema = current_schema() and (column_default like 'nextval(%' or is_identity = 'YES')`,
  );
  for (const { table, column, seq } of serials) {
    if (typeof seq !== 'string') continue;
    const t = String(table).replaceAll('"', '""');
    const c = String(column).replaceAll('"', '""');
    await query(`select setval($1, coalesce((select max("${c}") from "${t}"), 0) + 1, false)`, [
      seq,
    ]);
  }
}
