import { mkdir, mkdtemp, stat, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sharedDataDir, testBackend } from '../../test/support/test-store.js';
import type { Store } from '../storage/store.js';
import {
  IMPORTERS,
  importDataDirectory,
  type DataDirectoryImport,
  type ImportProgress,
} from './index.js';
import { openSeededStore } from '../../test/support/seeded-store.js';

/** A data directory laid out like shared/data, with the big files left out to keep the test quick. */
async function smallDataDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'regiokracht-data-'));
  const link = async (...path: string[]) => {
    await mkdir(join(dir, ...path.slice(0, -1)), { recursive: true });
    await symlink(join(sharedDataDir, ...path), join(dir, ...path));
  };
  await link('nl', 'nl_woonplaats_gemeente_corop_2024.csv');
  for (const name of [
    'pc2020_NL_NUTS-2021_v2.0_selection.csv',
    'pc2020_BE_NUTS-2021_v1.0_selection.csv',
    'pc2024_NL_NUTS-2024_v2.0.csv',
  ]) {
    await link('official', 'tercet', name);
  }
  await link('eurostat', 'eurostat_nuts2_2016_indicators_2007_2018_long.csv');
  await link('official', 'eurostat_tsv', 'tgs00042.tsv');
  await link('official', 'eurostat_tsv', 'tgs_2011', 'tgs00040.tsv');
  await link('official', 'eurostat_jsonstat', 'eurostat_rd_e_gerdreg.json');
  await link('official', 'eurostat_sdmxcsv', 'isoc_bde15ar2_sdmx.csv');
  await link('cordis', 'h2020_organisations_2017_odfest.csv');
  await link('cordis', 'h2020_programme_parts_eunets.csv.gz');
  await mkdir(join(dir, 'nuts_conversion'));
  for (const name of ['n2_cm_v2016_v2021.csv', 'n2_cm_v2013_v2021.csv', 'n2_cm_v2021_v2024.csv']) {
    await symlink(join(sharedDataDir, 'nuts_conversion', name), join(dir, 'nuts_conversion', name));
  }
  return dir;
}

describe(`importDataDirectory on ${testBackend}`, () => {
  let store: Store;
  let result: DataDirectoryImport;
  let dir: string;
  beforeAll(async () => {
    store = await openSeededStore();
    dir = await smallDataDir();
    result = await importDataDirectory(store, dir);
  });
  afterAll(async () => {
    await store.close();
  });

  it('imports every file it finds, in dependency order, leaving out the damaged TERCET copy', () => {
    expect(result.refused).toEqual([]);
    expect(result.summaries.map((s) => `${s.kind} ${s.file.slice(dir.length + 1)}`)).toEqual([
      'cbs-places nl/nl_woonplaats_gemeente_corop_2024.csv',
      'tercet official/tercet/pc2020_BE_NUTS-2021_v1.0_selection.csv',
      'tercet official/tercet/pc2020_NL_NUTS-2021_v2.0_selection.csv',
      'eurostat eurostat/eurostat_nuts2_2016_indicators_2007_2018_long.csv',
      'eurostat official/eurostat_tsv/tgs00042.tsv',
      'eurostat official/eurostat_tsv/tgs_2011/tgs00040.tsv',
      'eurostat official/eurostat_jsonstat/eurostat_rd_e_gerdreg.json',
      'eurostat official/eurostat_sdmxcsv/isoc_bde15ar2_sdmx.csv',
      'cordis cordis/h2020_organisations_2017_odfest.csv',
      'cordis cordis/h2020_programme_parts_eunets.csv.gz',
    ]);
    expect(result.missing.map((m) => m.slice(dir.length + 1))).toEqual([
      'eurostat/eurostat_regional_innovation_indicators_long.csv',
      'cordis/h2020_participations_eunets.csv.gz',
    ]);
  });

  it('places the organisations as they are written, the places being loaded first', async () => {
    const placed = await store.db
      .selectFrom('actors')
      .select('id')
      .where('region_code', '=', 'NL213')
      .execute();
    expect(placed.length).toBeGreaterThan(40);
  });

  it('registers every importer under its kind', () => {
    expect(Object.keys(IMPORTERS).sort()).toEqual(
      [
        'actors',
        'cbs-places',
        'clusters',
        'contact-points',
        'cordis',
        'eurostat',
        'funds',
        'geo',
        'good-practices',
        'indicators',
        'participations',
        'tercet',
      ].sort(),
    );
    for (const [kind, importer] of Object.entries(IMPORTERS)) expect(importer.kind).toBe(kind);
  });

  it('changes nothing when the directory is imported again', async () => {
    const again = await importDataDirectory(store, dir);
    for (const s of again.summaries)
      expect({ file: s.file, inserted: s.inserted, updated: s.updated }).toEqual({
        file: s.file,
        inserted: 0,
        updated: 0,
      });
  });

  it("reports each file's place among them and the whole load's progress, rising to its total", async () => {
    const seen: ImportProgress[] = [];
    await importDataDirectory(store, dir, { onProgress: (p) => seen.push(p) });
    const overall = seen.map((p) => p.overall!);
    expect(overall.every((o) => o !== undefined && o.files === 10)).toBe(true);
    expect([...new Set(overall.map((o) => o.file))]).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    for (let i = 1; i < overall.length; i++)
      expect(overall[i]!.done).toBeGreaterThanOrEqual(overall[i - 1]!.done);
    const last = overall.at(-1)!;
    // The programme parts are gzip: counted at their decompressed size, which the total includes.
    expect(last.done).toBeCloseTo(last.total, 0);
    expect(last.total).toBeGreaterThan(
      (await stat(join(dir, 'cordis', 'h2020_programme_parts_eunets.csv.gz'))).size * 3,
    );
  });
});
