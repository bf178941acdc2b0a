import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { INCOMPLETE, parseQuoted } from '../../importers/text/csv-records.js';
import { csvField, csvRecord } from './csv-record.js';

/** The record as the importers read it back (without its line end). */
function parse(record: string): string[] {
  const fields = parseQuoted(record.slice(0, -2), ',', '"');
  if (fields === INCOMPLETE) throw new Error(`incomplete: ${record}`);
  return fields;
}

describe('a CSV field', () => {
  it('is left bare when it holds no comma, quote or line break', () => {
    expect(csvField('Overijssel')).toBe('Overijssel');
    expect(csvField('Fryslân')).toBe('Fryslân');
  });

  it('is quoted, with quotes doubled, when it holds a comma, quote, CR or LF', () => {
    expect(csvField('Twente, Overijssel')).toBe('"Twente, Overijssel"');
    expect(csvField('ASSOCIATION "NCSA"')).toBe('"ASSOCIATION ""NCSA"""');
    expect(csvField('a\nb')).toBe('"a\nb"');
    expect(csvField('a\rb')).toBe('"a\rb"');
  });

  it('gets an apostrophe when text starts like a formula, and is quoted when it must be', () => {
    expect(csvField('=1+1')).toBe("'=1+1");
    expect(csvField('+31 53 000')).toBe("'+31 53 000");
    expect(csvField('-2')).toBe("'-2");
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField('=HYPERLINK("x","y")')).toBe('"\'=HYPERLINK(""x"",""y"")"');
  });

  it('writes numbers as plain decimals without a guard, and null as nothing', () => {
    expect(csvField(-12.5)).toBe('-12.5');
    expect(csvField(0.0000001)).toBe('0.0000001');
    expect(csvField(null)).toBe('');
  });
});

describe('a CSV record', () => {
  it('ends with CRLF and reads back to the same fields with the importers parser', () => {
    const cells = ['p1', 'SENS,DEMO "2"', 'line\nbreak', '', 'Fryslân'];
    const record = csvRecord(cells);
    expect(record.endsWith('\r\n')).toBe(true);
    expect(parse(record)).toEqual(cells);
  });

  it('reads back to the same text for any text that does not start like a formula', () => {
    const text = fc
      .string({ unit: 'grapheme', maxLength: 30 })
      .filter((s) => !/^[=+\-@\t\r]/.test(s));
    fc.assert(
      fc.property(fc.array(text, { minLength: 2, maxLength: 6 }), (cells) => {
        expect(parse(csvRecord(cells))).toEqual(cells);
      }),
    );
  });
});
