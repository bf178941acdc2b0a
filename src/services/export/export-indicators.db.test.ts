import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import {
  TEST_INDICATOR,
  bodyBytes,
  bodyText,
  csvObjects,
  testIndicatorExport,
  testIndicatorValue,
} from '../../../test/support/export-fixture.js';
import { useHandMadeExport } from '../../../test/support/hand-made-export.js';
import type { ExportRequest } from './export-file.js';
import { testBackend } from '../../../test/support/test-store.js';

describe(`indicator exports of hand-made data on ${testBackend}`, () => {
  const now = () => new Date('2026-11-28T10:00:00Z');
  const data = useHandMadeExport(now);
  const { exported, text } = data;

  describe('indicator tables', () => {
    it('parse back from CSV to the values in the database, one row per region and year', async () => {
      const rows = csvObjects(
        await text(testIndicatorExport('indicators', 'csv', { country: 'nl' })),
      );
      expect(rows).toHaveLength(24);
      expect(Object.keys(rows[0]!)).toEqual([
        'indicator',
        'region',
        'name',
        'level',
        'year',
        'value',
        'unit',
        'flags',
        'source',
      ]);
      for (const row of rows) {
        const expected = testIndicatorValue(row.region!, Number(row.year));
        expect(row.value === '' ? null : Number(row.value), `${row.region} ${row.year}`).toBe(
          expected,
        );
        expect(row).toMatchObject({ indicator: TEST_INDICATOR, level: '2', unit: 'PC_GDP' });
        expect(row.source).toBe('test:rd');
      }
      expect(rows.find((r) => r.region === 'NL12')).toMatchObject({
        name: 'Fryslân',
        flags: 'e',
      });
      expect(rows.find((r) => r.region === 'NL34' && r.year === '2020')).toMatchObject({
        value: '',
        flags: ':',
      });
      // A negative number is a number, not a formula: no apostrophe.
      expect(rows.find((r) => r.region === 'NL11' && r.year === '2019')!.value).toBe('-0.5');
      expect(rows.find((r) => r.region === 'NL12' && r.year === '2019')!.value).toBe('0.0000001');
    });

    it('hold every level when no level is given', async () => {
      const rows = csvObjects(
        await text({ what: 'indicators', format: 'csv', indicators: [TEST_INDICATOR] }),
      );
      expect(rows).toHaveLength(25);
      expect(rows.find((r) => r.region === 'NL213')).toMatchObject({ level: '3', value: '3.5' });
    });

    it('come as JSON with the source: data set, publisher, licence, import file and checksum', async () => {
      const file = await exported(testIndicatorExport('indicators', 'json'));
      expect(file).toMatchObject({
        filename: `indicators-${TEST_INDICATOR}-level2.json`,
        contentType: 'application/json; charset=utf-8',
      });
      const doc = JSON.parse(await bodyText(file.body)) as {
        export: string;
        source: {
          datasets: { id: string; publisher: string; licence: string; retrieved_at: string }[];
          imports: { file: string; checksum: string; dataset_id: string }[];
        };
        rows: { value: number | null }[];
      };
      expect(doc.export).toBe('indicators');
      expect(doc.source.datasets).toEqual([
        expect.objectContaining({
          id: 'test:rd',
          publisher: 'Regiokracht tests',
          licence: 'CC0',
          retrieved_at: '2026-11-01',
        }),
      ]);
      expect(doc.source.imports).toEqual([
        expect.objectContaining({ file: 'rd-test.csv', checksum: 'c0ffee', dataset_id: 'test:rd' }),
      ]);
      expect(doc.rows).toHaveLength(24);
      expect(doc.rows.filter((r) => r.value === null)).toHaveLength(1);
    });

    it('open as XLSX with the table (typed numbers) and a Sources sheet', async () => {
      const file = await exported(testIndicatorExport('indicators', 'xlsx', { country: 'NL' }));
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load((await bodyBytes(file.body)) as unknown as ExcelJS.Buffer);
      expect(workbook.worksheets.map((w) => w.name)).toEqual(['indicators', 'Sources']);
      const sheet = workbook.getWorksheet('indicators')!;
      expect(sheet.rowCount).toBe(25);
      expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      const values = sheet.getColumn(6).values.slice(2);
      expect(values.filter((v) => typeof v === 'number')).toHaveLength(23);
      const sources = workbook.getWorksheet('Sources')!;
      expect(sources.getRow(2).values).toEqual(
        expect.arrayContaining(['test:rd', 'Regiokracht tests', 'rd-test.csv', 'c0ffee']),
      );
    });

    it('refuse a level without values as not found, naming the levels that have them', async () => {
      const request: ExportRequest = {
        what: 'indicators',
        format: 'csv',
        indicators: [TEST_INDICATOR],
        level: 1,
        country: 'NL',
      };
      await expect(exported(request)).rejects.toMatchObject({
        code: 'NOT_FOUND',
        message: expect.stringMatching(
          /level 1 in NL; years with values: none \(levels with values: 2, 3\)/,
        ) as unknown,
      });
      const csv = await text({ ...request, allowEmpty: true });
      expect(csv.split('\r\n')[0]).toMatch(/^indicator,region/);
    });

    it('refuse an unknown indicator as not found and an empty list as a bad request', async () => {
      await expect(
        exported({ what: 'indicators', format: 'csv', indicators: ['nope', TEST_INDICATOR] }),
      ).rejects.toMatchObject({ code: 'NOT_FOUND', message: expect.stringContaining('nope') });
      await expect(
        exported({ what: 'indicators', format: 'csv', indicators: [] }),
      ).rejects.toMatchObject({ code: 'INVALID_INPUT' });
      await expect(
        exported({
          what: 'indicators',
          format: 'csv',
          indicators: [TEST_INDICATOR],
          country: 'XX',
        }),
      ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    });
  });

  it('refuses an unknown export, a format the export is not written in, and a foreign option', async () => {
    await expect(exported({ what: 'pdf', format: 'csv' })).rejects.toMatchObject({
      code: 'INVALID_INPUT',
    });
    await expect(exported({ what: 'actors', format: 'geojson' })).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      message: expect.stringContaining('csv, xlsx, json'),
    });
    await expect(exported({ what: 'actors', format: 'csv', year: 2020 })).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      message: expect.stringContaining('year'),
    });
    await expect(exported({ what: 'network', format: 'gexf' })).rejects.toMatchObject({
      code: 'INVALID_INPUT',
    });
  });
});
