import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Row, Store } from '../../src/storage/store.js';
import { sharedDataDir } from './test-store.js';

interface NutsFeatureProperties {
  NUTS_ID: string;
  LEVL_CODE: number;
  CNTR_CODE: string;
  NAME_LATN: string;
  NUTS_NAME: string;
}

let cached: Promise<readonly Row[]> | undefined;

/** The NUTS 2021 regions of the 1:60M GISCO files, levels 0 to 3, parents before children. */
export function nuts2021RegionRows(dataDir = sharedDataDir): Promise<readonly Row[]> {
  cached ??= (async () => {
    const rows: Row[] = [];
    for (const level of [0, 1, 2, 3]) {
      const path = join(dataDir, 'geo', `NUTS_RG_60M_2021_4326_LEVL_${level}.geojson`);
      const json = JSON.parse(await readFile(path, 'utf8')) as {
        features: { properties: NutsFeatureProperties }[];
      };
      for (const { properties: p } of json.features) {
        rows.push({
          code: p.NUTS_ID,
          kind: 'nuts',
          level: p.LEVL_CODE,
          nuts_version: '2021',
          name_en: p.NAME_LATN,
          name_nl: p.NAME_LATN,
          name_latn: p.NAME_LATN,
          country_code: p.CNTR_CODE,
          parent_code: p.NUTS_ID.length > 2 ? p.NUTS_ID.slice(0, -1) : null,
          source_id: null,
        });
      }
    }
    return rows;
  })();
  return cached;
}

/**
 * Test helper: inserts the NUTS 2021 regions (levels 0-3, 2,010 of them) into `regions`, the way
 * `regiokracht init` will, so that importers find the regions their rows point to.
 */
export async function seedNutsRegions(store: Store): Promise<number> {
  const rows = await nuts2021RegionRows();
  await store.transaction(async (tx) => {
    await tx.upsert('regions', ['code'], rows);
  });
  return rows.length;
}
