import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { testBackend } from '../../../test/support/test-store.js';
import { seededStoreFixture } from '../../../test/support/seeded-store-fixture.js';
import { tableChecksums } from '../../../test/support/table-checksums.js';
import type { ImportSummary } from '../importer.js';
import { runImport } from '../run-import.js';
import type { ReadThread } from '../run-import-options.js';
import { participationsTemplateImporter } from './participations-template.js';
import { readingThreads } from './template-thread.js';

const HEADER =
  'project_id,project_acronym,programme,organisation_id,organisation_name,helix_role,region,contribution_eur,total_cost_eur,start_date,end_date\n';

/** A row of the participations template. */
const row = (project: string, actor: string, more: Partial<Record<string, string>> = {}) =>
  [
    project,
    more.acronym ?? '',
    more.programme ?? 'H2020',
    actor,
    more.name ?? `Name of ${actor}`,
    more.helix ?? 'business',
    more.region ?? 'NL213',
    more.contribution ?? '1000',
    more.cost ?? '',
    more.start ?? '2021-01-01',
    more.end ?? '2023-12-31',
  ].join(',') + '\n';

/**
 * Rows enough for many batches of the reader (64 KB each) and of the writers (5,000 rows), with
 * projects of several organisations, organisations in several projects, countries outside NUTS.
 */
function manyRows(prefix: string, count: number): string {
  let text = '';
  for (let i = 0; i < count; i++) {
    const project = `${prefix}-P${Math.floor(i / 4)}`;
    const region = ['NL213', 'DEA3', 'US', 'CN', 'BE2'][i % 5]!;
    text += row(project, `${prefix}-ORG${(i * 7) % 3001}`, {
      region,
      contribution: i % 9 === 0 ? '' : String(i * 10),
      cost: i % 3 === 0 ? '12.5' : '',
      helix: ['business', 'research', 'education', 'government', 'other'][i % 5]!,
    });
  }
  return text;
}

/** The tables an import writes, as fingerprints; the import's own row and audit are left out. */
async function written(store: Parameters<typeof tableChecksums>[0]) {
  const { imports: _i, audit_log: _a, ...rest } = await tableChecksums(store);
  return rest;
}

type Outcome =
  { summary: ImportSummary } | { message: string; code: string | undefined; rowErrors: unknown };

