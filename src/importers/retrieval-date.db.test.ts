import { copyFile, mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sharedDataDir, testBackend } from '../../test/support/test-store.js';
import type { Store } from '../storage/store.js';
import { IMPORTERS } from './index.js';
import { fileChecksum } from './file-checksum.js';
import { runImport } from './run-import.js';
import { openSeededStore } from '../../test/support/seeded-store.js';

/** A data directory holding one real Eurostat file, as `data pull` or a hand copy leaves it. */
async function dataDir(withRecordOf: 'this file' | 'another file' | 'no record'): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'retrieval-'));
  await mkdir(join(dir, 'official', 'eurostat_tsv'), { recursive: true });
  const file = join(dir, 'official', 'eurostat_tsv', 'tgs00042.tsv');
  await copyFile(join(sharedDataDir, 'official', 'eurostat_tsv', 'tgs00042.tsv'), file);
  if (withRecordOf !== 'no record') {
    const sha256 = withRecordOf === 'this file' ? await fileChecksum(file) : '0'.repeat(64);
    const record = {
      generator: 'regiokracht data pull',
      files: [
        {
          path: 'official/eurostat_tsv/tgs00042.tsv',
          url: 'https://ec.europa.eu/eurostat/api/dissemination/sdmx/2.1/data/tgs00042?format=TSV',
          bytes: 1,
          sha256,
          retrieved_at: '2026-11-30T09:12:44.000Z',
          mtime_ms: 0,
        },
      ],
      partial: [],
    };
    await writeFile(join(dir, 'MANIFEST.json'), JSON.stringify(record));
  }
  return file;
}

describe(`the retrieval date of an imported data set on ${testBackend}`, () => {
  let store: Store;
  beforeAll(async () => {
    store = await openSeededStore();
  });
  afterAll(async () => {
    await store.close();
  });

  const retrievedAt = async () =>
    (
      await store.db
        .selectFrom('datasets')
        .select('retrieved_at')
        .where('id', '=', 'eurostat:tgs00042')
        .executeTakeFirstOrThrow()
    ).retrieved_at;

  it('is the date `data pull` recorded for the very same bytes', async () => {
    await runImport(store, IMPORTERS.eurostat!, await dataDir('this file'));
    expect(await retrievedAt()).toBe('2026-11-30T09:12:44.000Z');
  });

  it('stays unknown when the record is of other bytes or there is no record', async () => {
    await runImport(store, IMPORTERS.eurostat!, await dataDir('another file'));
    expect(await retrievedAt()).toBeNull();
    await runImport(store, IMPORTERS.eurostat!, await dataDir('this file'));
    await runImport(store, IMPORTERS.eurostat!, await dataDir('no record'));
    expect(await retrievedAt()).toBeNull();
  });
});
