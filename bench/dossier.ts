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
 * Then the whole process as a user meets it: `node bin/regiokracht.js dossier NL213 --format pdf`
 * (the built command line, figures materialised), wall time from spawn to exit beside a bare
 * `node -e ""` in the same run, median of --runs (default 3). The first, unmeasured run stores
 * the figures under the built code's revision, as the import's precompute does.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderDossier } from '../src/reports/render-dossier.js';
import { AnalyticsService } from '../src/services/analytics/analytics-service.js';
import { DossierService } from '../src/services/dossier/dossier-service.js';
import { openBenchStore } from './bench-store.js';

const arg = (name: string) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const dbPath = arg('--db') ?? join(tmpdir(), 'regiokracht-bench-analytics.db');
const outDir = arg('--out');
const TARGET_S = 3;
const now = () => new Date();
const s = (ms: number) => (ms / 1000).toFixed(2);

const store = await openBenchStore(dbPath, now);
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

// The whole process, as a user runs it, beside a bare Node start.
const bin = fileURLToPath(new URL('../bin/regiokracht.js', import.meta.url));
const runs = Number(arg('--runs') ?? 3);
if (!existsSync(fileURLToPath(new URL('../dist/cli/main.js', import.meta.url)))) {
  console.log('\nwhole process: not measured (the command line is not built: npm run build)');
} else {
  const out = join(mkdtempSync(join(tmpdir(), 'rk-dossier-')), 'NL213.pdf');
  const env: NodeJS.ProcessEnv = { ...process.env, REGIOKRACHT_DB: dbPath };
  delete env.DATABASE_URL;
  const wall = (args: readonly string[]) =>
    new Promise<number>((resolve, reject) => {
      const started = performance.now();
      const child = spawn(process.execPath, args, { env, stdio: ['ignore', 'ignore', 'pipe'] });
      let err = '';
      child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
      child.on('error', reject);
      child.on('exit', (code) =>
        code === 0
          ? resolve(performance.now() - started)
          : reject(new Error(`node ${args.join(' ')} exited ${code}: ${err.trim()}`)),
      );
    });
  const dossierArgs = [bin, 'dossier', 'NL213', '--format', 'pdf', '--out', out];
  await wall(dossierArgs);
  const bare: number[] = [];
  const whole: number[] = [];
  for (let run = 0; run < runs; run++) {
    bare.push(await wall(['-e', '']));
    whole.push(await wall(dossierArgs));
  }
  const median = (xs: readonly number[]) =>
    [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
  console.log(`\nwhole process, median of ${runs} (load average now ${loadavg()[0]?.toFixed(1)})`);
  console.log(`node -e ""                                   ${s(median(bare)).padStart(6)} s`);
  const wallMs = median(whole);
  console.log(
    `regiokracht dossier NL213 --format pdf       ${s(wallMs).padStart(6)} s  ${(wallMs / median(bare)).toFixed(1)}x bare  target < ${TARGET_S} s  ${wallMs < TARGET_S * 1000 ? 'ok' : 'OVER'}`,
  );
}
