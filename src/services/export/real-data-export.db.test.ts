import { spawnSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bodyBytes, bodyText, csvObjects } from '../../../test/support/export-fixture.js';
import { debianPython } from '../../../test/support/python.js';
import { seedNutsRegions } from '../../../test/support/seed-regions.js';
import { openTestStore, sharedDataDir, testBackend } from '../../../test/support/test-store.js';
import { DAMAGED_TERCET_FILES, IMPORTERS, runImport } from '../../importers/index.js';
import type { Store } from '../../storage/store.js';
import { AnalyticsService } from '../analytics/analytics-service.js';
import { initialise } from '../../app/initialise.js';
import { exportFile, type ExportRequest } from './export-file.js';
import { participationTable } from './participation-table.js';
import type { RegionsGeoJson } from './regions-geojson.js';
import { eventLoopTurnsDuring } from '../../../test/support/event-loop-turns.js';

// Exports of the real data in ../shared/data: the NUTS regions with their boundaries, the CBS
// place table and TERCET postcodes (to place Dutch organisations), the Eurostat long file and the
// CORDIS H2020 organisations and participations. The larger Eurostat files are left out: they
// take most of the time of a full `init` and add nothing these tests look at.

const RD = 'rd_e_gerdreg_pc_gdp_total';
const INDICATORS = [RD, 'pat_ep_rtot_p_mhab', 'hrst_st_rcat_pc_act_hrst'];

