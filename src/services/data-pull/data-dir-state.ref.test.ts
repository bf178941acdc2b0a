import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sharedDataDir } from '../../../test/support/test-store.js';
import { dataDirHasData } from './data-dir-state.js';

describe('telling whether a data directory holds data', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'rk-state-'));
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it('says no for a missing, an empty, or an interrupted data directory', async () => {
    expect(await dataDirHasData(join(dir, 'missing'))).toBe(false);
    expect(await dataDirHasData(dir)).toBe(false);
    await mkdir(join(dir, 'geo'));
    await writeFile(join(dir, 'geo', 'NUTS_RG_60M_2021_4326_LEVL_0.geojson.part'), '{"type"');
    await writeFile(join(dir, 'MANIFEST.json'), '{"files":[]}');
    expect(await dataDirHasData(dir)).toBe(false);
  });

  it('says yes once one data file is there', async () => {
    await mkdir(join(dir, 'nl'));
    await writeFile(join(dir, 'nl', 'towns.csv'), 'a,b\n');
    expect(await dataDirHasData(dir)).toBe(true);
    expect(await dataDirHasData(sharedDataDir)).toBe(true);
  });
});
