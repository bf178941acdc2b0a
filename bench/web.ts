/**
 * `npm run bench:web`: the web application's performance on loopback, on the real data.
 *
 * 1. Builds the web application (vite build), loads the data directory into a new SQLite file in
 *    one child process, then serves that file from another, as `regiokracht serve` does (so that
 *    neither the import nor the load generator shares the server's event loop).
 * 2. First load of the home page in headless Chromium with an empty cache, five times: time from
 *    navigation start to the provinces map drawn (first animation frame with the map in the page).
 * 3. JavaScript shipped: the gzipped size of every script of the build, and what the home page
 *    actually transferred.
 * 4. The region profile's API calls at 50 concurrent clients (autocannon, 10 s each): p50 and p95.
 *
 * Targets (PRODUCT.md): map drawn under 1.5 s, under 300 KB gzipped JS, profile API p95 under 50 ms.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { gzipSync } from 'node:zlib';
import autocannon from 'autocannon';
import { launchChromium } from '../test/e2e/support/browser.js';
import { createApp } from '../src/http/create-app.js';
import { openStore } from '../src/main.js';
import { loadDataDirectory } from '../test/e2e/support/load-data.js';

// Run from the package root (npm run sets the working directory).
const ROOT = process.cwd();
const WEB_ROOT = join(ROOT, 'dist', 'web');
const DATA_DIR = resolve(process.env.REGIOKRACHT_DATA_DIR ?? join(ROOT, '..', 'shared', 'data'));
const REGION = process.env.BENCH_REGION ?? 'NL213';
const CONNECTIONS = 50;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);

const mode = process.argv[2];
if (mode === '--load') {
  // Child: load the data directory into a new SQLite file, as `regiokracht init` does.
  const store = await openStore({ dbPath: process.argv[3]! });
  const { refused } = await loadDataDirectory(store, DATA_DIR, () => new Date());
  await store.close();
  if (refused.length) console.log(`refused by the importers: ${refused.join(', ')}`);
} else if (mode === '--serve') {
  // Child: serve an initialised database, as `regiokracht serve` does, and print the address.
  const store = await openStore({ dbPath: process.argv[3]! });
  const app = await createApp({
    store,
    version: 'bench',
    now: () => new Date(),
    webRoot: WEB_ROOT,
  });
  console.log(`LISTENING ${await app.listen({ host: '127.0.0.1', port: 0 })}`);
  process.on(
    'SIGTERM',
    () =>
      void app
        .close()
        .then(() => store.close())
        .then(() => process.exit(0)),
  );
} else {
  await main();
}

/** Runs this script again in a child process with `args` and resolves with its output lines. */
function child(args: readonly string[]): {
  process: ChildProcess;
  lines: ReturnType<typeof createInterface>;
} {
  const spawned = spawn(process.execPath, [...process.execArgv, process.argv[1]!, ...args], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return { process: spawned, lines: createInterface({ input: spawned.stdout! }) };
}

async function main(): Promise<void> {
  console.log(`Regiokracht web benchmark (data: ${DATA_DIR})`);
  console.log(
    `machine: ${cpus().length} cores, load average ${loadAverage()} (other work on the machine slows every figure)`,
  );
  execFileSync(
    process.execPath,
    [join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'],
    { cwd: ROOT, stdio: 'inherit' },
  );
  const dir = await mkdtemp(join(tmpdir(), 'regiokracht-bench-web-'));
  const dbPath = join(dir, 'regiokracht.db');
  try {
    let started = performance.now();
    const load = child(['--load', dbPath]);
    load.lines.on('line', (line) => console.log(line));
    const code = await new Promise<number | null>((done) => load.process.on('exit', done));
    if (code !== 0) throw new Error(`loading the data failed (exit ${code})`);
    console.log(
      `real data loaded into a new SQLite file in ${seconds(performance.now() - started)} s`,
    );

    started = performance.now();
    const server = child(['--serve', dbPath]);
    const url = await new Promise<string>((done, fail) => {
      server.lines.on('line', (line) => {
        if (line.startsWith('LISTENING ')) done(line.slice('LISTENING '.length));
      });
      server.process.on('exit', (exit) => fail(new Error(`server exited with ${exit}`)));
    });
    console.log(`server listening in ${seconds(performance.now() - started)} s at ${url}\n`);
    try {
      await homePage(url);
      javaScriptShipped();
      await profileApi(url);
      console.log(`\nload average at the end: ${loadAverage()}`);
    } finally {
      server.process.kill('SIGTERM');
      await new Promise((done) => server.process.on('exit', done));
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

async function homePage(url: string): Promise<void> {
  const runs: number[] = [];
  let transferred = 0;
  let firstRunRequests: string[] = [];
  // Chromium's own first start on this machine (binary and libraries from disk) is not the page's
  // doing: start it once, untimed, before the runs.
  const warmUp = await launchChromium();
  await (await warmUp.context.newPage()).goto('about:blank');
  await warmUp.close();
  for (let run = 0; run < 5; run++) {
    const browser = await launchChromium();
    try {
      const page = await browser.context.newPage();
      let jsBytes = 0;
      page.on('response', (response) => {
        if (response.url().endsWith('.js')) {
          jsBytes += Number(response.headers()['content-length'] ?? 0);
        }
      });
      await page.goto(`${url}/`);
      const drawn = await page.waitForFunction(
        () => {
          const map = document.querySelector('svg.rk-map[data-drawn]');
          return map && map.isConnected ? performance.now() : false;
        },
        null,
        { polling: 'raf', timeout: 30_000 },
      );
      runs.push(Number(await drawn.jsonValue()));
      transferred = jsBytes;
      if (run === 0) {
        firstRunRequests = await page.evaluate(() =>
          performance
            .getEntriesByType('resource')
            .map((r) => `${r.name.replace(location.origin, '')} ${Math.round(r.duration)} ms`),
        );
      }
    } finally {
      await browser.close();
    }
  }
  // Run 1 is the server's first home page since it started (database pages still cold); runs 2-5
  // are first loads of a new browser against a running server.
  const [first, ...rest] = runs;
  const sorted = [...rest].sort((a, b) => a - b);
  const median = (sorted[1]! + sorted[2]!) / 2;
  const worst = sorted.at(-1)!;
  console.log(
    'Home page, first load in a new browser profile, navigation start to provinces map drawn:',
  );
  console.log(`  run 1 (server's first page since start): ${Math.round(first!)} ms`);
  console.log(`    its requests: ${firstRunRequests.join(', ')}`);
  console.log(`  runs 2-5: ${rest.map((r) => `${Math.round(r)} ms`).join(', ')}`);
  console.log(
    `  median ${Math.round(median)} ms, worst ${Math.round(worst)} ms (target < 1500 ms: ${worst < 1500 ? 'met' : median < 1500 ? 'median met, worst missed' : 'MISSED'})`,
  );
  console.log(`  JavaScript transferred by the home page: ${kb(transferred)} (gzip)\n`);
}

function javaScriptShipped(): void {
  const assets = join(WEB_ROOT, 'assets');
  const scripts = readdirSync(assets).filter((f) => f.endsWith('.js'));
  let raw = 0;
  let gzipped = 0;
  for (const file of scripts) {
    const bytes = readFileSync(join(assets, file));
    raw += bytes.length;
    gzipped += gzipSync(bytes, { level: 9 }).length;
  }
  const css = readdirSync(assets)
    .filter((f) => f.endsWith('.css'))
    .reduce((sum, f) => sum + gzipSync(readFileSync(join(assets, f)), { level: 9 }).length, 0);
  console.log('JavaScript shipped (all scripts of the build):');
  console.log(
    `  ${scripts.length} file(s), ${kb(raw)} raw, ${kb(gzipped)} gzipped (target < 300 KB: ${gzipped < 300 * 1024 ? 'met' : 'MISSED'}); style sheets ${kb(css)} gzipped\n`,
  );
}

async function profileApi(url: string): Promise<void> {
  const paths = [
    `/api/regions/${REGION}`,
    `/api/regions/${REGION}/helix`,
    `/api/regions/${REGION}/keyareas?taxonomy=topsectoren-2011&measure=participations&reference=NL`,
    `/api/regions/${REGION}/index`,
    `/api/regions/${REGION}/sme`,
  ];
  console.log(
    `Region profile API (${REGION}), ${CONNECTIONS} concurrent clients, ${SECONDS} s per endpoint:`,
  );
  for (const path of paths) {
    // One request first, so that caches are as a user after the first visit finds them.
    await fetch(`${url}${path}`);
    const latencies: number[] = [];
    const result = await new Promise<{ total: number; non2xx: number; errors: number }>(
      (done, fail) => {
        const instance = autocannon(
          { url: `${url}${path}`, connections: CONNECTIONS, duration: SECONDS },
          (error, r) =>
            error
              ? fail(error)
              : done({ total: r.requests.total, non2xx: r.non2xx, errors: r.errors }),
        );
        instance.on('response', (_client, _status, _bytes, time) => latencies.push(time));
      },
    );
    latencies.sort((a, b) => a - b);
    const p = (q: number) =>
      latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? NaN;
    const p95 = p(0.95);
    console.log(
      `  ${path}\n    ${result.total} requests (${Math.round(result.total / SECONDS)}/s), p50 ${p(0.5).toFixed(1)} ms, p95 ${p95.toFixed(1)} ms, max ${latencies.at(-1)?.toFixed(1)} ms` +
        `${result.non2xx ? `, ${result.non2xx} non-2xx` : ''}${result.errors ? `, ${result.errors} errors` : ''} (target p95 < 50 ms: ${p95 < 50 ? 'met' : 'MISSED'})`,
    );
  }
}

function loadAverage(): string {
  return loadavg()
    .map((l) => l.toFixed(2))
    .join(', ');
}

function seconds(ms: number): string {
  return (ms / 1000).toFixed(1);
}

function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}
