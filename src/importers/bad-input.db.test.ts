import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { tableCounts } from '../../test/support/table-counts.js';
import { sharedDataDir, testBackend } from '../../test/support/test-store.js';
import { ImportRefusedError } from './import-refused-error.js';
import type { Importer } from './importer.js';
import { IMPORTERS } from './index.js';
import { runImport } from './run-import.js';
import { seededStoreFixture } from '../../test/support/seeded-store-fixture.js';

const HEADER = 'indicator,region,year,value,unit,source';

describe(`bad input on ${testBackend}: a clear error, and the database exactly as before`, () => {
  const fixture = seededStoreFixture('regiokracht-bad-', { keyAreas: true });
  beforeAll(async () => {
    // Something in the database already, so that "unchanged" means something.
    await runImport(
      fixture.store,
      IMPORTERS.indicators!,
      await fixture.file('ok.csv', `${HEADER}\nx_good,NL213,2020,1,NR,test\n`),
    );
  });
  /** Imports `path`, expects IMPORT_REFUSED naming file, row, field and reason, and no change. */
  async function expectRefused(
    importer: Importer,
    path: string,
    row: number | 'any',
    field: string,
    reason: RegExp,
  ) {
    const before = await tableCounts(fixture.store);
    const error = await runImport(fixture.store, importer, path).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportRefusedError);
    const refused = error as ImportRefusedError;
    expect(refused.code).toBe('IMPORT_REFUSED');
    expect(refused.rowErrors[0]).toMatchObject({ file: path, field });
    if (row !== 'any') expect(refused.rowErrors[0]?.row).toBe(row);
    expect(refused.rowErrors[0]?.reason).toMatch(reason);
    expect(refused.details[0]).toBe(
      `${path}:${refused.rowErrors[0]?.row}: ${field}: ${refused.rowErrors[0]?.reason}`,
    );
    expect(refused.message).toContain(path);
    expect(await tableCounts(fixture.store)).toEqual(before);
    return refused;
  }

  it('refuses a truncated gzip file', async () => {
    const text = await readFile(join(sharedDataDir, 'official', 'eurostat_tsv', 'tgs00024.tsv'));
    const gz = gzipSync(text);
    const path = await fixture.file('tgs00024.tsv.gz', gz.subarray(0, Math.floor(gz.length / 2)));
    // The row is the line after the last one read, which depends on where the stream breaks.
    const refused = await expectRefused(
      IMPORTERS.eurostat!,
      path,
      'any',
      '(file)',
      /truncated or damaged/,
    );
    expect(refused.rowErrors[0]?.row).toBeGreaterThan(1);
  });

  it('refuses a text file cut off in the middle of a row', async () => {
    const path = await fixture.file(
      'cut.csv',
      `${HEADER}\nx_cut,NL21,2020,5,NR,test\nx_cut,NL22,20`,
    );
    await expectRefused(IMPORTERS.indicators!, path, 3, '(row)', /expected 6 fields .* found 3/);
  });

  it('refuses a quoted field that never closes (truncated in a quote)', async () => {
    const path = await fixture.file('cut-quote.csv', `${HEADER}\nx_cut,NL21,2020,5,NR,"test`);
    await expectRefused(IMPORTERS.indicators!, path, 2, '(row)', /never closed/);
  });

  it('refuses rows with the wrong delimiter', async () => {
    const path = await fixture.file('delimiter.csv', `${HEADER}\nx_delim;NL21;2020;5;NR;test\n`);
    await expectRefused(IMPORTERS.indicators!, path, 2, '(row)', /wrong delimiter/);
  });

  it('refuses a CORDIS participations file written with semicolons, and says why', async () => {
    const path = await fixture.file(
      'participations-semicolon.csv',
      'rcn;role;pic;type;contribution;country\n1;coordinator;999;PRC;1;NL\n',
    );
    await expectRefused(IMPORTERS.cordis!, path, 1, '(header)', /delimiter is not a comma/);
  });

  it('reads a byte-order mark and Windows line endings as if they were not there', async () => {
    const path = await fixture.file(
      'bom-crlf.csv',
      `\uFEFF${HEADER}\r\nx_bom,NL213,2021,7.5,NR,test\r\n`,
    );
    const summary = await runImport(fixture.store, IMPORTERS.indicators!, path);
    expect(summary).toMatchObject({ read: 1, inserted: 2 });
    const row = await fixture.store.db
      .selectFrom('indicator_values')
      .select(['value', 'region_code'])
      .where('indicator_id', '=', 'x_bom')
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ value: 7.5, region_code: 'NL213' });
  });

  it('refuses a retired NUTS code in a template (FR71, NUTS 2010)', async () => {
    const path = await fixture.file(
      'retired.csv',
      `${HEADER}\nx_nuts,NL21,2020,5,NR,test\nx_nuts,FR71,2020,5,NR,test\n`,
    );
    await expectRefused(IMPORTERS.indicators!, path, 3, 'region', /unknown or retired NUTS code/);
  });

  it('refuses a NUTS 2024-only code in a template (NL36)', async () => {
    const path = await fixture.file('nuts2024.csv', `${HEADER}\nx_nuts,NL36,2020,5,NR,test\n`);
    await expectRefused(IMPORTERS.indicators!, path, 2, 'region', /unknown or retired NUTS code/);
  });

  it('skips unknown and retired codes in Eurostat bulk files instead of refusing them', async () => {
    const path = await fixture.file(
      'estat_x_test.tsv',
      'unit,geo\\time\t2020 \nNR,NL21\t5 \nNR,NL36\t6 \nNR,FR71\t7 \nNR,NLZZ\t8 \n',
    );
    const summary = await runImport(fixture.store, IMPORTERS.eurostat!, path);
    expect(summary.inserted).toBe(2); // the indicator and NL21's value
    expect(summary.skips.map((s) => s.reason)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/unknown or retired/),
        expect.stringMatching(/Extra-Regio/),
      ]),
    );
  });

  it('refuses a region that is not a code at all, even in Eurostat files', async () => {
    const path = await fixture.file('estat_x_bad.tsv', 'unit,geo\\time\t2020 \nNR,Twente!\t5 \n');
    await expectRefused(IMPORTERS.eurostat!, path, 2, '2020', /not a NUTS or country code/);
  });

  it('refuses duplicate rows', async () => {
    const path = await fixture.file(
      'duplicate.csv',
      `${HEADER}\nx_dup,NL21,2020,5,NR,test\nx_dup,NL21,2020,5,NR,test\n`,
    );
    await expectRefused(
      IMPORTERS.indicators!,
      path,
      3,
      'indicator, region, year',
      /duplicate of row 2/,
    );
  });

  it('refuses duplicate lines in a Eurostat TSV', async () => {
    const path = await fixture.file(
      'estat_x_dup.tsv',
      'unit,geo\\time\t2020 \nNR,NL21\t5 \nNR,NL21\t5 \n',
    );
    await expectRefused(IMPORTERS.eurostat!, path, 3, 'unit,geo', /duplicate of row 2/);
  });

  it('refuses text where a number belongs', async () => {
    const path = await fixture.file('text.csv', `${HEADER}\nx_text,NL21,2020,twelve,NR,test\n`);
    await expectRefused(IMPORTERS.indicators!, path, 2, 'value', /"twelve" is not a number/);
  });

  it('refuses text where a number belongs in a Eurostat TSV, naming the period column', async () => {
    const path = await fixture.file(
      'estat_x_text.tsv',
      'unit,geo\\time\t2020 \t2019 \nNR,NL21\t5 \tn/a \n',
    );
    await expectRefused(IMPORTERS.eurostat!, path, 2, '2019', /"n\/a" is not a number/);
  });

  it('refuses an empty file', async () => {
    const path = await fixture.file('empty.csv', '');
    for (const kind of ['eurostat', 'cordis', 'tercet', 'cbs-places', 'indicators']) {
      await expectRefused(IMPORTERS[kind]!, path, 1, '(header)', /empty/);
    }
  });

  it('refuses a file of the wrong kind', async () => {
    const participations = join(sharedDataDir, 'cordis', 'h2020_participations_eunets.csv.gz');
    await expectRefused(IMPORTERS.eurostat!, participations, 1, '(header)', /not a Eurostat file/);
    const eurostat = join(
      sharedDataDir,
      'eurostat',
      'eurostat_nuts2_2016_indicators_2007_2018_long.csv',
    );
    await expectRefused(IMPORTERS.cordis!, eurostat, 1, '(header)', /not a CORDIS file/);
    await expectRefused(IMPORTERS.tercet!, eurostat, 1, '(header)', /not a TERCET file/);
    await expectRefused(
      IMPORTERS['cbs-places']!,
      eurostat,
      1,
      'woonplaatscode, woonplaats, gemeentecode, gemeente, corop-gebiedcode',
      /not the CBS place table/,
    );
    const xlsx = join(sharedDataDir, 'official', 'cordis', 'horizon_euroSciVoc.xlsx');
    await expectRefused(IMPORTERS.eurostat!, xlsx, 1, '(file)', /not a text file/);
    await expectRefused(
      IMPORTERS.actors!,
      xlsx,
      1,
      'organisation_id, name, helix_role',
      /missing column/,
    );
  });

  it('does not write a dry run, but counts it', async () => {
    const before = await tableCounts(fixture.store);
    const path = await fixture.file('dry.csv', `${HEADER}\nx_dry,NL21,2020,5,NR,test\n`);
    const summary = await runImport(fixture.store, IMPORTERS.indicators!, path, { dryRun: true });
    expect(summary).toMatchObject({ dryRun: true, read: 1, inserted: 2 });
    expect(await tableCounts(fixture.store)).toEqual(before);
  });
});
