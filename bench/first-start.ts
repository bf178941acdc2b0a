/**
 * npm run bench:first-start — the first `npm start` on a fresh clone with the data directory, as a
 * new user meets it: from spawning `npm start` (no database yet) to the first 200 on `/`. Target
 * under 30 s. Peers measured in the same run, on the same clone: a bare `node -e ""` start, and
 * the import the first start includes on its own (`initialise` of the built code into another
 * fresh database, in a new process, to its exit; `regiokracht init` would also compute every
 * stored figure).
 *
 *   tsx bench/first-start.ts [--data-dir DIR] [--checkout DIR]
 *
 * Without --checkout the committed HEAD of this repository is cloned into a temporary directory,
 * its node_modules linked to this checkout's, and built with `npm run build` (not timed). With
 * --checkout an already built checkout is used as it is. The server's lines are printed with the
 * seconds since spawn, so that the progress per file and the time left it prints can be read.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { unusedPort } from '../test/support/loopback-mirror.js';
import { sharedDataDir } from '../test/support/test-store.js';

const TARGET_SECONDS = 30;

const arg = (name: string) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const dataDir = resolve(arg('--data-dir') ?? sharedDataDir);
const repo = fileURLToPath(new URL('..', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'rk-bench-first-start-'));

try {
  const checkout = arg('--checkout') ?? cloneAndBuild(work);
  const load = loadavg()[0]!.toFixed(1);
  console.log(
    `Checkout ${checkout}; data ${dataDir}; load average ${load} on ${cpus().length} cores`,
  );

  const bare = await timeProcess(process.execPath, ['-e', ''], checkout, process.env);
  const start = await timeFirstStart(checkout, join(work, 'first-start.db'));
  // The import alone: what `init` loads (regions, starter content, every data file), in a new
  // process of the same build, without the figures `init` computes afterwards.
  const importOnly = `const { openStore } = await import('./dist/main.js');
    const { initialise } = await import('./dist/app/initialise.js');
    const store = await openStore({ dbPath: ${JSON.stringify(join(work, 'import.db'))} });
    await initialise(store, { dataDir: ${JSON.stringify(dataDir)}, now: () => new Date(), log: () => {} });
    await store.close();`;
  const init = await timeProcess(
    process.execPath,
    ['--input-type=module', '-e', importOnly],
    checkout,
    process.env,
  );

  console.log('');
  printTable([
    ['what', 'seconds'],
    ['bare `node -e ""`', (bare / 1000).toFixed(2)],
    ['the import alone into a fresh database, to exit (peer)', (init / 1000).toFixed(1)],
    ['first `npm start`, spawn to the first 200 on / ', (start.ms / 1000).toFixed(1)],
  ]);
  console.log(
    `\nFirst start: ${(start.ms / 1000).toFixed(1)} s (target < ${TARGET_SECONDS} s), ${(start.ms / init).toFixed(2)}x the import alone; ${start.progressLines} progress lines, ${start.etaLines} with the time left`,
  );
} finally {
  rmSync(work, { recursive: true, force: true });
}

/** Clones the committed HEAD into `dir`/checkout, links node_modules and builds it. */
function cloneAndBuild(dir: string): string {
  const checkout = join(dir, 'checkout');
  run('git', ['clone', '--quiet', repo, checkout], dir);
  symlinkSync(join(repo, 'node_modules'), join(checkout, 'node_modules'));
  console.log(`Building ${checkout} (not timed) ...`);
  run('npm', ['run', 'build', '--silent'], checkout);
  if (!existsSync(join(checkout, 'dist'))) throw new Error('the build made no dist/');
  return checkout;
}

function run(command: string, args: string[], cwd: string): void {
  const result = spawnSync(command, args, { cwd, stdio: ['ignore', 'ignore', 'inherit'] });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed in ${cwd}`);
}

/** Wall time of one process from spawn to its exit, in ms; a failure stops the bench. */
function timeProcess(
  command: string,
  args: string[],
  cwd: string,
  env: NodeJS.ProcessEnv,
): Promise<number> {
  return new Promise((resolveTime, reject) => {
    const started = performance.now();
    const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'ignore', 'pipe'] });
    let err = '';
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('error', reject);
    child.on('exit', (code) => {
      if (code === 0) resolveTime(performance.now() - started);
      else reject(new Error(`${command} ${args.join(' ')} exited with ${code}: ${err.trim()}`));
    });
  });
}

/**
 * `npm start` with a database that does not exist yet: ms from spawn to the first 200 on `/`,
 * and the lines it printed (those naming a file of the data directory, and those with an estimate
 * of the time left).
 */
async function timeFirstStart(
  checkout: string,
  dbPath: string,
): Promise<{ ms: number; progressLines: number; etaLines: number }> {
  const port = await unusedPort();
  const started = performance.now();
  // Its own process group, so that npm, the shell and node stop together.
  const child = spawn('npm', ['start', '--silent'], {
    cwd: checkout,
    detached: true,
    env: {
      ...process.env,
      REGIOKRACHT_DB: dbPath,
      REGIOKRACHT_DATA_DIR: dataDir,
      PORT: String(port),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let exited = false;
  let err = '';
  let progressLines = 0;
  let etaLines = 0;
  let pending = '';
  child.stdout.on('data', (d: Buffer) => {
    pending += d.toString();
    const lines = pending.split('\n');
    pending = lines.pop() ?? '';
    for (const line of lines) {
      if (/\[\d+\/\d+[,\]]/.test(line)) progressLines++;
      if (/left\b/.test(line)) etaLines++;
      console.log(`${((performance.now() - started) / 1000).toFixed(1).padStart(6)} s  ${line}`);
    }
  });
  child.stderr.on('data', (d: Buffer) => (err += d.toString()));
  child.on('exit', () => (exited = true));
  try {
    for (;;) {
      if (exited) throw new Error(`npm start exited before answering: ${err.trim()}`);
      const status = await fetch(`http://127.0.0.1:${port}/`).then(
        (r) => r.status,
        () => 0,
      );
      if (status === 200) return { ms: performance.now() - started, progressLines, etaLines };
      await new Promise((r) => setTimeout(r, 100));
    }
  } finally {
    if (!exited && child.pid !== undefined) process.kill(-child.pid, 'SIGTERM');
  }
}

function printTable(table: string[][]): void {
  const widths = table[0]!.map((_, c) => Math.max(...table.map((r) => (r[c] ?? '').length)));
  for (const r of table)
    console.log(
      r.map((cell, c) => (c >= 1 ? cell.padStart(widths[c]!) : cell.padEnd(widths[c]!))).join('  '),
    );
}
