/**
 * npm run bench:import — loads everything in the data directory (default ../shared/data) into a
 * fresh SQLite database, the way `regiokracht init` does, and prints per file the rows read,
 * rows written, rows per second and the process's peak memory, then the total time, the CPU
 * time and the peak memory against the targets (15 s, 400 MB).
 *
 * Then the peer row: the participations, exported in the `participations` template layout
 * (docs/importers.md), are loaded by the `sqlite3` shell's `.import` into a table with the same
 * indexes as ours (primary key project and organisation, an index on the organisation), and by
 * our template import into a fresh database with the regions, one after the other in the same
 * run. Targets: at least 150,000 rows/s, and within 2x of sqlite3's time. Both are given in
 * CPU time too (the shell's through bash's `time`), which a busy machine disturbs less. The sqlite3 shell is
 * Debian's `sqlite3` package (.ci/run installs it when missing).
 *
 *   tsx bench/import.ts [--data-dir DIR]
 */
import { spawnSync } from 'node:child_process';
import { createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import { openStore } from '../src/main.js';
import { runImport } from '../src/importers/run-import.js';
import { participationsTemplateImporter } from '../src/importers/templates/participations-template.js';
import { exportFile } from '../src/services/export/export-file.js';
import { initialise } from '../src/app/initialise.js';
import { sharedDataDir } from '../test/support/test-store.js';

const TARGET_SECONDS = 15;
const TARGET_MB = 400;
const TARGET_ROWS_PER_SECOND = 150_000;
const TARGET_PEER_RATIO = 2;

const i = process.argv.indexOf('--data-dir');
const dataDir = i >= 0 ? process.argv[i + 1]! : sharedDataDir;
const dir = mkdtempSync(join(tmpdir(), 'rk-bench-import-'));
const dbPath = join(dir, 'regiokracht.db');

let peak = process.memoryUsage().rss;
let filePeak = peak;
const sampler = setInterval(() => {
  const rss = process.memoryUsage().rss;
  peak = Math.max(peak, rss);
  filePeak = Math.max(filePeak, rss);
}, 20);
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const cpuSeconds = (since: NodeJS.CpuUsage) => {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1e6;
};
const perSecond = (rows: number, seconds: number) =>
  Math.round(rows / seconds).toLocaleString('en');

const rows: string[][] = [['file', 'kind', 'read', 'written', 'seconds', 'rows/s', 'peak memory']];
try {
  const store = await openStore({ dbPath });
  let last = performance.now();
  const started = last;
  const cpuStarted = process.cpuUsage();
  await initialise(store, {
    dataDir,
    now: () => new Date(),
    log: (line) => {
      const now = performance.now();
      const m = /^\s+(\S+) (\S+): read (\d+), inserted (\d+), updated (\d+)/.exec(line);
      if (m) {
        const seconds = (now - last) / 1000;
        const read = Number(m[3]);
        rows.push([
          m[2]!,
          m[1]!,
          String(read),
          String(Number(m[4]) + Number(m[5])),
          seconds.toFixed(2),
          perSecond(read, seconds),
          mb(filePeak),
        ]);
      } else if (/regions, \d+ geometries/.test(line)) {
        rows.push([
          'GISCO NUTS 2021 (11 files)',
          'geo',
          line.trim().split(' ')[0]!,
          '',
          ((now - last) / 1000).toFixed(2),
          '',
          mb(filePeak),
        ]);
      } else if (line.startsWith('Starter content')) {
        rows.push([
          'starter content',
          'starter',
          '',
          '',
          ((now - last) / 1000).toFixed(2),
          '',
          mb(filePeak),
        ]);
      }
      last = now;
      filePeak = process.memoryUsage().rss;
    },
  });
  const total = (performance.now() - started) / 1000;
  const cpu = cpuSeconds(cpuStarted);
  const loadPeak = peak;

  // The participations in the template layout, from the database just loaded.
  const csv = join(dir, 'participations.csv');
  const exported = await exportFile({ store }, { what: 'participations', format: 'csv' });
  await pipeline(Readable.from(exported.body), createWriteStream(csv));
  await store.close();

  const peer = sqliteShellImport(csv, join(dir, 'peer.db'));
  const ours = await templateImport(csv, join(dir, 'template.db'));

  printTable(rows);
  console.log(
    `\nEverything in ${dataDir}: ${total.toFixed(1)} s (target < ${TARGET_SECONDS} s; ${cpu.toFixed(1)} s of CPU), peak memory ${mb(loadPeak)} (target < ${TARGET_MB} MB)`,
  );
  console.log('\nParticipations in the template layout, beside the sqlite3 shell:');
  printTable([
    ['loader', 'rows', 'seconds', 'rows/s', 'CPU seconds', 'rows/CPU-s'],
    [
      `sqlite3 ${peer.version} .import (one table, same indexes)`,
      String(peer.rows),
      peer.seconds.toFixed(2),
      perSecond(peer.rows, peer.seconds),
      peer.cpu.toFixed(2),
      perSecond(peer.rows, peer.cpu),
    ],
    [
      'regiokracht import participations (checked; projects, organisations, participations)',
      String(ours.rows),
      ours.seconds.toFixed(2),
      perSecond(ours.rows, ours.seconds),
      ours.cpu.toFixed(2),
      perSecond(ours.rows, ours.cpu),
    ],
  ]);
  console.log(
    `\nTemplate import: ${perSecond(ours.rows, ours.seconds)} rows/s (target >= ${TARGET_ROWS_PER_SECOND.toLocaleString('en')}), ${(ours.seconds / peer.seconds).toFixed(1)}x sqlite3's time (target <= ${TARGET_PEER_RATIO}x); in CPU time ${perSecond(ours.rows, ours.cpu)} rows/CPU-s, ${(ours.cpu / peer.cpu).toFixed(1)}x sqlite3's`,
  );
} finally {
  clearInterval(sampler);
  rmSync(dir, { recursive: true, force: true });
}

/** `.import` of the CSV by the sqlite3 shell into a table with the indexes of `participations`. */
function sqliteShellImport(
  csv: string,
  path: string,
): { rows: number; seconds: number; cpu: number; version: string } {
  const version = spawnSync('sqlite3', ['--version'], { encoding: 'utf8' });
  if (version.error || version.status !== 0) {
    throw new Error('the sqlite3 shell is missing: apt-get install -y sqlite3');
  }
  const create = `create table participations (project_id text not null, project_acronym text,
    programme text not null, organisation_id text not null, organisation_name text not null,
    helix_role text not null, region text not null, contribution_eur double precision,
    total_cost_eur double precision, start_date text, end_date text, funding_source text,
    role text, primary key (project_id, organisation_id));
    create index participations_organisation on participations (organisation_id);`;
  spawnSync('sqlite3', [path, 'pragma journal_mode = wal;', create], { encoding: 'utf8' });
  const started = performance.now();
  // Through bash's `time`, for the shell's CPU time (user and system) beside the wall time.
  const run = spawnSync(
    'bash',
    [
      '-c',
      'TIMEFORMAT="%U %S"; time sqlite3 "$0" "$1" "$2"',
      path,
      'pragma synchronous = normal;',
      `.import --csv --skip 1 ${csv} participations`,
    ],
    { encoding: 'utf8' },
  );
  const seconds = (performance.now() - started) / 1000;
  if (run.status !== 0) throw new Error(`sqlite3 .import failed: ${run.stderr}`);
  const [user = NaN, system = NaN] = run.stderr.trim().split('\n').pop()!.split(' ').map(Number);
  const count = spawnSync('sqlite3', [path, 'select count(*) from participations'], {
    encoding: 'utf8',
  });
  return {
    rows: Number(count.stdout.trim()),
    seconds,
    cpu: user + system,
    version: version.stdout.split(' ')[0] ?? '',
  };
}

/** Our `participations` template import of the CSV into a fresh database with the regions. */
async function templateImport(
  csv: string,
  path: string,
): Promise<{ rows: number; seconds: number; cpu: number }> {
  const store = await openStore({ dbPath: path });
  try {
    await initialise(store, {
      dataDir,
      now: () => new Date(),
      log: () => undefined,
      openData: false,
    });
    const started = performance.now();
    const cpuStarted = process.cpuUsage();
    const summary = await runImport(store, participationsTemplateImporter, csv);
    return {
      rows: summary.read,
      seconds: (performance.now() - started) / 1000,
      cpu: cpuSeconds(cpuStarted),
    };
  } finally {
    await store.close();
  }
}

function printTable(table: string[][]): void {
  const widths = table[0]!.map((_, c) => Math.max(...table.map((r) => (r[c] ?? '').length)));
  for (const r of table)
    console.log(
      r
        .map((cell, c) =>
          c >= 1 && /^[\d,.]*$/.test(cell) ? cell.padStart(widths[c]!) : cell.padEnd(widths[c]!),
        )
        .join('  '),
    );
}
