import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedNutsRegions } from '../../../test/support/seed-regions.js';
import { openTestStore, testBackend } from '../../../test/support/test-store.js';
import { IMPORTERS } from '../../importers/index.js';
import { runImport } from '../../importers/run-import.js';
import type { Store } from '../../storage/store.js';
import { listIndicators } from './indicator-service.js';

const HEADER = 'indicator,region,year,value,unit,source';

/** The levels and years with a value, worked out from every indicator value. */
async function groupedFromValues(store: Store) {
  const { rows } = await sql<{ indicator_id: string; level: number; year: number }>`
    select v.indicator_id, r.level, v.year
      from indicator_values v join regions r on r.code = v.region_code
     where v.value is not null
     group by v.indicator_id, r.level, v.year
     order by v.indicator_id, r.level, v.year`.execute(store.db);
  return rows.map((r) => ({ ...r, level: Number(r.level), year: Number(r.year) }));
}

async function summary(store: Store) {
  const rows = await store.db
    .selectFrom('indicator_summary')
    .select(['indicator_id', 'level', 'year'])
    .orderBy('indicator_id')
    .orderBy('level')
    .orderBy('year')
    .execute();
  return rows.map((r) => ({ ...r, level: Number(r.level), year: Number(r.year) }));
}

describe(`the indicator summary on ${testBackend}`, () => {
  let store: Store;
  let dir: string;
  const importCsv = async (name: string, lines: string[], dryRun = false) => {
    const file = join(dir, name);
    await writeFile(file, [HEADER, ...lines].join('\n') + '\n');
    const importer = IMPORTERS.indicators;
    if (!importer) throw new Error('no indicators importer');
    return runImport(store, importer, file, { dryRun, clock: () => new Date('2026-12-01') });
  };

  beforeAll(async () => {
    store = await openTestStore();
    await seedNutsRegions(store);
    dir = await mkdtemp(join(tmpdir(), 'rk-indicator-summary-'));
  });
  afterAll(async () => {
    await store.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('equals a GROUP BY over the indicator values after an import', async () => {
    await importCsv('first.csv', [
      'twente_startups,NL213,2021,118,NR,Startup monitor',
      'twente_startups,NL21,2021,400,NR,Startup monitor',
      'twente_startups,NL,2022,9000,NR,Startup monitor',
      'twente_mkb_pc,NL21,2020,38.5,PC,MKB survey',
    ]);
    const expected = await groupedFromValues(store);
    expect(expected).toHaveLength(4);
    expect(await summary(store)).toEqual(expected);
  });

  it('follows a second import that changes values and adds years and levels', async () => {
    await importCsv('second.csv', [
      'twente_startups,NL213,2021,120,NR,Startup monitor',
      'twente_startups,NL213,2023,131,NR,Startup monitor',
      'twente_mkb_pc,NL4,2020,41.0,PC,MKB survey',
    ]);
    const expected = await groupedFromValues(store);
    expect(expected).toContainEqual({ indicator_id: 'twente_startups', level: 3, year: 2023 });
    expect(expected).toContainEqual({ indicator_id: 'twente_mkb_pc', level: 1, year: 2020 });
    expect(await summary(store)).toEqual(expected);
  });

  it('is left as it was by a dry run', async () => {
    const before = await summary(store);
    await importCsv('dry.csv', ['twente_startups,NL21,2030,1,NR,Startup monitor'], true);
    expect(await summary(store)).toEqual(before);
  });

  it('gives the indicator list its years and levels', async () => {
    const page = await listIndicators(store, { limit: 100, offset: 0 });
    const startups = page.items.find((i) => i.id === 'twente_startups');
    expect(startups).toMatchObject({ years: [2021, 2022, 2023], levels: [0, 2, 3] });
    const mkb = page.items.find((i) => i.id === 'twente_mkb_pc');
    expect(mkb).toMatchObject({ years: [2020], levels: [1, 2] });
  });
});
