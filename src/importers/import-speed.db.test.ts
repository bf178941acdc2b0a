import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { seedNutsRegions } from '../../test/support/seed-regions.js';
import { sharedDataDir } from '../../test/support/test-store.js';
import { openStore } from '../main.js';
import type { Store, StoreTx } from '../storage/store.js';
import { IMPORTERS, importDataDirectory } from './index.js';
import { runImport } from './run-import.js';

/**
 * Import speed on a fresh SQLite file, as `regiokracht` runs it: wall time, CPU time, and the
 * share spent inside `tx.upsert`. Opt-in (REGIOKRACHT_BENCH=1): it measures, it does not test.
 */
describe.skipIf(!process.env.REGIOKRACHT_BENCH)('import speed into SQLite', () => {
  const cases: [kind: string, path: string[]][] = [
    ['cordis', ['cordis', 'h2020_participations_eunets.csv.gz']],
    ['cordis', ['cordis', 'h2020_organisations_2017_odfest.csv']],
    ['eurostat', ['eurostat', 'eurostat_regional_innovation_indicators_long.csv']],
    ['eurostat', ['official', 'eurostat_tsv', 'nama_10r_3gdp.tsv']],
    ['cbs-places', ['nl', 'nl_woonplaats_gemeente_corop_2024.csv']],
    ['tercet', ['official', 'tercet', 'pc2024_DE_NUTS-2024_v1.0.csv']],
  ];
  for (const [kind, path] of cases) {
    it(`${kind} ${path.at(-1)}`, async () => {
      const dir = await mkdtemp(join(tmpdir(), 'regiokracht-speed-'));
      const store = await openStore({ dbPath: join(dir, 'speed.db') });
      await seedNutsRegions(store);
      if (kind === 'cordis' && path.at(-1)!.includes('organisations')) {
        await runImport(
          store,
          IMPORTERS['cbs-places']!,
          join(sharedDataDir, 'nl', 'nl_woonplaats_gemeente_corop_2024.csv'),
        );
      }
      let upsertMs = 0;
      let rowsWritten = 0;
      const timed: Store = {
        backend: store.backend,
        db: store.db,
        location: store.location,
        close: () => store.close(),
        transaction: (work) =>
          store.transaction((tx: StoreTx) =>
            work({
              db: tx.db,
              upsert: async (table, key, rows) => {
                const t = performance.now();
                const result = await tx.upsert(table, key, rows);
                upsertMs += performance.now() - t;
                rowsWritten += rows.length;
                return result;
              },
            }),
          ),
      };
      const cpu0 = process.cpuUsage();
      const t0 = performance.now();
      const summary = await runImport(timed, IMPORTERS[kind]!, join(sharedDataDir, ...path));
      const wall = (performance.now() - t0) / 1000;
      const cpu = process.cpuUsage(cpu0);
      const cpuSeconds = (cpu.user + cpu.system) / 1e6;
      console.log(
        `${kind} ${path.at(-1)}: ${summary.read} rows read, ${rowsWritten} written; wall ${wall.toFixed(2)} s = ${Math.round(summary.read / wall)} rows/s; CPU ${cpuSeconds.toFixed(2)} s = ${Math.round(summary.read / cpuSeconds)} rows/s; in tx.upsert ${(upsertMs / 1000).toFixed(2)} s (${Math.round((100 * upsertMs) / 1000 / wall)}%)`,
      );
      expect(summary.read).toBeGreaterThan(0);
      await store.close();
    });
  }

  it('everything in the shared data directory', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'regiokracht-speed-'));
    const store = await openStore({ dbPath: join(dir, 'all.db') });
    await seedNutsRegions(store);
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    const result = await importDataDirectory(store, sharedDataDir, {
      onFile: (s) => {
        // With node --expose-gc, heap figures after a full collection (what is really retained).
        (globalThis as { gc?: () => void }).gc?.();
        const memory = process.memoryUsage();
        console.log(
          `  ${s.file.slice(sharedDataDir.length + 1)}: ${s.read} rows, ${s.inserted} inserted; rss ${Math.round(memory.rss / 1e6)} MB, heap ${Math.round(memory.heapUsed / 1e6)} MB`,
        );
      },
    });
    const wall = (performance.now() - t0) / 1000;
    const cpu = process.cpuUsage(cpu0);
    console.log(
      `all of shared/data: ${result.summaries.length} files in ${wall.toFixed(1)} s wall, ${((cpu.user + cpu.system) / 1e6).toFixed(1)} s CPU; max RSS ${Math.round(process.resourceUsage().maxRSS / 1024)} MB; refused: ${result.refused.length}`,
    );
    expect(result.refused).toEqual([]);
    await store.close();
  }, 600_000);
});
