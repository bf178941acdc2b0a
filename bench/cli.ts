/**
 * npm run bench:cli — whole processes as a user meets them, each beside a bare Node start
 * (`node -e ""`) measured in the same run: wall time from spawning the process to its exit (or,
 * for `serve`, to its first answers).
 *
 *   tsx bench/cli.ts [--db FILE] [--runs N] [--bin FILE] [--data-dir DIR]
 *
 * - `regiokracht --version`;
 * - `helix`, `keyareas`, `clusters`, `network` for NL213 (Twente) and `index` for the Dutch NUTS3
 *   regions, each with --json;
 * - `serve` on the populated database with no data directory: process start to the first 200 on
 *   /api/health, and to the first /api/regions/NL213/helix (asked once health answers).
 *
 * Each figure is the median of --runs runs (default 5), the runs of all commands interleaved so
 * that other work on the machine falls on all of them alike. The database (--db, or
 * REGIOKRACHT_BENCH_DB; default one under the OS temp directory) is built from ../shared/data on
 * first use when the file does not exist. --bin runs another build of the command line (e.g. an older checkout's
 * bin/regiokracht.js, with a database that build made); --data-dir gives the processes a data
 * directory (a build that pulls the data whenever the data directory is empty needs one).
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openStore } from '../src/main.js';
import { initialise } from '../src/app/initialise.js';
import { unusedPort } from '../test/support/loopback-mirror.js';
import { sharedDataDir } from '../test/support/test-store.js';

const arg = (name: string) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const dbPath =
  arg('--db') ?? process.env.REGIOKRACHT_BENCH_DB ?? join(tmpdir(), 'regiokracht-bench-cli.db');
const runs = Number(arg('--runs') ?? 5);
const bin = arg('--bin') ?? fileURLToPath(new URL('../bin/regiokracht.js', import.meta.url));
// No data directory unless one is given: a populated database serves without one.
const dataDir = arg('--data-dir') ?? join(tmpdir(), 'regiokracht-bench-cli-no-data');

if (!existsSync(bin.replace(/bin\/regiokracht\.js$/, 'dist/cli/main.js'))) {
  console.error(`${bin}: not built; run \`npx tsc -p tsconfig.build.json\` first`);
  process.exit(1);
}

// An existing file is used as it is (not even opened here: another build may have made it).
if (!existsSync(dbPath)) {
  console.log(`Building ${dbPath} from ${sharedDataDir} (once) ...`);
  const store = await openStore({ dbPath });
  try {
    await initialise(store, { dataDir: sharedDataDir, now: () => new Date(), log: () => {} });
  } finally {
    await store.close();
  }
}

/** The environment of every measured process: the SQLite database, and no data directory. */
const env: NodeJS.ProcessEnv = {
  ...process.env,
  REGIOKRACHT_DB: dbPath,
  REGIOKRACHT_DATA_DIR: dataDir,
};
delete env.DATABASE_URL;

/** Wall time of one process from spawn to exit, in ms; a failure stops the bench. */
function timeProcess(args: readonly string[]): Promise<number> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, args, { env, stdio: ['ignore', 'ignore', 'pipe'] });
    let err = '';
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (code) => {
      const ms = performance.now() - started;
      if (code === 0) resolve(ms);
      else reject(new Error(`node ${args.join(' ')} exited ${code}: ${err.trim()}`));
    });
  });
}

async function status(url: string): Promise<number | null> {
  try {
    const response = await fetch(url);
    await response.arrayBuffer();
    return response.status;
  } catch {
    return null;
  }
}

/** `serve`: ms from spawn to the first 200 on /api/health, and to the first helix answer. */
async function timeServe(): Promise<{ health: number; helix: number }> {
  const port = await unusedPort();
  const base = `http://127.0.0.1:${port}`;
  const started = performance.now();
  const child = spawn(process.execPath, [bin, 'serve', '--port', String(port)], {
    env,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let err = '';
  child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
  let exited = false;
  const gone = new Promise((r) => child.once('exit', r));
  child.on('exit', () => (exited = true));
  try {
    let health: number | undefined;
    while (health === undefined) {
      if (exited) throw new Error(`serve exited before answering: ${err.trim()}`);
      if ((await status(`${base}/api/health`)) === 200) health = performance.now() - started;
      else await new Promise((r) => setTimeout(r, 5));
    }
    const helixStatus = await status(`${base}/api/regions/NL213/helix`);
    if (helixStatus !== 200) throw new Error(`/api/regions/NL213/helix answered ${helixStatus}`);
    return { health, helix: performance.now() - started };
  } finally {
    if (!exited) child.kill('SIGTERM');
    await gone;
  }
}

interface Measure {
  readonly label: string;
  /** Target as a multiple of a bare Node start, or in ms. */
  readonly target: { times: number } | { ms: number };
  readonly samples: number[];
}

const region = (command: string, ...more: string[]) => [bin, command, 'NL213', ...more, '--json'];
const PROCESSES: readonly { label: string; args: string[]; target: Measure['target'] }[] = [
  { label: '--version', args: [bin, '--version'], target: { times: 2 } },
  { label: 'helix NL213', args: region('helix'), target: { times: 4 } },
  { label: 'keyareas NL213', args: region('keyareas'), target: { times: 4 } },
  {
    label: 'index (NL NUTS3)',
    args: [bin, 'index', '--level', '3', '--country', 'NL', '--json'],
    target: { times: 4 },
  },
  { label: 'clusters NL213', args: region('clusters'), target: { times: 4 } },
  { label: 'network NL213', args: region('network'), target: { times: 4 } },
];

const bare: number[] = [];
const measures: Measure[] = PROCESSES.map((p) => ({
  label: p.label,
  target: p.target,
  samples: [],
}));
const health: Measure = { label: 'serve: /api/health', target: { ms: 1000 }, samples: [] };
const helix: Measure = {
  label: 'serve: /api/regions/NL213/helix',
  target: { ms: 1500 },
  samples: [],
};

console.log(
  `Whole processes of ${bin} on ${dbPath} (data directory ${arg('--data-dir') ?? 'none'}), median of ${runs} runs; Node ${process.version}; machine: ${cpus().length} cores, load average ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')} (other work on the machine slows every figure)`,
);
for (let run = 0; run < runs; run++) {
  bare.push(await timeProcess(['-e', '']));
  for (const [i, p] of PROCESSES.entries()) measures[i]?.samples.push(await timeProcess(p.args));
  const served = await timeServe();
  health.samples.push(served.health);
  helix.samples.push(served.helix);
  process.stdout.write(`  run ${run + 1} of ${runs} done\n`);
}

const median = (xs: readonly number[]) => {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
};
const bareMs = median(bare);
const ms = (x: number) => `${Math.round(x)} ms`.padStart(8);

console.log(`\nprocess                          median      min  x bare  target              `);
console.log(`${'node -e ""'.padEnd(32)} ${ms(bareMs)} ${ms(Math.min(...bare))}    1.0`);
let over = 0;
for (const m of [...measures, health, helix]) {
  const value = median(m.samples);
  const ratio = value / bareMs;
  const ok = 'times' in m.target ? ratio < m.target.times : value < m.target.ms;
  if (!ok) over++;
  const target =
    'times' in m.target ? `under ${m.target.times}x bare Node` : `under ${m.target.ms / 1000} s`;
  console.log(
    `${m.label.padEnd(32)} ${ms(value)} ${ms(Math.min(...m.samples))} ${ratio.toFixed(1).padStart(6)}  ${target.padEnd(20)}${ok ? 'ok' : 'OVER'}`,
  );
}
console.log(over ? `\n${over} over target` : '\nall within target');
