import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testBackend } from '../../test/support/test-store.js';
import type { Store } from '../storage/store.js';
import { IMPORTERS } from './index.js';
import { runImport } from './run-import.js';
import { openSeededStore } from '../../test/support/seeded-store.js';

const HEADER =
  'project_id,project_acronym,programme,organisation_id,organisation_name,helix_role,region,contribution_eur,total_cost_eur,start_date,end_date';

/** The secondary indexes of the tables a participations import writes. */
async function secondaryIndexes(store: Store): Promise<string[]> {
  const tables = ['actors', 'projects', 'participations'];
  const rows =
    store.backend === 'sqlite'
      ? (
          await sql<{ name: string }>`select name from sqlite_master
            where type = 'index' and sql is not null and tbl_name in (${sql.join(tables)})`.execute(
            store.db,
          )
        ).rows
      : (
          await sql<{ name: string }>`select indexname as name from pg_indexes
            where schemaname = current_schema() and tablename in (${sql.join(tables)})
              and indexdef not like 'CREATE UNIQUE%'`.execute(store.db)
        ).rows;
  return rows.map((r) => r.name).sort();
}

async function count(store: Store, table: 'participations' | 'actors'): Promise<number> {
  const row = await store.db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

describe(`a bulk load into empty tables on ${testBackend}`, () => {
  let store: Store;
  let dir: string;
  let indexes: string[];
  /**
   * 15,000 participations of 3,000 organisations in 5,000 projects: full batches are written
   * before the last line is read.
   */
  const lines = Array.from(
    { length: 15_000 },
    (_, i) =>
      `P-${Math.floor(i / 3)},,H2020,ORG-${i % 3_000},Organisation ${i % 3_000},research,NL213,${i},,2020-01-01,2022-12-31`,
  );
  beforeAll(async () => {
    store = await openSeededStore();
    dir = await mkdtemp(join(tmpdir(), 'bulk-load-'));
    indexes = await secondaryIndexes(store);
  });
  afterAll(async () => {
    await store.close();
  });

  it('finds the secondary indexes to keep (actors by region and country, participations by organisation)', () => {
    expect(indexes).toEqual(
      expect.arrayContaining(['actors_country', 'actors_region', 'participations_actor']),
    );
  });

  it('leaves every secondary index in place when a refused row rolls the load back', async () => {
    const file = join(dir, 'refused.csv');
    const bad = `P-9999,,H2020,ORG-9999,Organisation 9999,nobody,NL213,1,,2020-01-01,2022-12-31`;
    await writeFile(file, `${HEADER}\n${lines.join('\n')}\n${bad}\n`);
    await expect(runImport(store, IMPORTERS.participations!, file)).rejects.toThrow(/helix_role/);
    expect(await count(store, 'participations')).toBe(0);
    expect(await secondaryIndexes(store)).toEqual(indexes);
  });

  it('loads every row and builds the secondary indexes again, which then serve queries', async () => {
    const file = join(dir, 'good.csv');
    await writeFile(file, `${HEADER}\n${lines.join('\n')}\n`);
    const summary = await runImport(store, IMPORTERS.participations!, file);
    expect(summary).toMatchObject({ read: 15_000, inserted: 5_000 + 3_000 + 15_000, updated: 0 });
    expect(await secondaryIndexes(store)).toEqual(indexes);
    expect(await count(store, 'participations')).toBe(15_000);
    const ofOne = await store.db
      .selectFrom('participations')
      .select('project_id')
      .where('actor_id', '=', 'ORG-7')
      .orderBy('project_id')
      .execute();
    expect(ofOne.map((r) => r.project_id)).toEqual(['P-1002', 'P-2', 'P-2002', 'P-3002', 'P-4002']);
  });

  it('imports the same file again without a change, the tables no longer empty', async () => {
    const summary = await runImport(store, IMPORTERS.participations!, join(dir, 'good.csv'));
    expect(summary).toMatchObject({ inserted: 0, updated: 0 });
    expect(await secondaryIndexes(store)).toEqual(indexes);
  });
});
