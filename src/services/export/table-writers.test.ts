import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { ExportCell, ExportTable } from './export-table.js';
import { tableCsv } from './table-csv.js';
import { tableJson } from './table-json.js';
import { sourceRows, tableXlsx } from './table-xlsx.js';

/** A table held in memory, yielded in batches of two rows. */
function memoryTable(rows: ExportCell[][]): ExportTable {
  return {
    name: 'indicators',
    columns: [
      { name: 'region', type: 'text' },
      { name: 'name', type: 'text' },
      { name: 'value', type: 'number' },
    ],
    source: {
      datasets: [
        {
          id: 'd1',
          title: 'Data set one',
          publisher: 'Eurostat',
          licence: 'CC BY 4.0',
          url: 'https://example.org',
          retrieved_at: '2026-01-01',
        },
        {
          id: 'd2',
          title: 'Data set two',
          publisher: 'CBS',
          licence: null,
          url: null,
          retrieved_at: null,
        },
      ],
      imports: [
        {
          id: 'i1',
          dataset_id: 'd1',
          file: 'one.csv',
          checksum: 'abc',
          finished_at: '2026-01-02T00:00:00Z',
        },
      ],
      method: 'test',
      method_nl: 'toets',
    },
    count: () => Promise.resolve(rows.length),
    async *batches() {
      for (let i = 0; i < rows.length; i += 2) yield rows.slice(i, i + 2);
    },
  };
}

const ROWS: ExportCell[][] = [
  ['NL21', 'Overijssel', 1.5],
  ['NL12', 'Fryslân, "Friesland"', -2],
  ['NL34', '=1+1', null],
];

async function text(chunks: AsyncIterable<string | Uint8Array>): Promise<string> {
  let out = '';
  for await (const c of chunks) out += typeof c === 'string' ? c : Buffer.from(c).toString();
  return out;
}

async function bytes(chunks: AsyncIterable<Uint8Array>): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const c of chunks) parts.push(Buffer.from(c));
  return Buffer.concat(parts);
}

describe('a table as CSV', () => {
  it('has a header record and one CRLF record per row, text guarded and quoted', async () => {
    expect(await text(tableCsv(memoryTable(ROWS)))).toBe(
      'region,name,value\r\nNL21,Overijssel,1.5\r\nNL12,"Fryslân, ""Friesland""",-2\r\nNL34,\'=1+1,\r\n',
    );
  });
});

describe('a table as JSON', () => {
  it('is one document with the source and the rows as objects, numbers and nulls kept', async () => {
    const doc = JSON.parse(await text(tableJson(memoryTable(ROWS)))) as {
      export: string;
      source: { imports: unknown[] };
      rows: unknown[];
    };
    expect(doc.export).toBe('indicators');
    expect(doc.source.imports).toHaveLength(1);
    expect(doc.rows).toEqual([
      { region: 'NL21', name: 'Overijssel', value: 1.5 },
      { region: 'NL12', name: 'Fryslân, "Friesland"', value: -2 },
      { region: 'NL34', name: '=1+1', value: null },
    ]);
  });

  it('is valid with no rows', async () => {
    expect(JSON.parse(await text(tableJson(memoryTable([]))))).toMatchObject({ rows: [] });
  });
});

describe('a table as XLSX', () => {
  it('opens with exceljs: a frozen bold header, typed numbers, guarded text, and a Sources sheet', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(
      (await bytes(tableXlsx(memoryTable(ROWS)))) as unknown as ExcelJS.Buffer,
    );
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['indicators', 'Sources']);
    const sheet = workbook.getWorksheet('indicators')!;
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.getRow(1).values).toEqual([undefined, 'region', 'name', 'value']);
    expect(sheet.getRow(1).font?.bold).toBe(true);
    expect(sheet.getCell('C2').type).toBe(ExcelJS.ValueType.Number);
    expect(sheet.getCell('C2').value).toBe(1.5);
    expect(sheet.getCell('C3').value).toBe(-2);
    expect(sheet.getCell('B3').value).toBe('Fryslân, "Friesland"');
    expect(sheet.getCell('B4').value).toBe("'=1+1");
    expect(sheet.getCell('B4').type).toBe(ExcelJS.ValueType.String);
    expect(sheet.getCell('C4').value).toBeNull();
    expect(sheet.rowCount).toBe(4);

    const sources = workbook.getWorksheet('Sources')!;
    expect(sources.getRow(1).values).toEqual([
      undefined,
      'dataset',
      'title',
      'publisher',
      'licence',
      'url',
      'retrieved_at',
      'import',
      'file',
      'checksum',
      'imported_at',
    ]);
    expect(sources.getRow(2).values).toEqual([
      undefined,
      'd1',
      'Data set one',
      'Eurostat',
      'CC BY 4.0',
      'https://example.org',
      '2026-01-01',
      'i1',
      'one.csv',
      'abc',
      '2026-01-02T00:00:00Z',
    ]);
    expect(sources.getCell('A3').value).toBe('d2');
    expect(sources.getCell('G3').value).toBeNull();
  });

  it('lists each import with its data set, then data sets without an import', () => {
    expect(sourceRows(memoryTable([]).source).map((r) => [r[0], r[6]])).toEqual([
      ['d1', 'i1'],
      ['d2', null],
    ]);
  });
});
