import { describe, expect, it } from 'vitest';
import { CSV_BOM, csvField, figureCsv } from './figure-csv.js';

describe('a figure’s data as CSV', () => {
  it('starts with a byte order mark and a header row, and ends each line with CRLF', () => {
    const csv = figureCsv({ columns: ['Regio', 'Score'], rows: [['Twente', 0.57]] });
    expect(csv.startsWith(CSV_BOM)).toBe(true);
    expect(csv.slice(1).split('\r\n')).toEqual(['Regio,Score', 'Twente,0.57', '']);
  });

  it('writes numbers with a decimal point and no thousands separator whatever the language', () => {
    expect(csvField(5.55)).toBe('5.55');
    expect(csvField(1234567.5)).toBe('1234567.5');
    expect(csvField(-0)).toBe('0');
    expect(csvField(-4.7)).toBe('-4.7');
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

  it('quotes text with commas, quotes or line breaks and keeps accents as UTF-8 text', () => {
    expect(csvField('Agri & Food, Tuinbouw')).toBe('"Agri & Food, Tuinbouw"');
    expect(csvField('de "Kennis"-as')).toBe('"de ""Kennis""-as"');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('Fryslân')).toBe('Fryslân');
  });

  it('disarms text a spreadsheet would run as a formula, but not a negative number as text', () => {
    expect(csvField('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField('-4.7')).toBe('-4.7');
    expect(csvField('-cmd')).toBe("'-cmd");
  });

  it('refuses a row whose length differs from the header, naming the row', () => {
    expect(() => figureCsv({ columns: ['a', 'b'], rows: [[1, 2], [3]] })).toThrow(
      'CSV row 2 has 1 fields; the header has 2',
    );
  });
});
