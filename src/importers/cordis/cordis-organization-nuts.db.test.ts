import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  writeCordisOrganizationFiles,
  type CordisOrganizationFiles,
} from '../../../test/support/cordis-organization-file.js';
import { sharedDataDir, testBackend } from '../../../test/support/test-store.js';
import type { Store } from '../../storage/store.js';
import { ImportRefusedError } from '../import-refused-error.js';
import type { ImportSummary } from '../importer.js';
import { runImport } from '../run-import.js';
import { cordisImporter } from './cordis-importer.js';
import { seededStoreFixture } from '../../../test/support/seeded-store-fixture.js';
import { tableCount } from '../../../test/support/table-counts.js';

const nutsConversionDir = join(sharedDataDir, 'nuts_conversion');

/** Organisations placed by their NUTS code, per country and region level. */
async function placedByNuts(store: Store) {
  const rows = await store.db
    .selectFrom('actors')
    .innerJoin('regions', 'regions.code', 'actors.region_code')
    .select(['actors.country_code as country', 'regions.level as level'])
    .select((eb) => [
      eb.fn.countAll<number>().as('organisations'),
      eb.fn.count<number>('actors.region_code').distinct().as('regions'),
    ])
    .where('actors.placement', '=', 'nuts')
    .groupBy(['actors.country_code', 'regions.level'])
    .execute();
  return rows.map((r) => ({
    country: r.country,
    level: Number(r.level),
    organisations: Number(r.organisations),
    regions: Number(r.regions),
  }));
}

