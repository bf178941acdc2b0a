import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { testBackend } from '../../../test/support/test-store.js';
import { IMPORT_KINDS } from '../import-kinds.js';
import { ImportRefusedError } from '../import-refused-error.js';
import { IMPORTERS } from '../index.js';
import { runImport } from '../run-import.js';
import { seededStoreFixture } from '../../../test/support/seeded-store-fixture.js';
import { storedRow } from '../../../test/support/stored-row.js';

const TEMPLATES = new URL('../../../content/templates/', import.meta.url).pathname;
/**
 * The kinds with an example template, in the order `regiokracht import` lists them, which is the
 * order their references need: organisations before the clusters that list them.
 */
const ORDER = IMPORT_KINDS.filter((kind) => existsSync(join(TEMPLATES, `${kind}.csv`)));

/** The template CSV converted to an XLSX workbook (sheet 1), as a region might fill it in Excel. */
async function csvToXlsx(csvPath: string, dir: string): Promise<string> {
  const text = await readFile(csvPath, 'utf8');
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('template');
  for (const line of text.trim().split('\n')) {
    const cells: string[] = [];
    let cell = '';
    let quoted = false;
    for (const ch of line) {
      if (ch === '"') quoted = !quoted;
      else if (ch === ',' && !quoted) {
        cells.push(cell);
        cell = '';
      } else cell += ch;
    }
    cells.push(cell);
    sheet.addRow(cells.map((c) => (/^\d+(\.\d+)?$/.test(c) && !/^0\d/.test(c) ? Number(c) : c)));
  }
  const out = join(
    dir,
    csvPath
      .split('/')
      .pop()!
      .replace(/\.csv$/, '.xlsx'),
  );
  await workbook.xlsx.writeFile(out);
  return out;
}

for (const format of ['csv', 'xlsx'] as const) {
  describe(`the example templates as ${format.toUpperCase()} on ${testBackend}`, () => {
    const fixture = seededStoreFixture('regiokracht-templates-', { keyAreas: true });

    it('finds the example of each of the seven templates', () => {
      expect(ORDER).toHaveLength(7);
    });

    for (const kind of ORDER) {
      it(`imports the ${kind} template, and a second time changes nothing`, async () => {
        const csv = join(TEMPLATES, `${kind}.csv`);
        const file = format === 'csv' ? csv : await csvToXlsx(csv, fixture.dir);
        const importer = IMPORTERS[kind]!;
        const first = await runImport(fixture.store, importer, file);
        expect(first.format).toBe(`template-${format}`);
        expect(first.inserted).toBeGreaterThan(0);
        const second = await runImport(fixture.store, importer, file);
        expect(second).toMatchObject({ inserted: 0, updated: 0 });
      });
    }

    it('links clusters to their members and key areas with weights', async () => {
      const members = await fixture.store.db
        .selectFrom('cluster_members')
        .selectAll()
        .where('cluster_id', '=', 'VOORBEELD-NL213-sensors')
        .orderBy('actor_id')
        .execute();
      expect(members).toEqual([
        { cluster_id: 'VOORBEELD-NL213-sensors', actor_id: 'VOORBEELD-KVK-00000001', role: 'lead' },
        { cluster_id: 'VOORBEELD-NL213-sensors', actor_id: 'VOORBEELD-UNI-1', role: null },
      ]);
      const areas = await fixture.store.db
        .selectFrom('cluster_key_areas')
        .select(['key_area_id', 'weight'])
        .where('cluster_id', '=', 'VOORBEELD-NL213-sensors')
        .orderBy('key_area_id')
        .execute();
      expect(areas).toEqual([
        { key_area_id: 'topsectoren-2011/htsm', weight: 0.7 },
        { key_area_id: 'topsectoren-2011/lsh', weight: 0.3 },
      ]);
    });

    it('creates projects, organisations outside NUTS and their country regions from participations', async () => {
      const project = await storedRow(fixture.store, 'projects', 'VOORBEELD-INTERREG-0002');
      expect(project).toMatchObject({
        programme: 'Interreg Deutschland-Nederland (example)',
        funding_source: 'eu',
        acronym: 'CROSSFOOD',
      });
      const us = await storedRow(fixture.store, 'actors', 'VOORBEELD-US-1');
      expect(us).toMatchObject({ helix_role: 'research', region_code: 'US', country_code: 'US' });
      const region = await fixture.store.db
        .selectFrom('regions')
        .select('kind')
        .where('code', '=', 'US')
        .executeTakeFirstOrThrow();
      expect(region.kind).toBe('country');
      const kept = await fixture.store.db
        .selectFrom('actors')
        .select('name')
        .where('id', '=', 'VOORBEELD-KVK-00000001')
        .executeTakeFirstOrThrow();
      expect(kept.name).toBe('Voorbeeld Sensortechniek B.V. (example)');
    });

    it('stores indicator values with the unit and a data set per source', async () => {
      const indicator = await storedRow(fixture.store, 'indicators', 'voorbeeld_startups');
      expect(indicator).toMatchObject({ unit: 'NR', aggregation: 'count' });
      const values = await fixture.store.db
        .selectFrom('indicator_values')
        .select(['year', 'value'])
        .where('indicator_id', '=', 'voorbeeld_startups')
        .orderBy('year')
        .execute();
      expect(values).toEqual([
        { year: 2022, value: 118 },
        { year: 2023, value: 131 },
      ]);
    });
  });
}

