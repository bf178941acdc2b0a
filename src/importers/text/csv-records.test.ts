import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  INCOMPLETE,
  csvRecordBatches,
  parseQuoted,
  splitFields,
  type CsvProblem,
  type CsvRecord,
} from './csv-records.js';
import { LineReader } from './line-reader.js';

async function records(
  text: string,
  options = { delimiter: ',' },
): Promise<{ records: CsvRecord[]; problems: CsvProblem[] }> {
  const dir = await mkdtemp(join(tmpdir(), 'csv-'));
  const path = join(dir, 'f.csv');
  await writeFile(path, text);
  const out: CsvRecord[] = [];
  const problems: CsvProblem[] = [];
  for await (const batch of csvRecordBatches(await LineReader.open(path), options, (p) =>
    problems.push(p),
  ))
    out.push(...batch);
  return { records: out, problems };
}

describe('parseQuoted', () => {
  it('reads quoted fields with doubled quotes and delimiters inside', () => {
    expect(parseQuoted('"a,b","say ""hi""",c', ',', '"')).toEqual(['a,b', 'say "hi"', 'c']);
  });

  it('keeps empty fields, also a trailing one', () => {
    expect(parseQuoted('"a",,"",', ',', '"')).toEqual(['a', '', '', '']);
  });

  it('says a record is incomplete when a quoted field runs on', () => {
    expect(parseQuoted('1,"first line', ',', '"')).toBe(INCOMPLETE);
  });

  it('reads the stray quotes of the CORDIS organisation dump leniently', () => {
    expect(parseQuoted('0,"ASSOCIATION "NATIONAL CENTRE"",26', ',', '"')).toEqual([
      '0',
      'ASSOCIATION "NATIONAL CENTRE"',
      '26',
    ]);
  });

  it("reads TERCET's single-quoted values", () => {
    expect(parseQuoted("'NL213';'7543 GV'", ';', "'")).toEqual(['NL213', '7543 GV']);
  });
});

describe('csvRecordBatches', () => {
  it('numbers records by the line they start on, the header being line 1', async () => {
    const { records: r } = await records('h1,h2\n1,"two\nlines"\n3,x\n');
    expect(r.map((x) => [x.line, x.fields])).toEqual([
      [1, ['h1', 'h2']],
      [2, ['1', 'two\nlines']],
      [4, ['3', 'x']],
    ]);
  });

  it('skips blank lines but keeps counting them', async () => {
    const { records: r } = await records('h\n\na\n');
    expect(r.map((x) => x.line)).toEqual([1, 3]);
  });

  it('reports a quote that never closes at the line it opened', async () => {
    const { records: r, problems } = await records('h1,h2\n1,"open\n2,x\n');
    expect(r).toHaveLength(1);
    expect(problems).toEqual([{ line: 2, reason: expect.stringMatching(/never closed/) }]);
  });

  it('reports an unclosed quote per line when records cannot span lines', async () => {
    const { problems } = await records("NUTS3,CODE\n'NL416','5411\n'NL115','9791\n", {
      delimiter: ',',
      quote: "'",
      multiline: false,
    } as never);
    expect(problems.map((p) => p.line)).toEqual([2, 3]);
  });
});

describe('splitFields', () => {
  it('splits as String.prototype.split does', () => {
    const lines = ['', ',', 'a', 'a,b', ',a,,b,', 'a;b,c', ' x , y ', 'abc,,,'];
    for (const delimiter of [',', ';', '\t', '::', ''])
      for (const line of [...lines, lines.join(delimiter)])
        expect(splitFields(line, delimiter)).toEqual(line.split(delimiter));
  });
});
