import { crc32, gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { tableCounts } from '../../test/support/table-counts.js';
import { testBackend } from '../../test/support/test-store.js';
import { deflatedRepeat, zipFile } from '../../test/support/zip-file.js';
import { ImportRefusedError } from './import-refused-error.js';
import { IMPORTERS } from './index.js';
import { runImport, type RunImportOptions } from './run-import.js';
import { seededStoreFixture } from '../../test/support/seeded-store-fixture.js';

const HEADER = 'organisation_id,name,helix_role,city';

describe(`hostile import files on ${testBackend}: one-line refusals, the database unchanged`, () => {
  const fixture = seededStoreFixture('regiokracht-hostile-', { keyAreas: true });
  beforeAll(async () => {
    await runImport(
      fixture.store,
      IMPORTERS.actors!,
      await fixture.file('seed.csv', `${HEADER}\nSEED-1,Seed B.V.,business,Enschede\n`),
    );
  });
  async function refused(kind: string, path: string, options: RunImportOptions = {}) {
    const before = await tableCounts(fixture.store);
    const error = await runImport(fixture.store, IMPORTERS[kind]!, path, options).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ImportRefusedError);
    const refusal = error as ImportRefusedError;
    expect(refusal.message).not.toMatch(/\n|Invalid string length|unexpected/);
    expect(refusal.message).toContain(path);
    expect(await tableCounts(fixture.store)).toEqual(before);
    return refusal.rowErrors[0]!;
  }

  async function actorName(id: string): Promise<string | undefined> {
    const row = await fixture.store.db
      .selectFrom('actors')
      .select('name')
      .where('id', '=', id)
      .executeTakeFirst();
    return row?.name;
  }

  it('refuses a Latin-1 CSV read as UTF-8, naming row and byte, and imports it with --encoding latin1', async () => {
    const latin1 = Buffer.from(`${HEADER}\nLAT-1,Fryslân Café,business,Leeuwarden\n`, 'latin1');
    const path = await fixture.file('latin1.csv', latin1);
    const error = await refused('actors', path);
    expect([error.row, error.field]).toEqual([2, '(encoding)']);
    expect(error.reason).toMatch(/^not UTF-8 at byte 48: byte 0xE2/);
    await runImport(fixture.store, IMPORTERS.actors!, path, { encoding: 'latin1' });
    expect(await actorName('LAT-1')).toBe('Fryslân Café');
  });

  it('reads a CSV with bare CR line endings', async () => {
    const path = await fixture.file(
      'cr.csv',
      `${HEADER}\rCR-1,Mac B.V.,business,Delft\rCR-2,Two,business,Ede\r`,
    );
    const summary = await runImport(fixture.store, IMPORTERS.actors!, path);
    expect([summary.read, summary.inserted]).toEqual([2, 2]);
    expect(await actorName('CR-2')).toBe('Two');
  });

  it('refuses a file with a header and no data rows, writing no imports row', async () => {
    const path = await fixture.file('header-only.csv', `${HEADER}\r\n`);
    const error = await refused('actors', path);
    expect([error.row, error.field, error.reason]).toEqual([
      2,
      '(rows)',
      'the file has no data rows; nothing was imported',
    ]);
  });

  it('refuses a name longer than the field limit, naming its column', async () => {
    const path = await fixture.file(
      'long-name.csv',
      `${HEADER}\nLONG-1,${'n'.repeat(150_000)},business,Ede\n`,
    );
    const error = await refused('actors', path);
    expect([error.row, error.field]).toEqual([2, 'name']);
    expect(error.reason).toBe('150,000 characters, more than the limit of 100,000 for one field');
  });

  it('refuses a 20 MB line at the line limit, before reading it whole', async () => {
    const path = await fixture.file(
      'huge-line.csv.gz',
      gzipSync(`${HEADER}\nHUGE,${'n'.repeat(20_000_000)}\n`),
    );
    const error = await refused('actors', path);
    expect([error.row, error.field]).toEqual([2, '(file)']);
    expect(error.reason).toMatch(/longer than 1,048,576 characters, the limit for one line/);
  });

  it('refuses a gzip bomb of short lines by its compression ratio', async () => {
    const path = await fixture.file(
      'bomb.csv.gz',
      gzipSync(`${HEADER}\n${`${' '.repeat(1000)}\n`.repeat(24_000)}`),
    );
    const error = await refused('actors', path);
    expect(error.reason).toMatch(/more than 100 times its compressed size/);
  });

  it('refuses an XLSX whose sheet holds 1 GiB of whitespace with one line, not "Invalid string length"', async () => {
    const sheet = deflatedRepeat(0x20, 1024);
    const path = await fixture.file(
      'whitespace.xlsx',
      zipFile([
        { name: '[Content_Types].xml', data: Buffer.from('<Types/>') },
        { name: 'xl/worksheets/sheet1.xml', deflated: sheet, size: 1024 ** 3, crc: crc32('') },
      ]),
    );
    const error = await refused('actors', path);
    expect([error.row, error.field, error.reason]).toEqual([
      1,
      'xl/worksheets/sheet1.xml',
      'decompresses to more than 100 MiB, the limit for one part of a workbook',
    ]);
  });

  it('refuses a 414-byte JSON-stat file declaring a cube of 10^18 cells before allocating it', async () => {
    const json = JSON.stringify({
      version: '2.0',
      class: 'dataset',
      id: ['freq', 'unit', 'geo', 'time'],
      size: [1, 1, 1e9, 1e9],
      dimension: {
        freq: { category: { index: { A: 0 } } },
        unit: { category: { index: { NR: 0 } } },
        geo: { category: { index: { NL: 999_999_999 } } },
        time: { category: { index: { '2020': 999_999_999 } } },
      },
      value: { '0': 1 },
      extension: { id: 'bomb' },
    });
    const path = await fixture.file('cube.json', json);
    const error = await refused('eurostat', path);
    expect([error.row, error.field]).toEqual([1, 'size']);
    expect(error.reason).toBe(
      'the cube has 1,000,000,000,000,000,000 cells, more than the limit of 50,000,000',
    );
  });
});