describe(`exports of the real data on ${testBackend}`, () => {
  let store: Store;
  let analytics: AnalyticsService;
  let dir: string;
  const now = () => new Date('2026-11-28T10:00:00Z');
  const exported = (request: ExportRequest) => exportFile({ store, analytics }, request);

  beforeAll(async () => {
    store = await openTestStore();
    await initialise(store, { dataDir: sharedDataDir, now, log: () => undefined, openData: false });
    const tercet = join(sharedDataDir, 'official', 'tercet');
    const files: [string, string][] = [
      ['cbs-places', join(sharedDataDir, 'nl', 'nl_woonplaats_gemeente_corop_2024.csv')],
      ...readdirSync(tercet)
        .filter((f) => f.endsWith('.csv') && !DAMAGED_TERCET_FILES.includes(f))
        .map((f): [string, string] => ['tercet', join(tercet, f)]),
      [
        'eurostat',
        join(sharedDataDir, 'eurostat', 'eurostat_regional_innovation_indicators_long.csv'),
      ],
      ['cordis', join(sharedDataDir, 'cordis', 'h2020_organisations_2017_odfest.csv')],
      ['cordis', join(sharedDataDir, 'cordis', 'h2020_participations_eunets.csv.gz')],
    ];
    for (const [kind, file] of files) {
      await runImport(store, IMPORTERS[kind]!, file, {
        clock: now,
        nutsConversionDir: join(sharedDataDir, 'nuts_conversion'),
      });
    }
    analytics = new AnalyticsService(store, now);
    dir = await mkdtemp(join(tmpdir(), 'regiokracht-export-real-'));
  }, 300_000);
  afterAll(async () => {
    await store?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('writes GeoJSON with the twelve Dutch provinces, each with a value, and the Eurostat source', async () => {
    const doc = JSON.parse(
      await bodyText(
        (
          await exported({
            what: 'regions',
            format: 'geojson',
            indicators: [RD],
            level: 2,
            country: 'NL',
          })
        ).body,
      ),
    ) as RegionsGeoJson;
    expect(doc.features).toHaveLength(12);
    expect(doc.features.map((f) => f.properties.name_nl)).toContain('Fryslân');
    for (const f of doc.features) {
      expect(typeof f.properties.value, f.id).toBe('number');
      expect(f.properties.unit).toBe('PC_GDP');
      expect(f.geometry.coordinates.length).toBeGreaterThan(0);
    }
    expect(doc.source.datasets.map((d) => d.publisher)).toEqual(['Eurostat']);
    expect(doc.source.imports[0]!.file).toMatch(
      /eurostat_regional_innovation_indicators_long\.csv$/,
    );
    expect(doc.source.imports[0]!.checksum).toMatch(/^[0-9a-f]{64}$/);
  });

  it('writes an indicator table whose CSV parses back to the values in the database', async () => {
    const rows = csvObjects(
      await bodyText(
        (
          await exported({
            what: 'indicators',
            format: 'csv',
            indicators: INDICATORS,
            level: 2,
            country: 'NL',
          })
        ).body,
      ),
    );
    const held = await store.db
      .selectFrom('indicator_values as v')
      .innerJoin('regions as r', 'r.code', 'v.region_code')
      .select(['v.indicator_id', 'v.region_code', 'v.year', 'v.value', 'v.flags'])
      .where('v.indicator_id', 'in', INDICATORS)
      .where('r.level', '=', 2)
      .where('r.country_code', '=', 'NL')
      .execute();
    expect(rows.length).toBeGreaterThan(100);
    expect(rows).toHaveLength(held.length);
    const byKey = new Map(held.map((h) => [`${h.indicator_id}|${h.region_code}|${h.year}`, h]));
    for (const row of rows) {
      const h = byKey.get(`${row.indicator}|${row.region}|${row.year}`);
      expect(h, JSON.stringify(row)).toBeDefined();
      expect(row.value === '' ? null : Number(row.value)).toBe(
        h!.value === null ? null : Number(h!.value),
      );
      expect(row.flags).toBe(h!.flags ?? '');
      expect(row.source).toBe('eurostat:regional-innovation-long');
    }
  });

  it('writes an XLSX of a whole level that opens with exceljs, with both sheets', async () => {
    const file = await exported({ what: 'indicators', format: 'xlsx', indicators: [RD], level: 2 });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await bodyBytes(file.body)) as unknown as ExcelJS.Buffer);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['indicators', 'Sources']);
    const count = await store.db
      .selectFrom('indicator_values as v')
      .innerJoin('regions as r', 'r.code', 'v.region_code')
      .select((eb) => eb.fn.countAll().as('n'))
      .where('v.indicator_id', '=', RD)
      .where('r.level', '=', 2)
      .executeTakeFirstOrThrow();
    expect(workbook.getWorksheet('indicators')!.rowCount).toBe(Number(count.n) + 1);
    expect(workbook.getWorksheet('Sources')!.getCell('C2').value).toBe('Eurostat');
  });

  it('writes the network of NL213 as GEXF that NetworkX reads, with its nodes and edges', async () => {
    const file = await exported({ what: 'network', format: 'gexf', region: 'NL213' });
    const path = join(dir, file.filename);
    await writeFile(path, await bodyText(file.body));
    const network = await analytics.network('NL213');
    expect(network.nodes).toBeGreaterThan(10);
    expect(network.edges).toBeGreaterThan(10);
    // Debian's python3-networkx (2.8) is what CI installs for the network tests; its GEXF reader
    // parses the XML strictly (ElementTree), checks the GEXF structure and refuses GEXF 1.3.
    const read = spawnSync(
      debianPython,
      [
        '-c',
        'import sys, networkx as nx; g = nx.read_gexf(sys.argv[1]); print(nx.__version__[:3], g.number_of_nodes(), g.number_of_edges())',
        path,
      ],
      { encoding: 'utf8' },
    );
    expect(read.status, read.stderr).toBe(0);
    expect(read.stdout.trim()).toBe(`2.8 ${network.nodes} ${network.edges}`);
  });

  it('streams all 144,726 participations as CSV in many chunks', async () => {
    const file = await exported({ what: 'participations', format: 'csv' });
    let chunks = 0;
    let csv = '';
    for await (const chunk of file.body) {
      chunks++;
      csv += chunk as string;
    }
    expect(chunks).toBeGreaterThan(20);
    const rows = csvObjects(csv);
    expect(rows).toHaveLength(144_726);
    expect(new Set(rows.map((r) => r.project_id)).size).toBe(31_451);
  });

  it('reads the sources of every participation with turns of the event loop in between', async () => {
    // The imports behind 144,726 participations, 31,451 projects and their organisations: on
    // SQLite one statement each would hold up the server; in rowid slices, other work runs between.
    const { result: file, turns } = await eventLoopTurnsDuring(() =>
      exported({ what: 'participations', format: 'csv' }),
    );
    expect(turns).toBeGreaterThan(10);
    expect(file.filename).toBe('participations.csv');
  });

  it('counts every participation for the XLSX row limit, with a turn of the event loop before the end', async () => {
    const table = await participationTable(store);
    const order: string[] = [];
    const counting = table.count().then((n) => {
      order.push('counted');
      return n;
    });
    setImmediate(() => order.push('turn'));
    expect(await counting).toBe(144_726);
    expect(order).toEqual(['turn', 'counted']);
  });

  it("imports Twente's participations again into a fresh database as the same rows", async () => {
    const csv = await bodyText(
      (await exported({ what: 'participations', format: 'csv', region: 'NL213' })).body,
    );
    const first = csvObjects(csv);
    expect(first.length).toBeGreaterThan(100);
    const path = join(dir, 'participations-NL213.csv');
    await writeFile(path, csv);
    const fresh = await openTestStore();
    try {
      await seedNutsRegions(fresh);
      const summary = await runImport(fresh, IMPORTERS.participations!, path, { clock: now });
      expect(summary).toMatchObject({ read: first.length, refused: 0 });
      const again = csvObjects(
        await bodyText(
          (await exportFile({ store: fresh }, { what: 'participations', format: 'csv' })).body,
        ),
      );
      // The template has no role column: coordinators come back as participants.
      const withoutRole = (rows: Record<string, string>[]) =>
        rows.map(({ role: _role, ...rest }) => rest);
      expect(withoutRole(again)).toEqual(withoutRole(first));
    } finally {
      await fresh.close();
    }
  });
});
