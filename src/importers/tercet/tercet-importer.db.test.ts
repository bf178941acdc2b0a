import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tableCounts } from '../../../test/support/table-counts.js';
import { sharedDataDir, testBackend } from '../../../test/support/test-store.js';
import { ImportRefusedError } from '../import-refused-error.js';
import { runImport } from '../run-import.js';
import { tercetImporter } from './tercet-importer.js';
import { seededStoreFixture } from '../../../test/support/seeded-store-fixture.js';
import { storedRow } from '../../../test/support/stored-row.js';

const tercet = (name: string) => join(sharedDataDir, 'official', 'tercet', name);

describe(`GISCO TERCET postcodes on ${testBackend}`, () => {
  const fixture = seededStoreFixture('tercet-');

  it('reads the Dutch PC6 selection: 7543 GV lies in Twente (NL213)', async () => {
    const summary = await runImport(
      fixture.store,
      tercetImporter,
      tercet('pc2020_NL_NUTS-2021_v2.0_selection.csv'),
    );
    expect(summary).toMatchObject({ read: 100, inserted: 100, refused: 0 });
    const row = await storedRow(fixture.store, 'postcodes', '7543GV', 'postcode');
    expect(row).toMatchObject({ country_code: 'NL', nuts3_code: 'NL213' });
  });

  it('reads a file with a byte-order mark (BE)', async () => {
    const summary = await runImport(
      fixture.store,
      tercetImporter,
      tercet('pc2020_BE_NUTS-2021_v1.0_selection.csv'),
    );
    expect(summary).toMatchObject({ read: 6, inserted: 6 });
  });

  it('reads complete NUTS 2024 files with CRLF (DE, AT), mapping 2024 codes back where they lie in one 2021 region', async () => {
    const de = await runImport(
      fixture.store,
      tercetImporter,
      tercet('pc2024_DE_NUTS-2024_v1.0.csv'),
    );
    const at = await runImport(
      fixture.store,
      tercetImporter,
      tercet('pc2024_AT_NUTS-2024_v1.0.csv'),
    );
    expect(de.read).toBe(8_332);
    expect(at).toMatchObject({ read: 2_234, inserted: 2_234 });
    expect(de.inserted + de.skipped).toBe(8_332);
    console.log('DE skips:', de.skips);
    const deg04 = await fixture.store.db
      .selectFrom('postcodes')
      .select('postcode')
      .where('nuts3_code', '=', 'DEG04')
      .execute();
    expect(deg04.length).toBeGreaterThan(0);
  });

  it('reads the column order CODE;NUTS3 of some releases', async () => {
    const file = await fixture.file(
      'pc2020_LU_NUTS-2021_v1.0.csv',
      "CODE;NUTS3\r\n'1009';'LU000'\r\n'1010';'LU000'\r\n",
    );
    const summary = await runImport(fixture.store, tercetImporter, file);
    expect(summary).toMatchObject({ read: 2, inserted: 2 });
    const row = await fixture.store.db
      .selectFrom('postcodes')
      .selectAll()
      .where('country_code', '=', 'LU')
      .where('postcode', '=', '1009')
      .executeTakeFirstOrThrow();
    expect(row.nuts3_code).toBe('LU000');
  });

  it('refuses the damaged NL copy with row-level errors and changes nothing', async () => {
    const before = await tableCounts(fixture.store);
    const error = await runImport(
      fixture.store,
      tercetImporter,
      tercet('pc2024_NL_NUTS-2024_v2.0.csv'),
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportRefusedError);
    const refused = error as ImportRefusedError;
    expect(refused.code).toBe('IMPORT_REFUSED');
    expect(refused.refusedRows).toBe(4_115);
    expect(refused.rowErrors[0]).toMatchObject({ row: 2, field: '(row)' });
    expect(refused.details[0]).toMatch(
      /pc2024_NL_NUTS-2024_v2\.0\.csv:2: \(row\): a quoted field is not closed/,
    );
    expect(refused.details.at(-1)).toMatch(/and \d+ more errors/);
    expect(await tableCounts(fixture.store)).toEqual(before);
  });
});
