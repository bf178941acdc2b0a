/**
 * `npm run bench:load`: the server under load, on SQLite and on PostgreSQL, with real data.
 *
 * For each backend it starts `regiokracht serve` (the built CLI, dist/) as a child process, signs
 * in an analyst, and measures with autocannon (BENCH_SECONDS each, default 10):
 *
 * 1. reads (a region's helix figures, a page of good practices, a page of indicators, in turn) at
 *    50 and 200 connections;
 * 2. writes (new good practices, signed in) at 50 and 200 connections;
 * 3. /api/health at 5 connections on its own (the peer), then while other clients keep asking for
 *    the Netherlands' network with a new seed each time (anonymous: refused; signed in: computed),
 *    the participations CSV export and Twente's dossier PDF. These health figures are measured by
 *    clients of its own that also count an answer still awaited when the time is up (autocannon
 *    leaves those out); each is printed beside the peer at the end.
 *
 * The target (issue 16): /api/health p99 under 50 ms while the expensive reads run.
 *
 * SQLite: BENCH_DB (default ../db/full.db), copied to a temporary file first. PostgreSQL:
 * DATABASE_URL, a database holding the same data (e.g. restored from a logical backup of it);
 * left out when unset. Writes add good practices titled "Belastingtest …" there.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { copyFile, mkdtemp, rm } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import autocannon from 'autocannon';
import { openStore } from '../src/main.js';
import { addUser } from '../src/services/accounts/add-user.js';

const ROOT = process.cwd();
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const SQLITE_SOURCE = resolve(process.env.BENCH_DB ?? join(ROOT, '..', 'db', 'full.db'));
const PASSWORD = 'belasting-meten-2026';

interface Server {
  readonly url: string;
  readonly child: ChildProcess;
}

interface Figures {
  readonly scenario: string;
  readonly connections: number;
  readonly perSecond: number;
  readonly p50: number;
  readonly p99: number;
  readonly max: number;
  readonly statuses: Record<number, number>;
}

async function serve(env: Record<string, string>): Promise<Server> {
  const child = spawn(process.execPath, ['bin/regiokracht.js', 'serve', '--port', '0'], {
    cwd: ROOT,
    env: { ...process.env, ...env, REGIOKRACHT_DATA_DIR: '/nonexistent' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  for await (const line of createInterface({ input: child.stdout! })) {
    const url = /serves (http:\/\/\S+)/.exec(line)?.[1];
    if (url) return { url, child };
  }
  throw new Error('the server ended before it listened');
}

async function signIn(url: string, login: string): Promise<Record<string, string>> {
  const response = await fetch(`${url}/api/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ login, password: PASSWORD }),
  });
  if (response.status !== 200)
    throw new Error(`log-in: ${response.status} ${await response.text()}`);
  const cookie = response.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  const { csrf_token } = (await response.json()) as { csrf_token: string };
  return { cookie, 'x-csrf-token': csrf_token };
}

/**
 * Waits until the server has worked off what the last measurement left queued (autocannon stops
 * sending, not the server answering): /api/health answers within 100 ms, for up to a minute.
 */
async function settled(origin: string): Promise<void> {
  const until = Date.now() + 60_000;
  while (Date.now() < until) {
    const started = performance.now();
    await (await fetch(`${origin}/api/health`)).arrayBuffer();
    if (performance.now() - started < 100) return;
  }
}

async function measure(
  scenario: string,
  options: Parameters<typeof autocannon>[0],
  settle = true,
): Promise<Figures> {
  if (settle) await settled(new URL(options.url).origin);
  const statuses: Record<number, number> = {};
  return new Promise((done, fail) => {
    const instance = autocannon({ duration: SECONDS, ...options }, (error, result) => {
      if (error) return fail(error);
      done({
        scenario,
        connections: options.connections ?? 10,
        perSecond: result.requests.average,
        p50: result.latency.p50,
        p99: result.latency.p99,
        max: result.latency.max,
        statuses,
      });
    });
    instance.on('response', (_client, status) => {
      statuses[status] = (statuses[status] ?? 0) + 1;
    });
  });
}

/** Asks for `path` again and again until `until`, one request at a time; counts the answers. */
async function keepAsking(
  until: number,
  next: () => { path: string; headers?: Record<string, string> },
  url: string,
): Promise<Record<number, number>> {
  const statuses: Record<number, number> = {};
  while (Date.now() < until) {
    const { path, headers } = next();
    const response = await fetch(`${url}${path}`, headers ? { headers } : {});
    await response.arrayBuffer();
    statuses[response.status] = (statuses[response.status] ?? 0) + 1;
  }
  return statuses;
}

/**
 * /api/health asked by `connections` clients, each again as soon as it has its answer, until
 * `until`. Unlike autocannon's figures, an answer still awaited at the end is waited for and
 * counted: a request held up past the end of the measurement is the slowest, not left out.
 */
async function healthProbe(
  scenario: string,
  url: string,
  until: number,
  connections = 5,
): Promise<Figures> {
  const latencies: number[] = [];
  const statuses: Record<number, number> = {};
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (Date.now() < until) {
        const started = performance.now();
        const response = await fetch(`${url}/api/health`);
        await response.arrayBuffer();
        latencies.push(performance.now() - started);
        statuses[response.status] = (statuses[response.status] ?? 0) + 1;
      }
    }),
  );
  latencies.sort((a, b) => a - b);
  const at = (q: number) =>
    Math.round(latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? NaN);
  return {
    scenario,
    connections,
    perSecond: latencies.length / SECONDS,
    p50: at(0.5),
    p99: at(0.99),
    max: Math.round(latencies.at(-1) ?? NaN),
    statuses,
  };
}

