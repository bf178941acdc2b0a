import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CORDIS_H2020_PROJECTS_HEADER,
  CORDIS_PROJECT_HEADER,
  eunetsLegalBases,
  writeCordisProjectFile,
  type CordisProjectFile,
} from '../../../test/support/cordis-project-file.js';
import { openTestStore, testBackend } from '../../../test/support/test-store.js';
import type { Store } from '../../storage/store.js';
import { ImportRefusedError } from '../import-refused-error.js';
import { runImport } from '../run-import.js';
import { cordisImporter } from './cordis-importer.js';
import { tableCount } from '../../../test/support/table-counts.js';

async function codesOf(store: Store, project: string): Promise<string[]> {
  const rows = await store.db
    .selectFrom('project_legal_bases')
    .select('legal_basis_code')
    .where('project_id', '=', project)
    .orderBy('legal_basis_code')
    .execute();
  return rows.map((r) => r.legal_basis_code);
}

/** The projects and their codes as the files give them (not which import wrote them). */
async function contents(store: Store) {
  const projects = await store.db
    .selectFrom('projects')
    .select(['id', 'grant_id', 'start_date', 'end_date', 'total_cost_eur', 'topic_code'])
    .orderBy('id')
    .execute();
  const codes = await store.db
    .selectFrom('project_legal_bases')
    .selectAll()
    .orderBy('project_id')
    .orderBy('legal_basis_code')
    .execute();
  return { projects, codes };
}

describe(`legal-basis and topic codes of CORDIS's project files on ${testBackend}`, () => {
  let store: Store;
  let dir: string;
  let current: CordisProjectFile;
  let legalBases: Map<string, string>;
  const file = async (name: string, lines: readonly string[]) => {
    const path = join(dir, name);
    await writeFile(path, `${lines.join('\n')}\n`);
    return path;
  };
  beforeAll(async () => {
    store = await openTestStore();
    dir = await mkdtemp(join(tmpdir(), 'cordis-legal-'));
    legalBases = eunetsLegalBases();
    current = await writeCordisProjectFile(dir, 'current');
  }, 120_000);
  afterAll(async () => {
    await store.close();
  });

  it('stores the legal-basis codes of every project of the current layout made from the real data', async () => {
    const summary = await runImport(store, cordisImporter, current.path);
    expect(summary).toMatchObject({ format: 'cordis-projects', read: current.projects });
    expect(summary.notes.join(' ')).not.toMatch(/does not know/);
    expect(await tableCount(store, 'projects')).toBe(current.projects);
    expect(current.withLegalBasis).toBeGreaterThan(31_000);
    expect(await tableCount(store, 'project_legal_bases')).toBe(current.codes);
    // A project with two programme parts has both codes, read from one quoted cell.
    const [rcn, joined] = [...legalBases].find(([r, c]) => c.includes(';') && current.rcns.has(r))!;
    expect(await codesOf(store, `H2020-${rcn}`)).toEqual(joined.split(';').sort());
  }, 120_000);

  it('reads the same projects from the 2017-2020 layout, where the codes are in `programme`', async () => {
    const before = await contents(store);
    const older = await writeCordisProjectFile(dir, '2017-2020');
    const summary = await runImport(store, cordisImporter, older.path);
    expect(summary).toMatchObject({ format: 'cordis-projects', read: older.projects });
    expect(summary.inserted).toBe(0);
    expect(await contents(store)).toEqual(before);
  }, 120_000);

  it('keeps the call topic and writes codes in their canonical form', async () => {
    // RUR-10-2016-2017 and its three legal bases are a pair of CORDIS's topic table
    // (cordisref-H2020topics.csv); the project row around them is made up.
    const path = await file('cordis-h2020projects.csv', [
      CORDIS_H2020_PROJECTS_HEADER,
      '900101;800101;THEMNET;SIGNED;"H2020-EU.3.2.1.;H2020-EU.3.2.2.;H2020-EU.3.2.4";RUR-10-2016-2017;H2020;A thematic network;2017-01-01;2019-12-31;;;1000000;1000000;H2020-RUR-2016-2;CSA;;;;;',
    ]);
    await runImport(store, cordisImporter, path);
    const project = await store.db
      .selectFrom('projects')
      .select(['topic_code', 'grant_id'])
      .where('id', '=', 'H2020-900101')
      .executeTakeFirstOrThrow();
    expect(project).toEqual({ topic_code: 'RUR-10-2016-2017', grant_id: '800101' });
    expect(await codesOf(store, 'H2020-900101')).toEqual([
      'H2020-EU.3.2.1.',
      'H2020-EU.3.2.2.',
      'H2020-EU.3.2.4.',
    ]);
  });

  it('stores a code the classification does not know and lists it with its rows, without refusing', async () => {
    const row = (rcn: string, code: string) =>
      `${rcn};X;SIGNED;A project;2023-01-01;2025-12-31;100;100;${code};TOPIC-1;;H2020;;;RIA;;;;${rcn};`;
    const path = await file('project-unknown.csv', [
      CORDIS_PROJECT_HEADER,
      row('900201', 'H2020-EU.9.'),
      row('900202', 'H2020-EU.2.1.1.'),
      row('900203', 'H2020-EU.9.'),
    ]);
    const summary = await runImport(store, cordisImporter, path);
    expect(summary.inserted).toBeGreaterThanOrEqual(3);
    expect(summary.notes.join(' ')).toContain(
      '1 legal-basis code that the key-area classification does not know (stored; their projects count as unclassified): H2020-EU.9. (rows 2, 4)',
    );
    expect(await codesOf(store, 'H2020-900201')).toEqual(['H2020-EU.9.']);
  });

  it('refuses a malformed code naming file, row and field, and changes nothing', async () => {
    const before = [
      await tableCount(store, 'projects'),
      await tableCount(store, 'project_legal_bases'),
    ];
    const path = await file('project-bad.csv', [
      CORDIS_PROJECT_HEADER,
      '900301;A;SIGNED;A project;2023-01-01;2025-12-31;100;100;H2020-EU.2.1.1.;;;H2020;;;RIA;;;;900301;',
      '900302;B;SIGNED;A project;2023-01-01;2025-12-31;100;100;H2020 EU 2.1.1;;;H2020;;;RIA;;;;900302;',
    ]);
    const error = (await runImport(store, cordisImporter, path).catch(
      (e: unknown) => e,
    )) as ImportRefusedError;
    expect(error).toBeInstanceOf(ImportRefusedError);
    expect(error.rowErrors).toEqual([
      expect.objectContaining({ file: path, row: 3, field: 'legalBasis' }),
    ]);
    expect(error.message).toContain('"H2020 EU 2.1.1" is not a legal-basis code');
    expect([
      await tableCount(store, 'projects'),
      await tableCount(store, 'project_legal_bases'),
    ]).toEqual(before);
  });
});
