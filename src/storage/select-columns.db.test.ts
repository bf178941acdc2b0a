import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestStore, testBackend } from '../../test/support/test-store.js';
import { selectColumns } from './select-columns.js';
import type { Store } from './store.js';

/** Doubles whose shortest decimal form is long, tiny, huge or signed, and a missing value. */
const VALUES = [
  0.1 + 0.2,
  1 / 3,
  1e300,
  5e-324,
  2.2250738585072014e-308,
  -123456.789,
  1e21,
  7,
  null,
];

describe(`selectColumns on ${testBackend}`, () => {
  let store: Store;
  beforeEach(async () => {
    store = await openTestStore();
    await store.transaction(async (tx) => {
      await tx.upsert(
        'regions',
        ['code'],
        [
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
        ],
      );
      await tx.upsert(
        'indicators',
        ['id'],
        [
          {
            id: 'gdp',
            name_en: 'GDP "per head"',
            name_nl: 'bbp per inwoner, € ✓',
            unit: 'EUR',
            aggregation: 'rate',
            dataset_id: null,
          },
        ],
      );
      await tx.upsert(
        'indicator_values',
        ['indicator_id', 'region_code', 'year'],
        VALUES.map((value, i) => ({
          indicator_id: 'gdp',
          region_code: 'NL',
          year: 2000 + i,
          value,
          flags: i % 2 === 0 ? null : `f'${i}"`,
          import_id: null,
        })),
      );
    });
  });
  afterEach(async () => {
    await store.close();
  });

  it('gives the values and order that execute gives, column by column', async () => {
    const query = store.db
      .selectFrom('indicator_values')
      .select(['year', 'value', 'flags', 'region_code'])
      .orderBy('year', 'desc');
    const rows = await query.execute();
    const read = await store.selectColumns(query.compile());
    expect(read.names).toEqual(['year', 'value', 'flags', 'region_code']);
    expect(read.columns).toEqual([
      rows.map((r) => r.year),
      rows.map((r) => r.value),
      rows.map((r) => r.flags),
      rows.map((r) => r.region_code),
    ]);
    expect(read.columns[1]).toEqual([...VALUES].reverse());
  });

  it('reads expressions and bound parameters as execute does', async () => {
    const query = store.db
      .selectFrom('indicators as i')
      .innerJoin('indicator_values as v', 'v.indicator_id', 'i.id')
      .select(['i.name_nl', 'v.year', (eb) => eb.fn.countAll<number>().as('n')])
      .where('v.year', '>=', 2004)
      .groupBy(['i.name_nl', 'v.year'])
      .orderBy('v.year');
    const rows = await query.execute();
    const read = await selectColumns(store, query, ['name_nl', 'year', 'n']);
    expect(read).toEqual({
      length: 5,
      name_nl: rows.map((r) => r.name_nl),
      year: [2004, 2005, 2006, 2007, 2008],
      n: rows.map((r) => r.n),
    });
  });

  it('refuses columns other than those the query selects', async () => {
    const query = store.db.selectFrom('indicators').select(['id', 'unit']);
    await expect(selectColumns(store, query, ['unit', 'id'])).rejects.toThrow(
      'the query selects id, unit, not the columns asked for (unit, id)',
    );
  });

  it('reads no rows as empty columns', async () => {
    const query = store.db.selectFrom('indicator_values').select(['year']).where('year', '<', 0);
    expect(await selectColumns(store, query, ['year'])).toEqual({ length: 0, year: [] });
  });

  it('never reads what a transaction in progress has not committed', async () => {
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    let entered: () => void = () => {};
    const inside = new Promise<void>((resolve) => (entered = resolve));
    const set = (value: number) => (db: Store['db']) =>
      db.updateTable('indicator_values').set({ value }).where('year', '=', 2000).execute();
    const writing = store.transaction(async (tx) => {
      await set(1)(tx.db);
      entered();
      await held;
      await set(2)(tx.db);
    });
    await inside;
    const query = store.db
      .selectFrom('indicator_values')
      .select(['value'])
      .where('year', '=', 2000)
      .compile();
    if (testBackend === 'sqlite') {
      // One connection: the read waits for the transaction to end.
      const reading = store.selectColumns(query);
      release();
      await writing;
      expect((await reading).columns).toEqual([[2]]);
    } else {
      // Another connection of the pool: the read sees the value before the transaction.
      expect((await store.selectColumns(query)).columns).toEqual([[VALUES[0]]]);
      release();
      await writing;
    }
  });
});
