import { join } from 'node:path';
import { writeFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import {
  FORMULA_NAME,
  bodyBytes,
  bodyText,
  csvObjects,
} from '../../../test/support/export-fixture.js';
import { useHandMadeExport } from '../../../test/support/hand-made-export.js';
import { openSeededStore } from '../../../test/support/seeded-store.js';
import { testBackend } from '../../../test/support/test-store.js';
import { IMPORTERS, runImport, type ImportSummary } from '../../importers/index.js';
import type { Store } from '../../storage/store.js';
import { exportFile } from './export-file.js';

describe(`organisation and participation exports of hand-made data on ${testBackend}`, () => {
  const now = () => new Date('2026-11-28T10:00:00Z');
  const data = useHandMadeExport(now);
  const { exported, text } = data;

  /**
   * Imports `csv` with the `kind` template into a fresh database with the NUTS regions, and checks
   * that database and the import's summary before it is closed again.
   */
  const importedAgain = async (
    kind: 'participations' | 'actors',
    csv: string,
    check: (fresh: Store, summary: ImportSummary) => Promise<void>,
  ) => {
    const path = join(data.dir, `${kind}.csv`);
    await writeFile(path, csv);
    const fresh = await openSeededStore();
    try {
      await check(fresh, await runImport(fresh, IMPORTERS[kind]!, path, { clock: now }));
    } finally {
      await fresh.close();
    }
  };

  describe('organisations and participations', () => {
    it('of a region are those located in it or in a region below it', async () => {
      const ids = async (region?: string) =>
        csvObjects(await text({ what: 'actors', format: 'csv', region }))
          .map((r) => r.organisation_id)
          .sort();
      expect(await ids('NL2')).toEqual(['KVK-00000001', 'acme', 'formula', 'gem', 'ut']);
      expect(await ids('nl213')).toEqual(await ids('NL2'));
      expect(await ids('NL')).toEqual([
        'KVK-00000001',
        'acme',
        'formula',
        'fryslan',
        'gem',
        'philips',
        'ut',
      ]);
      expect(await ids()).toHaveLength(9);
      const participations = csvObjects(
        await text({ what: 'participations', format: 'csv', region: 'NL4' }),
      );
      expect(participations.map((p) => [p.project_id, p.organisation_id])).toEqual([
        ['p3', 'philips'],
      ]);
    });

    it('refuse an unknown region as not found', async () => {
      await expect(
        exported({ what: 'actors', format: 'csv', region: 'NL999' }),
      ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    });

    it('write participations in the column order of the import template', async () => {
      const csv = await text({ what: 'participations', format: 'csv' });
      expect(csv.split('\r\n')[0]).toBe(
        'project_id,project_acronym,programme,organisation_id,organisation_name,helix_role,region,contribution_eur,total_cost_eur,start_date,end_date,funding_source,role',
      );
      const rows = csvObjects(csv);
      expect(rows).toHaveLength(11);
      expect(rows.find((r) => r.organisation_id === 'KVK-00000001')).toEqual({
        project_id: 'OPOOST-2021-0042',
        project_acronym: 'SENS,DEMO "2"',
        programme: 'OP Oost',
        organisation_id: 'KVK-00000001',
        organisation_name: 'Sensortechniek "Twente", B.V.\nEnschede',
        helix_role: 'business',
        region: 'NL213',
        contribution_eur: '150000.5',
        total_cost_eur: '300000',
        start_date: '2022-01-01',
        end_date: '2024-12-31',
        funding_source: 'regional',
        role: 'participant',
      });
    });

    it('import again into a fresh database as the same rows', async () => {
      const first = await text({ what: 'participations', format: 'csv' });
      await importedAgain('participations', first, async (fresh, summary) => {
        expect(summary).toMatchObject({ read: 11, refused: 0 });
        const again = await bodyText(
          (
            await exportFile(
              { store: fresh },
              {
                what: 'participations',
                format: 'csv',
              },
            )
          ).body,
        );
        expect(again).toBe(first);
        const rows = await fresh.db
          .selectFrom('participations')
          .select(['project_id', 'actor_id', 'contribution_eur', 'total_cost_eur'])
          .orderBy('project_id')
          .orderBy('actor_id')
          .execute();
        const original = await data.store.db
          .selectFrom('participations')
          .select(['project_id', 'actor_id', 'contribution_eur', 'total_cost_eur'])
          .orderBy('project_id')
          .orderBy('actor_id')
          .execute();
        expect(rows).toEqual(original);
      });
    });

    it('write organisations that import again with the actors template', async () => {
      const first = await text({ what: 'actors', format: 'csv' });
      await importedAgain('actors', first, async (fresh, summary) => {
        expect(summary).toMatchObject({ read: 9, refused: 0 });
        const again = csvObjects(
          await bodyText(
            (await exportFile({ store: fresh }, { what: 'actors', format: 'csv' })).body,
          ),
        );
        // The template's own columns come back as they were; what Regiokracht adds (placement,
        // source) is the new import's. A name that starts like a formula keeps its apostrophe.
        const templateColumns = (rows: Record<string, string>[]) =>
          rows
            .filter((r) => r.organisation_id !== 'formula')
            .map((r) => [
              r.organisation_id,
              r.name,
              r.helix_role,
              r.is_sme,
              r.kvk,
              r.city,
              r.country,
              r.region,
            ]);
        expect(templateColumns(again)).toEqual(templateColumns(csvObjects(first)));
        const stored = await fresh.db
          .selectFrom('actors')
          .select('name')
          .where('id', '=', 'formula')
          .executeTakeFirstOrThrow();
        expect(stored.name).toBe(`'${FORMULA_NAME}`);
      });
    });

    it('neutralise formulas in CSV and XLSX text cells, and keep them as they are in JSON', async () => {
      const csv = csvObjects(await text({ what: 'actors', format: 'csv', region: 'NL213' }));
      expect(csv.find((r) => r.organisation_id === 'formula')).toMatchObject({
        name: `'${FORMULA_NAME}`,
        short_name: "'+31 53 000",
        city: "'@Enschede",
      });
      const workbook = new ExcelJS.Workbook();
      const xlsx = await exported({ what: 'actors', format: 'xlsx', region: 'NL213' });
      await workbook.xlsx.load((await bodyBytes(xlsx.body)) as unknown as ExcelJS.Buffer);
      const sheet = workbook.getWorksheet('actors')!;
      const cells: unknown[] = [];
      sheet.eachRow((row) => row.eachCell((cell) => cells.push(cell.value)));
      expect(cells).toContain(`'${FORMULA_NAME}`);
      expect(cells).not.toContain(FORMULA_NAME);
      sheet.eachRow((row) =>
        row.eachCell((cell) => expect(cell.type).not.toBe(ExcelJS.ValueType.Formula)),
      );
      const json = JSON.parse(await text({ what: 'actors', format: 'json', region: 'NL213' })) as {
        rows: { name: string }[];
      };
      expect(json.rows.map((r) => r.name)).toContain(FORMULA_NAME);
    });
  });
});
