import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testBackend } from '../../test/support/test-store.js';
import type { Store } from '../storage/store.js';
import type { Importer } from './importer.js';
import { IMPORTERS } from './index.js';
import { IMPORT_PAGE_CACHE_KIB } from './page-cache.js';
import { runImport } from './run-import.js';
import { openSeededStore } from '../../test/support/seeded-store.js';

/** SQLite's page cache setting; on PostgreSQL its buffer setting, which an import leaves alone. */
const cacheSize = async (db: Store['db']): Promise<string> =>
  testBackend === 'sqlite'
    ? String(
        (await sql<{ v: number }>`select cache_size as v from pragma_cache_size()`.execute(db))
          .rows[0]?.v,
      )
    : String(
        (await sql<{ v: string }>`select current_setting('shared_buffers') as v`.execute(db))
          .rows[0]?.v,
      );

describe(`the page cache and key order of an import on ${testBackend}`, () => {
  let store: Store;
  let dir: string;
  beforeAll(async () => {
    store = await openSeededStore();
    dir = await mkdtemp(join(tmpdir(), 'page-cache-'));
  });
  afterAll(async () => {
    await store.close();
  });

  it('widens the page cache (SQLite) for the import only, after a load and after a refusal', async () => {
    const before = await cacheSize(store.db);
    let during: string | undefined;
    const indicators = IMPORTERS.indicators!;
    const watching: Importer = {
      ...indicators,
      async run(ctx) {
        during = await cacheSize(ctx.tx.db);
        await indicators.run(ctx);
      },
    };
    const good = join(dir, 'good.csv');
    await writeFile(good, 'indicator,region,year,value,unit,source\nx_cache,NL213,2020,1,NR,t\n');
    await runImport(store, watching, good);
    // On PostgreSQL the server sizes its own buffers: nothing changes.
    expect(during).toBe(testBackend === 'sqlite' ? String(-IMPORT_PAGE_CACHE_KIB) : before);
    expect(await cacheSize(store.db)).toBe(before);

    const bad = join(dir, 'bad.csv');
    await writeFile(bad, 'indicator,region,year,value,unit,source\nx_cache,NL213,20x0,1,NR,t\n');
    await expect(runImport(store, watching, bad)).rejects.toMatchObject({
      code: 'IMPORT_REFUSED',
    });
    expect(await cacheSize(store.db)).toBe(before);
  });

  it('writes rows that arrive out of key order, and a second run changes nothing', async () => {
    // Regions and years in descending order, over more than one batch of 5,000 rows.
    const regions = ['NL423', 'NL414', 'NL341', 'NL333', 'NL226', 'NL213', 'NL211', 'NL329'];
    regions.push('NL328', 'NL325', 'NL310', 'NL230');
    const rows: string[] = [];
    for (let year = 2020; year > 1910; year--)
      for (const region of regions)
        for (const id of ['x_order_e', 'x_order_c', 'x_order_b', 'x_order_a'])
          rows.push(`${id},${region},${year},${year % 97},NR,t`);
    for (const id of ['x_order_d', 'x_order_a'])
      for (let year = 1910; year > 1900; year--) rows.push(`${id},NL213,${year},${year},NR,t`);
    const file = join(dir, 'order.csv');
    await writeFile(file, `indicator,region,year,value,unit,source\n${rows.join('\n')}\n`);
    const first = await runImport(store, IMPORTERS.indicators!, file);
    expect(rows.length).toBeGreaterThan(5_000);
    expect(first.read).toBe(rows.length);
    const values = await store.db
      .selectFrom('indicator_values')
      .select(['indicator_id', 'region_code', 'year', 'value'])
      .where('indicator_id', 'like', 'x_order_%')
      .execute();
    expect(values).toHaveLength(rows.length);
    const byKey = new Map(values.map((v) => [`${v.indicator_id},${v.region_code},${v.year}`, v]));
    expect(byKey.get('x_order_b,NL423,2020')?.value).toBe(2020 % 97);
    expect(byKey.get('x_order_a,NL213,1905')?.value).toBe(1905);
    const second = await runImport(store, IMPORTERS.indicators!, file);
    expect({ inserted: second.inserted, updated: second.updated }).toEqual({
      inserted: 0,
      updated: 0,
    });
  });
});
