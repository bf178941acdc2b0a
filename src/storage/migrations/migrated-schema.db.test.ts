import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { matchFileSnapshot } from '../../../test/support/file-snapshot.js';
import { openTestStore, testBackend } from '../../../test/support/test-store.js';
import type { Store } from '../store.js';

/**
 * The schema every migration builds, as text: on SQLite each entry of `sqlite_master` with the
 * statement that made it; on PostgreSQL each column (in order), constraint, index and
 * function of the store's schema, its name left out so that any test schema reads the same.
 */
async function migratedSchema(store: Store): Promise<string> {
  if (store.backend === 'sqlite') {
    const { rows } = await sql<{ entry: string }>`select type || ' ' || name || ' on ' || tbl_name
        || ': ' || coalesce(sql, '') as entry
      from sqlite_master order by name`.execute(store.db);
    return lines(rows);
  }
  const { rows: schema } = await sql<{ name: string }>`select current_schema() as name`.execute(
    store.db,
  );
  const { rows } = await sql<{ entry: string }>`
    select 'column ' || table_name || '.' || lpad(ordinal_position::text, 2, '0') || ' '
        || column_name || ': ' || data_type
        || case when is_nullable = 'NO' then ' not null' else '' end
        || coalesce(' default ' || column_default, '') as entry
      from information_schema.columns where table_schema = current_schema()
    union all
    select 'constraint ' || t.relname || '.' || c.conname || ': ' || pg_get_constraintdef(c.oid)
      from pg_constraint c join pg_class t on t.oid = c.conrelid
     where c.connamespace = current_schema()::regnamespace
    union all
    select 'index ' || tablename || '.' || indexname || ': ' || indexdef
      from pg_indexes where schemaname = current_schema()
    union all
    select 'function ' || p.proname || ': ' || pg_get_functiondef(p.oid)
      from pg_proc p where p.pronamespace = current_schema()::regnamespace
    union all
    select 'sequence ' || sequence_name || ': ' || data_type
      from information_schema.sequences where sequence_schema = current_schema()
    order by entry`.execute(store.db);
  const name = schema[0]!.name;
  return lines(rows).replaceAll(`"${name}".`, '').replaceAll(`${name}.`, '');
}

function lines(rows: readonly { entry: string }[]): string {
  return rows.map((r) => `${r.entry.replace(/\s*\n\s*/g, ' ').trimEnd()}\n`).join('');
}

describe(`the migrated schema on ${testBackend}`, () => {
  // Migrations that have run somewhere must never change what they build: a database migrated
  // by an earlier version has to hold the same schema as a new one.
  it('is the schema of the checked-in snapshot, to the letter', async () => {
    const store = await openTestStore();
    const schema = await migratedSchema(store).finally(() => store.close());
    const result = matchFileSnapshot(
      new URL(`__snapshots__/migrated-schema.${testBackend}.txt`, import.meta.url).pathname,
      schema,
      new URL(
        `../../../test-artifacts/snapshots/migrated-schema.${testBackend}-changed.txt`,
        import.meta.url,
      ).pathname,
    );
    expect(result.ok, result.message).toBe(true);
  });
});
