import { existsSync } from 'node:fs';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it, vi } from 'vitest';
import { cliDatabase } from '../../../test/support/cli-database.js';
import {
  TEST_INDICATOR,
  csvObjects,
  seedTestIndicator,
  seedTrickyParticipations,
} from '../../../test/support/export-fixture.js';
import { writeSmallNetworkDatabase } from '../../../test/support/small-network-database.js';
import { buildProgram } from '../program.js';
import { runProgram } from '../run.js';

/** Runs `regiokracht --db <db> export ...` in-process; stdout as written, byte for byte. */
async function cli(db: string, ...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const spies = [
    vi
      .spyOn(console, 'log')
      .mockImplementation((...a: unknown[]) => void out.push(`${a.join(' ')}\n`)),
    vi.spyOn(console, 'error').mockImplementation((...a: unknown[]) => void err.push(a.join(' '))),
    vi
      .spyOn(process.stdout, 'write')
      .mockImplementation(
        (chunk: string | Uint8Array) => (out.push(Buffer.from(chunk).toString()), true),
      ),
  ];
  try {
    const code = await runProgram(buildProgram(), ['node', 'regiokracht', '--db', db, ...args]);
    return { code, out: out.join(''), err: err.join('\n') };
  } finally {
    for (const spy of spies) spy.mockRestore();
  }
}

describe('regiokracht export', () => {
  const { dir, db } = cliDatabase('rk-export-cli-', (path) =>
    writeSmallNetworkDatabase(path, async (store) => {
      await seedTrickyParticipations(store);
      await seedTestIndicator(store);
    }),
  );

  it('writes an indicator table to stdout as CSV', async () => {
    const result = await cli(
      db,
      'export',
      'indicators',
      '--indicator',
      TEST_INDICATOR,
      '--level',
      '2',
      '--country',
      'NL',
      '--format',
      'csv',
    );
    expect(result.code, result.err).toBe(0);
    const rows = csvObjects(result.out);
    expect(rows).toHaveLength(24);
    expect(rows[0]).toMatchObject({ indicator: TEST_INDICATOR, region: 'NL11', year: '2019' });
  });

  it('writes regions with an indicator to a GeoJSON file and says where', async () => {
    const out = join(dir, 'provinces.geojson');
    const result = await cli(
      db,
      'export',
      'regions',
      '--format',
      'geojson',
      '--indicator',
      TEST_INDICATOR,
      '--year',
      '2020',
      '--level',
      '2',
      '--country',
      'NL',
      '--out',
      out,
    );
    expect(result.code, result.err).toBe(0);
    expect(result.out).toContain(`GEOJSON written to ${out}`);
    const doc = JSON.parse(await readFile(out, 'utf8')) as { features: unknown[]; year: number };
    expect(doc.features).toHaveLength(12);
    expect(doc.year).toBe(2020);
  });

  it('takes the format from the extension of --out, and writes XLSX only to a file', async () => {
    const out = join(dir, 'indicators.xlsx');
    const ok = await cli(db, 'export', 'indicators', '--indicator', TEST_INDICATOR, '--out', out);
    expect(ok.code, ok.err).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['indicators', 'Sources']);

    const refused = await cli(
      db,
      'export',
      'indicators',
      '--indicator',
      TEST_INDICATOR,
      '--format',
      'xlsx',
    );
    expect(refused.code).toBe(1);
    expect(refused.err).toContain('--out');
  });

  it("writes a region's participations to a CSV file", async () => {
    const out = join(dir, 'participations-NL213.csv');
    const result = await cli(db, 'export', 'participations', '--region', 'NL213', '--out', out);
    expect(result.code, result.err).toBe(0);
    expect(csvObjects(await readFile(out, 'utf8'))).toHaveLength(7);
  });

  it('writes actors as JSON to stdout', async () => {
    const result = await cli(db, 'export', 'actors', '--format', 'json');
    expect(result.code, result.err).toBe(0);
    expect(JSON.parse(result.out)).toMatchObject({ export: 'actors' });
  });

  it("writes a region's network as GEXF", async () => {
    const result = await cli(db, 'export', 'network', '--region', 'NL213', '--format', 'gexf');
    expect(result.code, result.err).toBe(0);
    expect(result.out).toMatch(/^<\?xml/);
    expect(result.out).toContain('<node id="ut"');
  });

  it('exits 1 with one line that says what to fix, and leaves no file behind', async () => {
    const before = await readdir(dir);
    const cases: [string[], string][] = [
      [['export', 'projects'], 'unknown export'],
      [['export', 'actors', '--format', 'gexf'], 'csv, xlsx, json'],
      [['export', 'indicators', '--indicator', 'nope', '--out', join(dir, 'x.csv')], 'nope'],
      [['export', 'actors', '--region', 'XX99', '--out', join(dir, 'y.csv')], 'XX99'],
      [['export', 'regions', '--indicator', TEST_INDICATOR, '--level', 'two'], '--level'],
      [['export', 'actors', '--year', '2020'], 'year'],
      [['export', 'network'], '--region'],
    ];
    for (const [args, message] of cases) {
      const result = await cli(db, ...args);
      expect(result.code, args.join(' ')).toBe(1);
      expect(result.err, args.join(' ')).toContain(message);
    }
    expect(await readdir(dir)).toEqual(before);
    expect(existsSync(join(dir, 'x.csv.part'))).toBe(false);
  });
});
