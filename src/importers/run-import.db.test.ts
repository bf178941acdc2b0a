import { createHash } from 'node:crypto';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testBackend } from '../../test/support/test-store.js';
import type { Store } from '../storage/store.js';
import type { ImportProgress } from './importer.js';
import { IMPORTERS } from './index.js';
import { runImport } from './run-import.js';
import { openSeededStore } from '../../test/support/seeded-store.js';
import { storedRow } from '../../test/support/stored-row.js';

describe(`the import runner on ${testBackend}`, () => {
  let store: Store;
  let file: string;
  beforeAll(async () => {
    store = await openSeededStore();
    const dir = await mkdtemp(join(tmpdir(), 'runner-'));
    file = join(dir, 'values.csv');
    const rows = Array.from(
      { length: 12_000 },
      (_, i) => `x_runner_${i % 60},NL213,${1901 + Math.floor(i / 60)},${i},NR,test`,
    );
    await writeFile(file, `indicator,region,year,value,unit,source\n${rows.join('\n')}\n`);
  });
  afterAll(async () => {
    await store.close();
  });

  it('records provenance: checksum, times from the clock, counts and status', async () => {
    const times = [new Date('2026-02-01T10:00:00Z'), new Date('2026-02-01T10:00:05Z')];
    let call = 0;
    const progress: ImportProgress[] = [];
    const summary = await runImport(store, IMPORTERS.indicators!, file, {
      clock: () => times[Math.min(call++, 1)]!,
      onProgress: (p) => progress.push(p),
    });
    const checksum = createHash('sha256')
      .update(await readFile(file))
      .digest('hex');
    expect(summary).toMatchObject({
      kind: 'indicators',
      file,
      read: 12_000,
      inserted: 12_061,
      updated: 0,
      refused: 0,
      checksum,
    });
    expect(summary.importId).toBe(`indicators-${checksum.slice(0, 16)}`);
    const row = await storedRow(store, 'imports', summary.importId);
    expect(row).toMatchObject({
      kind: 'indicators',
      file,
      checksum,
      dataset_id: 'template:indicators',
      started_at: '2026-02-01T10:00:00.000Z',
      finished_at: '2026-02-01T10:00:05.000Z',
      rows_read: 12_000,
      rows_inserted: 12_061,
      rows_updated: 0,
      rows_refused: 0,
      status: 'done',
    });
    const values = await store.db
      .selectFrom('indicator_values')
      .select('import_id')
      .where('indicator_id', 'like', 'x_runner_%')
      .execute();
    expect(new Set(values.map((v) => v.import_id))).toEqual(new Set([summary.importId]));
    expect(progress.length).toBeGreaterThan(0);
    expect(progress.at(-1)).toMatchObject({ kind: 'indicators', file });
  });

  it('imports the same file again without changing a row, under the same import id', async () => {
    const counts = await store.db
      .selectFrom('imports')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    const again = await runImport(store, IMPORTERS.indicators!, file);
    expect(again).toMatchObject({ inserted: 0, updated: 0, read: 12_000 });
    const after = await store.db
      .selectFrom('imports')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(counts.n));
  });
});
