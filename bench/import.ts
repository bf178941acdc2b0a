/**
 * npm run bench:import — `regiokracht init` as a user meets it: the built command line
 * (`node bin/regiokracht.js --db TMP --data-dir DIR init`) in a child process, into a fresh
 * SQLite database, measured from the outside (bench/process-meter.ts): wall time from spawn to
 * exit, CPU time, and resident memory sampled every 20 ms. Prints per file the rows read, rows
 * written, rows per second and the process's peak memory while that file loaded (from the lines
 * the child prints, timed as they arrive); then the load (spawn to the last line before the
 * figures) and the whole `init` (load and the figures computed after it, to exit), each with its
 * wall time, CPU time and peak memory, against the targets (15 s, 400 MB).
 *
 * Then the peer row: the participations, exported in the `participations` template layout
 * (docs/importers.md), are loaded by the `sqlite3` shell's `.import` into a table with the same
 * indexes as ours (primary key project and organisation, an index on the organisation), and by
 * our template import into a fresh database with the regions (`init --regions-only`, not timed):
 * as a whole process (`regiokracht import participations FILE`: to the line with its summary,
 * and to exit, with the figures it computes after the import), and in this process (the import
 * alone), one after the other in the same run. Targets: at least 150,000 rows/s, and within 2x of
 * sqlite3's time. Last, the floor under our import (bench/sqlite-write-floor.ts): SQLite alone
 * writing the rows our import wrote into the same three tables, with no file read and no check,
 * so that what the import adds to SQLite's own work shows. All are given in CPU time too (the shell's through bash's `time`), which a busy
 * machine disturbs less. The sqlite3 shell is Debian's `sqlite3` package (.ci/run installs it
 * when missing).
 *
 * Needs the build (`npm run build`); stops when dist/ is missing or older than a source file.
 *
 *   tsx bench/import.ts [--data-dir DIR]
 */
