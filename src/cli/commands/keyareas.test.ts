import { describe, expect, it } from 'vitest';
import { cliDatabase, initWithH2020 } from '../../../test/support/cli-database.js';
import { runCli } from '../../../test/support/cli-run.js';
import { writeCordisProjectFile } from '../../../test/support/cordis-project-file.js';

// A SQLite file with the regions, the CBS places and the real H2020 data, then CORDIS's project
// file in its current layout made from the same data (test/support/cordis-project-file.ts).

describe('regiokracht keyareas', () => {
  const { dir, db } = cliDatabase('rk-keyareas-', initWithH2020, 400_000);

  it('says it classified by programme part, then by legal basis once the project file is imported', async () => {
    const before = await runCli('--db', db, 'keyareas', 'NL213', '--json');
    expect(before.code, before.err).toBe(0);
    expect(JSON.parse(before.out)).toMatchObject({ classification: 'programme_part' });

    const project = await writeCordisProjectFile(dir, 'current');
    const imported = await runCli('--db', db, 'import', 'cordis', project.path);
    expect(imported.code, imported.err).toBe(0);

    const json = await runCli('--db', db, 'keyareas', 'NL213', '--json');
    expect(json.code, json.err).toBe(0);
    const result = JSON.parse(json.out) as {
      classification: string;
      unclassified: { value: number; share: number };
      region_total: number;
    };
    expect(result.classification).toBe('legal_basis');
    expect(result.unclassified.share).toBeCloseTo(
      result.unclassified.value / (result.unclassified.value + result.region_total),
      9,
    );

    const text = await runCli('--db', db, 'keyareas', 'NL213', '--lang', 'nl');
    expect(text.code, text.err).toBe(0);
    expect(text.out).toContain(
      'Ingedeeld naar: rechtsgrondslag en call-topic van CORDIS (projectbestand)',
    );
    expect(text.out).toMatch(
      /Niet ingedeeld \(geen sleutelgebied\): [\d.,]+ deelnames, [\d.,]+% van de activiteit/,
    );
  }, 300_000);
});