async function healthWhile(
  url: string,
  label: string,
  work: Record<string, () => { path: string; headers?: Record<string, string> }>,
): Promise<Figures> {
  await settled(url);
  const until = Date.now() + SECONDS * 1000;
  const [health, ...loops] = await Promise.all([
    healthProbe(`/api/health while ${label}`, url, until),
    ...Object.values(work).map((next) => keepAsking(until, next, url)),
  ]);
  const names = Object.keys(work);
  const background = loops.map((s, i) => `${names[i]} ${JSON.stringify(s)}`).join('; ');
  return { ...health, scenario: `${health.scenario} (${background})` };
}

async function run(backend: string, env: Record<string, string>): Promise<Figures[]> {
  const store = await openStore({
    dbPath: env.REGIOKRACHT_DB ?? '',
    databaseUrl: env.DATABASE_URL || undefined,
  });
  const login = `belasting-${Date.now()}@example.test`;
  await addUser(
    { store, now: () => new Date() },
    { login, name: 'Belastingtest', role: 'analyst', regions: [], password: PASSWORD },
  );
  await store.close();
  const server = await serve(env);
  try {
    const session = await signIn(server.url, login);
    const figures: Figures[] = [];
    const reads = [
      '/api/regions/NL213/helix',
      '/api/practices?limit=20',
      '/api/indicators?limit=20',
    ].map((path) => ({ path }));
    // Each path once, so that the figures below are not first computations.
    for (const { path } of reads) await (await fetch(`${server.url}${path}`)).arrayBuffer();
    let n = 0;
    const write = {
      method: 'POST',
      path: '/api/practices',
      headers: { ...session, 'content-type': 'application/json' },
      setupRequest: (request: { body?: string }) => ({
        ...request,
        body: JSON.stringify({
          title: `Belastingtest ${backend} ${process.pid} ${n++}`,
          region: 'NL213',
          topic: 1,
          description: 'Geschreven tijdens de belastingmeting.',
        }),
      }),
    };
    for (const connections of [50, 200]) {
      figures.push(await measure('reads', { url: server.url, connections, requests: reads }));
      figures.push(await measure('writes', { url: server.url, connections, requests: [write] }));
    }
    figures.push(
      await (async () => {
        await settled(server.url);
        return healthProbe('/api/health alone (peer)', server.url, Date.now() + SECONDS * 1000);
      })(),
    );
    let seed = 1000;
    const expensive = {
      // Every participation (144,726 rows, 17 MB of CSV): the longest export there is.
      export: () => ({ path: '/api/export/participations.csv' }),
      dossier: () => ({ path: '/api/regions/NL213/dossier.pdf' }),
    };
    figures.push(
      await healthWhile(server.url, 'anonymous new seeds, export and dossier run', {
        ...expensive,
        'network (anonymous, new seeds)': () => ({
          path: `/api/regions/NL/network?seed=${seed++}`,
        }),
      }),
    );
    figures.push(
      await healthWhile(server.url, 'signed-in new seeds, export and dossier run', {
        ...expensive,
        'network (signed in, new seeds)': () => ({
          path: `/api/regions/NL/network?seed=${seed++}`,
          headers: session,
        }),
      }),
    );
    return figures;
  } finally {
    server.child.kill('SIGTERM');
    await new Promise((done) => server.child.once('exit', done));
  }
}

function report(backend: string, figures: readonly Figures[]): void {
  console.log(`\n${backend}`);
  for (const f of figures)
    console.log(
      `  ${f.scenario}, ${f.connections} connections: ${f.perSecond.toFixed(0)} req/s, p50 ${f.p50} ms, p99 ${f.p99} ms, max ${f.max} ms, answers ${JSON.stringify(f.statuses)}`,
    );
  // The peer of each figure below is /api/health alone, measured in the same run.
  const alone = figures.find((f) => f.scenario.startsWith('/api/health alone'));
  for (const f of figures.filter((f) => f.scenario.startsWith('/api/health while'))) {
    const what = f.scenario.replace(/^\/api\/health while /, '').replace(/ \(.*$/, '');
    console.log(
      `  health p99 while ${what}: ${f.p99} ms beside ${alone?.p99 ?? '?'} ms alone (${alone && alone.p99 > 0 ? (f.p99 / alone.p99).toFixed(1) : '?'}x); target under 50 ms: ${f.p99 < 50 ? 'met' : 'not met'}; ${f.statuses[200] ?? 0} answers in ${SECONDS} s`,
    );
  }
}

console.log(
  `bench:load on ${cpus().length} cores, load average ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}; ${SECONDS} s per measurement`,
);
const dir = await mkdtemp(join(tmpdir(), 'regiokracht-load-'));
try {
  const dbPath = join(dir, 'regiokracht.db');
  await copyFile(SQLITE_SOURCE, dbPath);
  report('SQLite', await run('sqlite', { REGIOKRACHT_DB: dbPath, DATABASE_URL: '' }));
  if (process.env.DATABASE_URL)
    report('PostgreSQL', await run('postgres', { DATABASE_URL: process.env.DATABASE_URL }));
  else console.log('\nPostgreSQL: left out (DATABASE_URL is not set)');
} finally {
  await rm(dir, { recursive: true, force: true });
}