describe(`template checks on ${testBackend}`, () => {
  const fixture = seededStoreFixture('regiokracht-templates-', { keyAreas: true });
  const PARTICIPATIONS_HEADER =
    'project_id,programme,organisation_id,organisation_name,helix_role,region,contribution_eur,total_cost_eur,start_date,end_date\n';

  it('reads padded amounts, amounts with leading zeros and the dates a project repeats on its rows', async () => {
    const file = await fixture.file(
      'participations-amounts.csv',
      PARTICIPATIONS_HEADER +
        'VB-AMOUNTS-1,OP Oost,VB-AMOUNTS-ORG-A,Org A,business,NL213,007, 1250 ,2021-01-01,2022-12-31\n' +
        'VB-AMOUNTS-1,OP Oost,VB-AMOUNTS-ORG-B,Org B,RESEARCH,NL213,12.5,€ 1 000,2021-01-01,2022-12-31\n',
    );
    await runImport(fixture.store, IMPORTERS.participations!, file);
    const rows = await fixture.store.db
      .selectFrom('participations')
      .select(['actor_id', 'contribution_eur', 'total_cost_eur'])
      .where('project_id', '=', 'VB-AMOUNTS-1')
      .orderBy('actor_id')
      .execute();
    expect(rows).toEqual([
      { actor_id: 'VB-AMOUNTS-ORG-A', contribution_eur: 7, total_cost_eur: 1250 },
      { actor_id: 'VB-AMOUNTS-ORG-B', contribution_eur: 12.5, total_cost_eur: 1000 },
    ]);
    const project = await storedRow(fixture.store, 'projects', 'VB-AMOUNTS-1');
    expect(project).toMatchObject({ start_date: '2021-01-01', end_date: '2022-12-31' });
    const actor = await storedRow(fixture.store, 'actors', 'VB-AMOUNTS-ORG-B');
    expect(actor.helix_role).toBe('research');
  });

  it('refuses a project and organisation repeated in other letter case, and a bad date after good ones', async () => {
    const file = await fixture.file(
      'participations-repeated.csv',
      PARTICIPATIONS_HEADER +
        'VB-DUP-1,OP Oost,vb-org-straße,Org,business,NL213,1,2,2021-01-01,2021-12-31\n' +
        'vb-dup-1,OP Oost,VB-ORG-STRASSE,Org,business,NL213,1,2,2021-01-01,2021-12-31\n' +
        'VB-DUP-2,OP Oost,VB-ORG-C,Org C,business,NL213,1,2,2021-01-01,2021-13-01\n' +
        'VB-DUP-3,OP Oost,VB-ORG-D,,business,NL213,1,2,2021-01-01,2021-12-31\n',
    );
    const error = await runImport(fixture.store, IMPORTERS.participations!, file).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ImportRefusedError);
    expect((error as ImportRefusedError).rowErrors).toEqual([
      {
        file,
        row: 3,
        field: 'project_id, organisation_id',
        reason: 'duplicate of row 2 (vb-dup-1, VB-ORG-STRASSE)',
      },
      {
        file,
        row: 4,
        field: 'end_date',
        reason: '"2021-13-01" is not a date (expected YYYY-MM-DD)',
      },
      { file, row: 5, field: 'organisation_name', reason: 'required, but empty' },
    ]);
    const held = await fixture.store.db
      .selectFrom('projects')
      .select('id')
      .where('id', 'like', 'VB-DUP-%')
      .execute();
    expect(held).toEqual([]);
  });

  it('reads semicolon-separated templates with decimal commas (Dutch Excel exports)', async () => {
    const file = await fixture.file(
      'indicators-nl.csv',
      'indicator;region;year;value;unit;source\r\nvoorbeeld_aandeel;NL213;2022;12,5;PC;Voorbeeld\r\n',
    );
    const summary = await runImport(fixture.store, IMPORTERS.indicators!, file);
    expect(summary.inserted).toBeGreaterThan(0);
    const row = await storedRow(
      fixture.store,
      'indicator_values',
      'voorbeeld_aandeel',
      'indicator_id',
    );
    expect(row.value).toBe(12.5);
  });

  it('removes cluster members that the file no longer lists', async () => {
    await runImport(fixture.store, IMPORTERS.actors!, join(TEMPLATES, 'actors.csv'));
    await runImport(fixture.store, IMPORTERS.clusters!, join(TEMPLATES, 'clusters.csv'));
    const file = await fixture.file(
      'clusters-fewer.csv',
      'cluster_id,region,name_nl,members\nVOORBEELD-NL213-sensors,NL213,Sensoren,VOORBEELD-UNI-1\n',
    );
    const summary = await runImport(fixture.store, IMPORTERS.clusters!, file);
    expect(summary.notes.join(' ')).toMatch(/removed/);
    const members = await fixture.store.db
      .selectFrom('cluster_members')
      .select('actor_id')
      .where('cluster_id', '=', 'VOORBEELD-NL213-sensors')
      .execute();
    expect(members).toEqual([{ actor_id: 'VOORBEELD-UNI-1' }]);
  });
});
