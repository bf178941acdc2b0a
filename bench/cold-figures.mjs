// @ts-check
/**
 * One cold run of the figures, in a process of its own, with the built code (dist/) as the
 * `regiokracht` command line and server run it: opens the database given, then computes every
 * topic 1-3 figure (helix, network, key areas, index, clusters) of each Dutch NUTS2 and NUTS3
 * region with a service that neither reads nor writes the stored figures, and prints
 * `{"regions": N, "ms": T, "mainThreadCpuMs": C}` (T: wall time of the computation, from the
 * first figure asked for to the last; C: CPU time of the main thread meanwhile, on Linux).
 * bench/analytics.ts runs it.
 *
 *   node bench/cold-figures.mjs DATABASE
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';

const { openStore } = await import('../dist/main.js');
const { AnalyticsService } = await import('../dist/services/analytics/analytics-service.js');

/** CPU seconds the main thread has run (Linux's schedstat); NaN elsewhere. */
const mainThreadCpu = () => {
  try {
    const stat = readFileSync(`/proc/self/task/${process.pid}/schedstat`, 'utf8');
    return Number(stat.split(' ')[0]) / 1e6;
  } catch {
    return NaN;
  }
};

const dbPath = process.argv[2];
if (!dbPath) throw new Error('usage: node bench/cold-figures.mjs DATABASE');
const store = await openStore({ dbPath });
try {
  const dutch = (
    await store.db
      .selectFrom('regions')
      .select('code')
      .where('country_code', '=', 'NL')
      .where('level', 'in', [2, 3])
      .orderBy('code')
      .execute()
  ).map((r) => r.code);
  const service = new AnalyticsService(store, undefined, { storeFigures: false });
  const cpu = mainThreadCpu();
  const started = performance.now();
  for (const code of dutch) {
    await service.helix(code);
    await service.network(code);
    await service.keyAreas(code);
    await service.regionIndex(code);
    await service.clusters(code);
  }
  const ms = performance.now() - started;
  console.log(
    JSON.stringify({ regions: dutch.length, ms, mainThreadCpuMs: mainThreadCpu() - cpu }),
  );
} finally {
  await store.close();
}
