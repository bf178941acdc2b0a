import { describe, expect, it } from 'vitest';
import { CSV_BOM, csvField, figureCsv, type CsvValue } from './figure-csv.js';

/** Values and the fields they are written as, under what each group of them shows. */
const FIELDS: Readonly<Record<string, readonly (readonly [CsvValue, string])[]>> = {
  'writes numbers with a decimal point and no thousands separator whatever the language': [
    [5.55, '5.55'],
    [1234567.5, '1234567.5'],
    [-0, '0'],
    [-4.7, '-4.7'],
  ],
  'quotes text with commas, quotes or line breaks and keeps accents as UTF-8 text': [
    ['Agri & Food, Tuinbouw', '"Agri & Food, Tuinbouw"'],
    ['de "Kennis"-as', '"de ""Kennis""-as"'],
    ['two\nlines', '"two\nlines"'],
    ['Fryslân', 'Fryslân'],
  ],
  'disarms text a spreadsheet would run as a formula, but not a negative number as text': [
    ['=HYPERLINK("x")', '"\'=HYPERLINK(""x"")"'],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['-4.7', '-4.7'],
    ['-cmd', "'-cmd"],
  ],
};

describe('a figure’s data as CSV', () => {
  it('starts with a byte order mark and a header row, and ends each line with CRLF', () => {
    const csv = figureCsv({ columns: ['Regio', 'Score'], rows: [['Twente', 0.57]] });
    expect(csv.startsWith(CSV_BOM)).toBe(true);
    expect(csv.slice(1).split('\r\n')).toEqual(['Regio,Score', 'Twente,0.57', '']);
  });

  it('leaves an absent value empty, never 0, and keeps the reason beside it', () => {
    const csv = figureCsv({
      columns: ['Indicator', 'EU-27', 'Reason when missing'],
      rows: [['Broadband', null, 'no value for EU-27 in 2015']],
    });
    expect(csv).toContain('Broadband,,no value for EU-27 in 2015\r\n');
    expect(csvField(Number.NaN)).toBe('');
    expect(csvField(undefined)).toBe('');
  });

  describe.each(Object.entries(FIELDS))('%s', (_, fields) => {
    it.each(fields)('writes %j as %j', (value, field) => {
      expect(csvField(value)).toBe(field);
    });
  });

  it('refuses a row whose length differs from the header, naming the row', () => {
    expect(() => figureCsv({ columns: ['a', 'b'], rows: [[1, 2], [3]] })).toThrow(
      'CSV row 2 has 1 fields; the header has 2',
    );
  });
});