import { spawnSync } from 'node:child_process';
import { createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import { openStore } from '../src/main.js';
import { runImport } from '../src/importers/run-import.js';
import { participationsTemplateImporter } from '../src/importers/templates/participations-template.js';
import { exportFile } from '../src/services/export/export-file.js';
import { initialise } from '../src/app/initialise.js';
import { sharedDataDir } from '../test/support/test-store.js';
import { runMetered, type MeteredRun, type MeterReading } from './process-meter.js';
import { checkBuild } from './check-build.js';
import { sqliteWriteFloor } from './sqlite-write-floor.js';

const TARGET_SECONDS = 15;
const TARGET_MB = 400;
const TARGET_ROWS_PER_SECOND = 150_000;
const TARGET_PEER_RATIO = 2;

const i = process.argv.indexOf('--data-dir');
const dataDir = i >= 0 ? process.argv[i + 1]! : sharedDataDir;
const bin = fileURLToPath(new URL('../bin/regiokracht.js', import.meta.url));
checkBuild();
const dir = mkdtempSync(join(tmpdir(), 'rk-bench-import-'));
const dbPath = join(dir, 'regiokracht.db');

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const cpuSeconds = (since: NodeJS.CpuUsage) => {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1e6;
};
const perSecond = (rows: number, seconds: number) =>
  Math.round(rows / seconds).toLocaleString('en');
/** `regiokracht` with the database and data directory of this run. */
const cli = (db: string, ...args: string[]) => [bin, '--db', db, '--data-dir', dataDir, ...args];

const rows: string[][] = [['file', 'kind', 'read', 'written', 'seconds', 'rows/s', 'peak memory']];
try {
  let last = { seconds: 0 };
  let load: MeterReading | undefined;
  let figures: { line: string; at: MeterReading } | undefined;
  const init = await runMetered(process.execPath, cli(dbPath, 'init'), (line, at) => {
    const seconds = (at.seconds - last.seconds).toFixed(2);
    const m = /^\s+(\S+) (\S+): read (\d+), inserted (\d+), updated (\d+)/.exec(line);
    if (m) {
      const read = Number(m[3]);
      rows.push([
        m[2]!,
        m[1]!,
        String(read),
        String(Number(m[4]) + Number(m[5])),
        seconds,
        perSecond(read, at.seconds - last.seconds),
        mb(at.stepPeakBytes),
      ]);
    } else if (/regions, \d+ geometries/.test(line)) {
      const count = line.trim().split(' ')[0]!;
      rows.push([
        'GISCO NUTS 2021 (11 files)',
        'geo',
        count,
        '',
        seconds,
        '',
        mb(at.stepPeakBytes),
      ]);
    } else if (line.startsWith('Starter content')) {
      rows.push(['starter content', 'starter', '', '', seconds, '', mb(at.stepPeakBytes)]);
    } else if (line.startsWith('Figures of')) {
      figures = { line, at };
      const f = /^Figures of (\d+) Dutch regions: (\d+) computed/.exec(line);
      rows.push([
        `figures of ${f?.[1] ?? '?'} Dutch regions`,
        'figures',
        '',
        f?.[2] ?? '',
        seconds,
        '',
        mb(at.stepPeakBytes),
      ]);
    }
    if (!figures && !line.startsWith('Done in')) load = at;
    last = at;
  });
  if (!load || !figures) throw new Error(`init printed no figures line:\n${init.stderr}`);

  // The participations in the template layout, from the database just loaded.
  const csv = join(dir, 'participations.csv');
  const store = await openStore({ dbPath });
  try {
    const exported = await exportFile({ store }, { what: 'participations', format: 'csv' });
    await pipeline(Readable.from(exported.body), createWriteStream(csv));
  } finally {
    await store.close();
  }

  const peer = sqliteShellImport(csv, join(dir, 'peer.db'));
  const process_ = await templateImportProcess(csv, join(dir, 'template-process.db'));
  const ours = await templateImport(csv, join(dir, 'template.db'));
  const floorPath = join(dir, 'floor.db');
  await runMetered(process.execPath, cli(floorPath, 'init', '--regions-only'));
  const floor = sqliteWriteFloor(join(dir, 'template.db'), floorPath);

  printTable(rows);
  const verdict = (seconds: number, peak: number) =>
    `time ${seconds < TARGET_SECONDS ? 'met' : 'not met'}, memory ${peak < TARGET_MB * 1024 * 1024 ? 'met' : 'not met'}`;
  console.log(
    `\n\`regiokracht init\` of everything in ${dataDir}, the built command line as a whole process (target < ${TARGET_SECONDS} s and ${TARGET_MB} MB):`,
  );
  printTable([
    ['step', 'seconds', 'CPU seconds', 'peak memory', 'targets'],
    [
      'load (spawn to the last file)',
      load.seconds.toFixed(1),
      load.cpuSeconds.toFixed(1),
      mb(load.peakBytes),
      verdict(load.seconds, load.peakBytes),
    ],
    [
      'figures after the load',
      (figures.at.seconds - load.seconds).toFixed(1),
      (figures.at.cpuSeconds - load.cpuSeconds).toFixed(1),
      mb(figures.at.stepPeakBytes),
      '',
    ],
    [
      'whole init (spawn to exit)',
      init.seconds.toFixed(1),
      init.cpuSeconds.toFixed(1),
      mb(init.peakBytes),
      verdict(init.seconds, init.peakBytes),
    ],
  ]);
  console.log(
    "(peak memory: resident set size, VmRSS sampled every 20 ms; of the load and the whole init also the kernel's VmHWM)",
  );
  console.log('\nParticipations in the template layout, beside the sqlite3 shell:');
  printTable([
    ['loader', 'rows', 'seconds', 'rows/s', 'CPU seconds', 'rows/CPU-s', 'peak memory'],
    [
      `sqlite3 ${peer.version} .import (one table, same indexes)`,
      String(peer.rows),
      peer.seconds.toFixed(2),
      perSecond(peer.rows, peer.seconds),
      peer.cpu.toFixed(2),
      perSecond(peer.rows, peer.cpu),
      '',
    ],
    [
      '`regiokracht import participations`, spawn to its summary line',
      String(process_.rows),
      process_.toSummary.seconds.toFixed(2),
      perSecond(process_.rows, process_.toSummary.seconds),
      process_.toSummary.cpuSeconds.toFixed(2),
      perSecond(process_.rows, process_.toSummary.cpuSeconds),
      mb(process_.toSummary.peakBytes),
    ],
    [
      '  the same process to exit (with the figures after the import)',
      String(process_.rows),
      process_.whole.seconds.toFixed(2),
      '',
      process_.whole.cpuSeconds.toFixed(2),
      '',
      mb(process_.whole.peakBytes),
    ],
    [
      'the template import alone, in this process (projects, organisations, participations)',
      String(ours.rows),
      ours.seconds.toFixed(2),
      perSecond(ours.rows, ours.seconds),
      ours.cpu.toFixed(2),
      perSecond(ours.rows, ours.cpu),
      '',
    ],
    [
      `  floor: SQLite alone writing the same ${floor.written} rows, nothing read or checked`,
      String(ours.rows),
      floor.seconds.toFixed(2),
      perSecond(ours.rows, floor.seconds),
      floor.cpu.toFixed(2),
      perSecond(ours.rows, floor.cpu),
      '',
    ],
  ]);
  console.log(
    `The floor, SQLite's own writing of the three tables, is ${perSecond(ours.rows, floor.seconds)} rows/s of the file: our import takes ${(ours.seconds / floor.seconds).toFixed(1)}x its time in process.`,
  );
  const line = (what: string, rowsCount: number, seconds: number, cpu: number) =>
    `${what}: ${perSecond(rowsCount, seconds)} rows/s (target >= ${TARGET_ROWS_PER_SECOND.toLocaleString('en')}), ${(seconds / peer.seconds).toFixed(1)}x sqlite3's time (target <= ${TARGET_PEER_RATIO}x); in CPU time ${perSecond(rowsCount, cpu)} rows/CPU-s, ${(cpu / peer.cpu).toFixed(1)}x sqlite3's`;
  console.log(
    `\n${line('Template import as a process, to its summary', process_.rows, process_.toSummary.seconds, process_.toSummary.cpuSeconds)}`,
  );
  console.log(line('Template import alone, in process', ours.rows, ours.seconds, ours.cpu));
} finally {
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

/**
 * `regiokracht import participations` of the CSV, as a whole process, into a fresh database with
 * the regions (made by `init --regions-only` first, not timed): to the line with its summary, and
 * to exit (it computes the figures after the import).
 */
async function templateImportProcess(
  csv: string,
  path: string,
): Promise<{ rows: number; toSummary: MeterReading; whole: MeteredRun }> {
  await runMetered(process.execPath, cli(path, 'init', '--regions-only'));
  let summary: { rows: number; at: MeterReading } | undefined;
  const run = await runMetered(
    process.execPath,
    cli(path, 'import', 'participations', csv),
    (line, at) => {
      const m = /^participations \S+ \([^)]*\): read (\d+)/.exec(line);
      if (m) summary = { rows: Number(m[1]), at };
    },
  );
  if (!summary) throw new Error(`regiokracht import printed no summary:\n${run.stderr}`);
  return {
    rows: summary.rows,
    toSummary: summary.at,
    whole: run,
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
