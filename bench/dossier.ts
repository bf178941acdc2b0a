/**
 * npm run bench:dossier — the visit dossier PDF of each of the twelve Dutch provinces (NL11 ... NL42)
 * on the full data, timed per province. Target (PRODUCT.md): under 3 s each.
 *
 *   tsx bench/dossier.ts [--db FILE] [--out DIR]
 *
 * The database (default: one under the OS temp directory) is built from ../shared/data on first
 * use. Two scenarios, both printed:
 *   server: one analytics service for all provinces, as `regiokracht serve` keeps it; the data are
 *           read once (timed on its own), each province then gathers its figures and renders;
 *   cold:   a fresh service per province, as one `regiokracht dossier` run does: it reads the
 *           data and computes every figure from scratch.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore } from '../src/main.js';
import { renderDossier } from '../src/reports/render-dossier.js';
import { AnalyticsService } from '../src/services/analytics/analytics-service.js';
import { DossierService } from '../src/services/dossier/dossier-service.js';
import { initialise } from '../src/app/initialise.js';
import { sharedDataDir } from '../test/support/test-store.js';

const arg = (name: string) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const dbPath = arg('--db') ?? join(tmpdir(), 'regiokracht-bench-analytics.db');
const outDir = arg('--out');
const TARGET_S = 3;
const now = () => new Date();
const s = (ms: number) => (ms / 1000).toFixed(2);

const store = await openStore({ dbPath });
const participations = await store.db
  .selectFrom('participations')
  .select((eb) => eb.fn.countAll<number>().as('n'))
  .executeTakeFirstOrThrow();
if (Number(participations.n) === 0) {
  console.log(`Building ${dbPath} from ${sharedDataDir} (once) ...`);
  await initialise(store, { dataDir: sharedDataDir, now, log: () => undefined });
}
const provinces = (
  await store.db
    .selectFrom('regions')
    .select(['code', 'name_nl'])
    .where('country_code', '=', 'NL')
    .where('level', '=', 2)
    .orderBy('code')
    .execute()
).filter((r) => /^NL\d\d$/.test(r.code));

console.log(
  `Visit dossier PDF per Dutch province (${provinces.length}), data in ${dbPath}; machine: ${cpus().length} cores, load average ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')} (other work on the machine slows every figure)`,
);
if (outDir) mkdirSync(outDir, { recursive: true });

interface Row {
  code: string;
  name: string;
  gather: number;
  render: number;
  kb: number;
}

async function dossier(service: DossierService, code: string, name: string): Promise<Row> {
  const started = performance.now();
  const inputs = await service.inputs(code);
  const gathered = performance.now();
  const file = await renderDossier(inputs, { format: 'pdf', lang: 'nl' });
  const rendered = performance.now();
  if (outDir) writeFileSync(join(outDir, `dossier-${code}.pdf`), file.body);
  return {
    code,
    name,
    gather: gathered - started,
    render: rendered - gathered,
    kb: Math.round(file.body.length / 1024),
  };
}

function report(title: string, rows: readonly Row[]): void {
  console.log(`\n${title}`);
  console.log('province  name                    figures  PDF     total   size    target');
  for (const r of rows) {
    const total = r.gather + r.render;
    console.log(
      `${r.code.padEnd(9)} ${r.name.slice(0, 22).padEnd(23)} ${s(r.gather).padStart(6)} s ${s(r.render).padStart(5)} s ${s(total).padStart(6)} s ${String(r.kb).padStart(4)} KB  ${total < TARGET_S * 1000 ? 'ok' : 'OVER'}`,
    );
  }
  const totals = rows.map((r) => r.gather + r.render).sort((a, b) => a - b);
  const over = totals.filter((t) => t >= TARGET_S * 1000).length;
  console.log(
    `median ${s(totals[Math.floor(totals.length / 2)] ?? 0)} s, max ${s(totals.at(-1) ?? 0)} s; ${over ? `${over} of ${rows.length} over` : `all under`} the ${TARGET_S} s target`,
  );
}

// Server: one service, data read once.
const analytics = new AnalyticsService(store, now);
const loadStarted = performance.now();
await analytics.inputs();
const load = performance.now() - loadStarted;
const server = new DossierService(store, analytics, now);
const serverRows: Row[] = [];
for (const p of provinces) serverRows.push(await dossier(server, p.code, p.name_nl));
report(
  `server (one analytics service; reading the data once took ${s(load)} s, not counted below)`,
  serverRows,
);

// Cold: a fresh service per province.
const coldRows: Row[] = [];
for (const p of provinces) {
  const fresh = new AnalyticsService(store, now);
  coldRows.push(await dossier(new DossierService(store, fresh, now), p.code, p.name_nl));
}
report('cold (a fresh analytics service per province, as one CLI run)', coldRows);

await store.close();
