import { sql } from 'kysely';
import pg from 'pg';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestStore, testBackend, testDatabaseUrl } from '../../test/support/test-store.js';
import type { Store } from './store.js';

describe(`storage on ${testBackend}`, () => {
  let store: Store;
  beforeEach(async () => {
    store = await openTestStore();
  });
  afterEach(async () => {
    await store.close();
  });

  it('creates every table of the domain model', async () => {
    const tables = (await store.db.introspection.getTables()).map((t) => t.name);
    for (const name of [
      'regions',
      'actors',
      'projects',
      'participations',
      'indicator_values',
      'visits',
      'commitments',
      'imports',
    ]) {
      expect(tables).toContain(name);
    }
  });

  it('upserts by natural key: a second load of the same rows changes nothing', async () => {
    const rows = [
      {
        code: 'NL',
        kind: 'nuts',
        level: 0,
        nuts_version: '2021',
        name_en: 'Netherlands',
        name_nl: 'Nederland',
        name_latn: 'Nederland',
        country_code: 'NL',
        parent_code: null,
      },
      {
        code: 'NL2',
        kind: 'nuts',
        level: 1,
        nuts_version: '2021',
        name_en: 'East Netherlands',
        name_nl: 'Oost-Nederland',
        name_latn: 'Oost-Nederland',
        country_code: 'NL',
        parent_code: 'NL',
      },
    ];
    const first = await store.transaction((tx) => tx.upsert('regions', ['code'], rows));
    expect(first).toEqual({ inserted: 2, updated: 0 });
    const second = await store.transaction((tx) => tx.upsert('regions', ['code'], rows));
    expect(second).toEqual({ inserted: 0, updated: 0 });
    const third = await store.transaction((tx) =>
      tx.upsert('regions', ['code'], [{ ...rows[1]!, name_en: 'Eastern Netherlands' }]),
    );
    expect(third).toEqual({ inserted: 0, updated: 1 });
    const count = await store.db
      .selectFrom('regions')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(count.n)).toBe(2);
  });

  it('enforces foreign keys', async () => {
    await expect(
      store.transaction((tx) =>
        tx.upsert(
          'regions',
          ['code'],
          [
            {
              code: 'XX1',
              kind: 'nuts',
              level: 1,
              nuts_version: '2021',
              name_en: 'x',
              name_nl: 'x',
              name_latn: 'x',
              country_code: 'XX',
              parent_code: 'XX',
            },
          ],
        ),
      ),
    ).rejects.toThrow();
  });

  it('rolls a failed transaction back whole', async () => {
    const ok = {
      code: 'BE',
      kind: 'nuts',
      level: 0,
      nuts_version: '2021',
      name_en: 'Belgium',
      name_nl: 'België',
      name_latn: 'Belgique',
      country_code: 'BE',
      parent_code: null,
    };
    await expect(
      store.transaction(async (tx) => {
        await tx.upsert('regions', ['code'], [ok]);
        await tx.upsert('regions', ['code'], [{ ...ok, code: 'BE1', parent_code: 'NOPE' }]);
      }),
    ).rejects.toThrow();
    const found = await store.db.selectFrom('regions').selectAll().execute();
    expect(found).toEqual([]);
  });

  it('counts inserted and changed rows exactly when many rows go in at once, some of them held already', async () => {
    const region = (i: number, name = `Aggregate ${i}`) => ({
      code: `ZZ${String(i).padStart(4, '0')}`,
      kind: 'aggregate',
      level: 0,
      nuts_version: '2021',
      name_en: name,
      name_nl: name,
      name_latn: name,
      country_code: 'ZZ',
      parent_code: null,
    });
    // 450 rows: two full multi-row statements and a shorter rest.
    const first = await store.transaction((tx) =>
      tx.upsert(
        'regions',
        ['code'],
        Array.from({ length: 450 }, (_, i) => region(i)),
      ),
    );
    expect(first).toEqual({ inserted: 450, updated: 0 });
    // 300 held (every third renamed) and 300 new, mixed within each statement.
    const rows = Array.from({ length: 600 }, (_, i) =>
      i < 450 && i % 3 === 0 ? region(i, `Renamed ${i}`) : region(i),
    );
    const second = await store.transaction((tx) => tx.upsert('regions', ['code'], rows));
    expect(second).toEqual({ inserted: 150, updated: 150 });
    const renamed = await store.db
      .selectFrom('regions')
      .select('name_en')
      .where('code', '=', 'ZZ0297')
      .executeTakeFirstOrThrow();
    expect(renamed.name_en).toBe('Renamed 297');
    const third = await store.transaction((tx) => tx.upsert('regions', ['code'], rows));
    expect(third).toEqual({ inserted: 0, updated: 0 });
  });

  it('runs the same query again on the table as it is now, also when made anew', async () => {
    const read = () =>
      sql<Record<string, unknown>>`select * from probe order by a`.execute(store.db);
    await sql`create table probe (a text)`.execute(store.db);
    await sql`insert into probe (a) values ('x')`.execute(store.db);
    expect((await read()).rows).toEqual([{ a: 'x' }]);
    await sql`insert into probe (a) values ('y')`.execute(store.db);
    expect((await read()).rows).toEqual([{ a: 'x' }, { a: 'y' }]);
    await sql`drop table probe`.execute(store.db);
    await sql`create table probe (a text, b integer)`.execute(store.db);
    await sql`insert into probe (a, b) values ('z', 1)`.execute(store.db);
    expect((await read()).rows).toEqual([{ a: 'z', b: 1 }]);
    await sql`drop table probe`.execute(store.db);
    await expect(read()).rejects.toThrow(/probe/);
  });

  it('writes rows given as values, with the values every row shares, and counts them like objects', async () => {
    const columns = ['code', 'level', 'name_en', 'name_nl', 'name_latn'];
    const same = { kind: 'aggregate', nuts_version: '2021', country_code: 'ZZ', parent_code: null };
    const row = (i: number, name = `Aggregate ${i}`) => [
      `ZZ${String(i).padStart(4, '0')}`,
      0,
      name,
      name,
      name,
    ];
    const first = await store.transaction((tx) =>
      tx.upsertValues(
        'regions',
        ['code'],
        columns,
        Array.from({ length: 250 }, (_, i) => row(i)),
        same,
      ),
    );
    expect(first).toEqual({ inserted: 250, updated: 0 });
    const rows = Array.from({ length: 300 }, (_, i) =>
      i % 5 === 0 ? row(i, `Renamed ${i}`) : row(i),
    );
    const second = await store.transaction((tx) =>
      tx.upsertValues('regions', ['code'], columns, rows, same),
    );
    expect(second).toEqual({ inserted: 50, updated: 50 });
    const written = await store.db
      .selectFrom('regions')
      .select(['name_en', 'kind', 'country_code', 'parent_code'])
      .where('code', '=', 'ZZ0245')
      .executeTakeFirstOrThrow();
    expect(written).toEqual({
      name_en: 'Renamed 245',
      kind: 'aggregate',
      country_code: 'ZZ',
      parent_code: null,
    });
  });

  describe('a transaction that checks its foreign keys at its end', () => {
    const region = (code: string, parent: string | null) => ({
      code,
      kind: 'nuts',
      level: parent ? 1 : 0,
      nuts_version: '2021',
      name_en: code,
      name_nl: code,
      name_latn: code,
      country_code: code.slice(0, 2),
      parent_code: parent,
    });
    const atEnd = { foreignKeys: 'at-end' } as const;

    it('refuses a row that names a missing row, and writes nothing', async () => {
      const failed = store.transaction(async (tx) => {
        await tx.upsert('regions', ['code'], [region('BE', null)]);
        await tx.upsert('regions', ['code'], [region('BE1', 'NOPE')]);
      }, atEnd);
      if (testBackend === 'sqlite')
        await expect(failed).rejects.toThrow('regions.parent_code "NOPE": no such row in regions');
      else await expect(failed).rejects.toThrow(/foreign key/);
      expect(await store.db.selectFrom('regions').selectAll().execute()).toEqual([]);
      await expect(
        store.transaction((tx) => tx.upsert('regions', ['code'], [region('BE2', 'NOPE')])),
      ).rejects.toThrow(/foreign key/i);
    });

    it('commits rows whose references hold, and leaves foreign keys checked row by row after it', async () => {
      await store.transaction(
        (tx) => tx.upsert('regions', ['code'], [region('BE', null), region('BE1', 'BE')]),
        atEnd,
      );
      const codes = await store.db.selectFrom('regions').select('code').orderBy('code').execute();
      expect(codes.map((r) => r.code)).toEqual(['BE', 'BE1']);
      await expect(
        store.transaction((tx) => tx.upsert('regions', ['code'], [region('BE2', 'NOPE')])),
      ).rejects.toThrow(/foreign key/i);
    });

    it('leaves out of the check the tables whose references the work vouches for (SQLite)', async () => {
      const vouched = store.transaction(
        (tx) => tx.upsert('regions', ['code'], [region('BE3', 'NOPE')]),
        { ...atEnd, referencesHeld: ['regions'] },
      );
      if (testBackend === 'postgres') {
        // PostgreSQL checks each row as always.
        await expect(vouched).rejects.toThrow(/foreign key/);
        return;
      }
      await vouched;
      const written = await store.db
        .selectFrom('regions')
        .select('parent_code')
        .where('code', '=', 'BE3')
        .execute();
      expect(written).toEqual([{ parent_code: 'NOPE' }]);
      await store.db.deleteFrom('regions').where('code', '=', 'BE3').execute();
    });
  });
});

// Only PostgreSQL keeps a pool of connections that the server can end under it.
if (testBackend === 'postgres') {
  describe('storage on postgres when the server ends an idle connection', () => {
    it('keeps the process running and answers on a new connection', async () => {
      const store = await openTestStore();
      const admin = new pg.Client({ connectionString: testDatabaseUrl });
      await admin.connect();
      try {
        const pid = async () =>
          Number(
            (await sql<{ pid: number }>`select pg_backend_pid() as pid`.execute(store.db)).rows[0]
              ?.pid,
          );
        const idle = await pid();
        await admin.query('select pg_terminate_backend($1)', [idle]);
        // The pool hears of it as an error on the idle connection, after the server has ended it.
        await new Promise((resolve) => setTimeout(resolve, 200));
        const next = await pid();
        expect(next).not.toBe(idle);
        expect(next).toBeGreaterThan(0);
      } finally {
        await admin.end();
        await store.close();
      }
    });
  });
}
