import { join } from 'node:path';
import { beforeAll, expect } from 'vitest';
import { runCli } from './cli-run.js';
import { temporaryDirectory } from './temporary-directory.js';
import { sharedDataDir } from './test-store.js';

/** A temporary directory of a command-line test, and the database file in it. */
export interface CliDatabase {
  readonly dir: string;
  readonly db: string;
}

/**
 * A database file in a {@link temporaryDirectory} for the tests of the suite it is called in,
 * filled by `fill` before they run (`timeout`: how long that may take).
 */
export function cliDatabase(
  prefix: string,
  fill: (db: string) => Promise<void>,
  timeout?: number,
): CliDatabase {
  const dir = temporaryDirectory(prefix);
  const db = join(dir, 'regiokracht.db');
  beforeAll(() => fill(db), timeout);
  return { dir, db };
}

/** Fills a database file with the regions alone: `regiokracht init --regions-only`. */
export async function initRegionsOnly(db: string): Promise<void> {
  const init = await runCli('--db', db, '--data-dir', sharedDataDir, 'init', '--regions-only');
  expect(init.code, init.err).toBe(0);
}

/** Fills a database file with the regions, the CBS places and the real H2020 data. */
export async function initWithH2020(db: string): Promise<void> {
  const cordis = join(sharedDataDir, 'cordis');
  const steps: string[][] = [
    ['init', '--regions-only'],
    ['import', 'cbs-places', join(sharedDataDir, 'nl', 'nl_woonplaats_gemeente_corop_2024.csv')],
    [
      'import',
      'cordis',
      join(cordis, 'h2020_organisations_2017_odfest.csv'),
      join(cordis, 'h2020_participations_eunets.csv.gz'),
      join(cordis, 'h2020_programme_parts_eunets.csv.gz'),
    ],
  ];
  for (const step of steps) {
    const result = await runCli('--db', db, '--data-dir', sharedDataDir, ...step);
    expect(result.code, result.err).toBe(0);
  }
}