describe(`the participations template read in a thread of its own, on ${testBackend}`, () => {
  // One store per way of reading, given the same files in the same order.
  const inline = seededStoreFixture('regiokracht-template-inline-');
  const threaded = seededStoreFixture('regiokracht-template-thread-');

  /** Imports `content` both ways; the outcomes, and how many reading threads the second started. */
  async function both(name: string, content: string | Buffer) {
    const outcomes: Outcome[] = [];
    let threadsSeen = 0;
    for (const [fixture, readThread] of [
      [inline, 'never'],
      [threaded, 'always'],
    ] as const) {
      const file = await fixture.file(name, content);
      const before = await tableChecksums(fixture.store);
      const started = readingThreads().started;
      outcomes.push(await outcome(fixture.store, file, readThread));
      if (readThread === 'always') threadsSeen = readingThreads().started - started;
      else expect(readingThreads().started).toBe(started);
      if (!('summary' in outcomes.at(-1)!))
        expect(await tableChecksums(fixture.store)).toEqual(before);
      expect(readingThreads().running).toBe(0);
    }
    // The same path in both folders: the messages may name the file.
    const [a, b] = outcomes.map((o) =>
      JSON.parse(JSON.stringify(o).replaceAll(inline.dir, 'DIR').replaceAll(threaded.dir, 'DIR')),
    );
    return { inline: a as Outcome, threaded: b as Outcome, threadsSeen };
  }

  async function outcome(
    store: Parameters<typeof tableChecksums>[0],
    file: string,
    readThread: ReadThread,
  ): Promise<Outcome> {
    try {
      return {
        summary: await runImport(store, participationsTemplateImporter, file, { readThread }),
      };
    } catch (error) {
      const { code, rowErrors } = error as { code?: string; rowErrors?: unknown };
      return { message: (error as Error).message, code, rowErrors };
    }
  }

  it('writes the same rows, counts and notes, and a second time nothing', async () => {
    const content =
      HEADER.replace('\n', ',unknown_column\n') + manyRows('VT', 12_000).replaceAll('\n', ',x\n');
    const first = await both('many.csv', content);
    expect(first.threadsSeen).toBe(1);
    expect(first.threaded).toEqual(first.inline);
    expect('summary' in first.inline && first.inline.summary).toMatchObject({
      read: 12_000,
      refused: 0,
      notes: ['column(s) ignored: unknown_column'],
    });
    expect(await written(threaded.store)).toEqual(await written(inline.store));
    const again = await both('many.csv', content);
    expect(again.threaded).toEqual(again.inline);
    expect('summary' in again.threaded && again.threaded.summary).toMatchObject({
      inserted: 0,
      updated: 0,
    });
  });

  const refused: [string, string | Buffer, RegExp][] = [
    [
      'bad values in rows after thousands of good ones',
      HEADER +
        manyRows('VR', 9_000) +
        row('VR-X1', 'VR-X1-ORG', { helix: 'banker' }) +
        row('VR-X2', 'VR-X2-ORG', { region: 'NL999' }) +
        row('VR-X3', 'VR-X3-ORG', { contribution: '-5', start: '2021-02-30' }) +
        row('VR-X4', 'VR-X4-ORG', { start: '2022-01-01', end: '2021-01-01' }) +
        row('VR-P0', 'VR-ORG0') +
        row('VR-P1', 'VR-X5-ORG', { programme: 'Interreg' }) +
        'VR-X6,,H2020,VR-X6-ORG,Name,business,NL213\n' +
        '"VR-X7,H2020\n',
      /8 rows refused .*banker.*NL999.*below 0.*before the start.*duplicate of row 2.*VR-P1 has programme \\"H2020\\" in row 6.*expected 11 fields.*never closed/s,
    ],
    ['a missing column', 'project_id,programme\nA,B\n', /missing column\(s\) organisation_id/],
    ['an empty file', '', /empty/],
    [
      'a file of binary content',
      Buffer.from([0x00, 0x01, 0x02, 0x03, 0x00, 0xff]),
      /binary content/,
    ],
    [
      'bytes that are not UTF-8 far into the file',
      Buffer.concat([
        Buffer.from(HEADER + manyRows('VU', 3_000)),
        Buffer.from([0xc3, 0x28]),
        Buffer.from('\n'),
      ]),
      /:3002: \(encoding\): not UTF-8/,
    ],
  ];
  for (const [what, content, expected] of refused) {
    it(`refuses ${what} with the same messages, writing nothing`, async () => {
      const { inline: a, threaded: b, threadsSeen } = await both('refused.csv', content);
      expect(threadsSeen).toBe(1);
      expect('message' in a && a.code).toBe('IMPORT_REFUSED');
      expect(b).toEqual(a);
      expect('message' in a && JSON.stringify([a.message, a.rowErrors])).toMatch(expected);
    });
  }

  it('stops the thread and writes nothing when the import stops while the file is read', async () => {
    const file = await threaded.file('stopped.csv', HEADER + manyRows('VS', 12_000));
    const before = await tableChecksums(threaded.store);
    let calls = 0;
    const result = await runImport(threaded.store, participationsTemplateImporter, file, {
      readThread: 'always',
      onProgress: () => {
        if (++calls === 3) throw new Error('stopped by the test');
      },
    }).then(
      () => 'imported',
      (error: Error) => error.message,
    );
    expect(result).toBe(`${file} was not imported: stopped by the test; nothing was changed`);
    expect(readingThreads().running).toBe(0);
    expect(await tableChecksums(threaded.store)).toEqual(before);
  });

  it('reads an XLSX workbook the same both ways', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('participations');
    for (const line of (HEADER + manyRows('VX', 3_000)).trim().split('\n'))
      sheet.addRow(line.split(','));
    const buffer = Buffer.from(await workbook.xlsx.writeBuffer());
    const result = await both('participations.xlsx', buffer);
    expect(result.threadsSeen).toBe(1);
    expect(result.threaded).toEqual(result.inline);
    expect('summary' in result.inline && result.inline.summary).toMatchObject({
      format: 'template-xlsx',
      read: 3_000,
    });
    expect(await written(threaded.store)).toEqual(await written(inline.store));
  });

  it('reads a template of the repository the same both ways', async () => {
    const file = join(
      new URL('../../../content/templates/', import.meta.url).pathname,
      'participations.csv',
    );
    const a = await outcome(inline.store, file, 'never');
    const b = await outcome(threaded.store, file, 'always');
    expect(b).toEqual(a);
    expect(await written(threaded.store)).toEqual(await written(inline.store));
  });
});
