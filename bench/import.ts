/**
 * npm run bench:import — loads everything in the data directory (default ../shared/data) into a
 * fresh SQLite database, the way `regiokracht init` does, and prints per file the rows read,
 * rows written, rows per second and the process's peak memory, then the totals.
 * Targets (PRODUCT.md): all of it under 20 s and 500 MB; the H2020 participations at
 * 150,000 rows/s or more.
 *
 *   tsx bench/import.ts [--data-dir DIR]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore } from '../src/main.js';
import { initialise } from '../src/services/init/initialise.js';
import { sharedDataDir } from '../test/support/test-store.js';

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

const store = await openStore({ dbPath });
const rows: string[][] = [['file', 'kind', 'read', 'written', 'seconds', 'rows/s', 'peak memory']];
let last = performance.now();
const started = last;
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
        Math.round(read / seconds).toLocaleString('en'),
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
clearInterval(sampler);
await store.close();
rmSync(dir, { recursive: true, force: true });

const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length)));
for (const r of rows)
  console.log(
    r.map((cell, c) => (c >= 2 ? cell.padStart(widths[c]!) : cell.padEnd(widths[c]!))).join('  '),
  );
console.log(
  `\nEverything in ${dataDir}: ${total.toFixed(1)} s (target < 20 s), peak memory ${mb(peak)} (target < 500 MB)`,
);