describe(`CORDIS's current organisation file with NUTS codes on ${testBackend}`, () => {
  const fixture = seededStoreFixture('cordis-nuts-', { places: true });
  let files: CordisOrganizationFiles;
  let organisations: ImportSummary;
  /** The first project's rows of the made file, to build small files from. */
  let header = '';
  let firstProject: string[] = [];
  beforeAll(async () => {
    files = await writeCordisOrganizationFiles(fixture.dir);
    await runImport(fixture.store, cordisImporter, files.projectFile, { nutsConversionDir });
    organisations = await runImport(fixture.store, cordisImporter, files.organizationFile, {
      nutsConversionDir,
    });
    const lines = (await readFile(files.organizationFile, 'utf8')).split('\n');
    header = lines[0]!;
    const project = lines[1]!.split(';')[0]!;
    firstProject = lines.slice(1).filter((l) => l.startsWith(`${project};`));
  }, 120_000);

  const smallFile = (name: string, rows: readonly string[]) =>
    fixture.file(name, [header, ...rows].join('\n') + '\n');
  /** A row of the first project for a new organisation, with the given NUTS code. */
  const newOrganisation = (pic: string, country: string, nuts: string) => {
    const f = firstProject[0]!.split(';');
    f[2] = pic;
    f[4] = `TEST ORGANISATION ${pic}`;
    f[5] = '';
    f[8] = '';
    f[10] = '';
    f[11] = country;
    f[12] = nuts;
    return f.join(';');
  };

  it('places the German, Belgian and Austrian organisations with a NUTS code in their NUTS3 regions, inside NUTS2 regions', async () => {
    expect(organisations).toMatchObject({
      format: 'cordis-organizations',
      read: files.rows,
      refused: 0,
    });
    const placed = await placedByNuts(fixture.store);
    for (const country of ['DE', 'BE', 'AT']) {
      const level3 = placed.find((p) => p.country === country && p.level === 3);
      expect(level3?.organisations).toBe(files.withNuts.get(country));
      expect(level3?.regions).toBeGreaterThan(1);
      const nuts2 = await fixture.store.db
        .selectFrom('actors')
        .innerJoin('regions', 'regions.code', 'actors.region_code')
        .select('regions.parent_code')
        .distinct()
        .where('actors.placement', '=', 'nuts')
        .where('actors.country_code', '=', country)
        .execute();
      expect(nuts2.length).toBeGreaterThan(1);
      for (const { parent_code } of nuts2) expect(parent_code).toMatch(/^[A-Z]{2}[0-9A-Z]{2}$/);
    }
    expect(organisations.notes.join(' ')).toMatch(/organisations placed by the NUTS code/);
  });

  it('places the organisations without a NUTS code by their address: Dutch ones by place name, others in their country', async () => {
    const rows = await fixture.store.db
      .selectFrom('actors')
      .select(['country_code', 'placement'])
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .groupBy(['country_code', 'placement'])
      .execute();
    const n = (country: string, placement: string | null) =>
      Number(rows.find((r) => r.country_code === country && r.placement === placement)?.n ?? 0);
    expect(n('DE', 'country')).toBe(files.organisations.get('DE')! - files.withNuts.get('DE')!);
    expect(n('NL', 'nuts')).toBe(files.withNuts.get('NL'));
    expect(n('NL', 'place') + n('NL', 'alias')).toBeGreaterThan(700);
  });

  it('keeps every participation with its contribution', async () => {
    const sum = await fixture.store.db
      .selectFrom('participations')
      .select((eb) => eb.fn.sum<number>('contribution_eur').as('eur'))
      .executeTakeFirstOrThrow();
    expect(Number(sum.eur)).toBeCloseTo(files.contribution, 0);
  });

  it('changes nothing when the same file is imported again', async () => {
    const again = await runImport(fixture.store, cordisImporter, files.organizationFile, {
      nutsConversionDir,
    });
    expect(again).toMatchObject({ inserted: 0, updated: 0, refused: 0 });
  });

  it('refuses an unknown or malformed NUTS code naming file, row and field, and loads nothing of the file', async () => {
    const actors = await tableCount(fixture.store, 'actors');
    const participations = await tableCount(fixture.store, 'participations');
    const path = await smallFile('organization-bad.csv', [
      ...firstProject,
      newOrganisation('999999201', 'DE', 'DE300'),
      newOrganisation('999999202', 'DE', 'DEX99'),
      newOrganisation('999999203', 'NL', 'NL-21'),
    ]);
    const error = await runImport(fixture.store, cordisImporter, path, { nutsConversionDir }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ImportRefusedError);
    const row = firstProject.length + 3;
    expect(
      (error as ImportRefusedError).rowErrors.map(
        (e) => `${e.file.split('/').pop()}:${e.row}: ${e.field}: ${e.reason.slice(0, 40)}`,
      ),
    ).toEqual([
      `organization-bad.csv:${row}: nutsCode: "DEX99" is a NUTS code of no version (no`,
      `organization-bad.csv:${row + 1}: nutsCode: "NL-21" is not a NUTS code (e.g. NL213)`,
    ]);
    expect(await tableCount(fixture.store, 'actors')).toBe(actors);
    expect(await tableCount(fixture.store, 'participations')).toBe(participations);
  });

  it('converts a NUTS 2016 or NUTS 2024 code to the NUTS 2021 region its people live in, or the smallest region that holds them all', async () => {
    const path = await smallFile('organization-versions.csv', [
      ...firstProject,
      newOrganisation('999999301', 'BE', 'BE324'),
      newOrganisation('999999302', 'BE', 'BE221'),
      newOrganisation('999999303', 'DE', 'DEG0S'),
    ]);
    const summary = await runImport(fixture.store, cordisImporter, path, { nutsConversionDir });
    expect(summary.notes.join(' ')).toMatch(
      /3 organisation rows with a nutsCode of another NUTS version/,
    );
    const placed = await fixture.store.db
      .selectFrom('actors')
      .select(['id', 'region_code', 'placement'])
      .where('id', 'in', ['PIC999999301', 'PIC999999302', 'PIC999999303'])
      .orderBy('id')
      .execute();
    expect(placed).toEqual([
      { id: 'PIC999999301', region_code: 'BE328', placement: 'nuts' },
      { id: 'PIC999999302', region_code: 'BE22', placement: 'nuts' },
      { id: 'PIC999999303', region_code: 'DEG04', placement: 'nuts' },
    ]);
  });
});
