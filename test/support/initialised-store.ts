import { join } from 'node:path';
import { initialise } from '../../src/app/initialise.js';
import { IMPORTERS, runImport } from '../../src/importers/index.js';
import type { Store } from '../../src/storage/store.js';
import { openTestStore, sharedDataDir } from './test-store.js';

/** What the test initialisation may add: the starter good practices (left out by default). */
export interface TestInitialiseOptions {
  readonly starterPractices?: boolean;
}

/** Writes what `regiokracht init` writes (regions, starter content) without the open data. */
export async function initialiseTestStore(
  store: Store,
  now: () => Date,
  options: TestInitialiseOptions = {},
): Promise<void> {
  await initialise(store, {
    dataDir: sharedDataDir,
    now,
    log: () => undefined,
    openData: false,
    ...options,
  });
}

/** A test database with what `regiokracht init` writes (regions, starter content), no open data. */
export async function openInitialisedStore(
  now: () => Date,
  options: TestInitialiseOptions = {},
): Promise<Store> {
  const store = await openTestStore();
  await initialiseTestStore(store, now, options);
  return store;
}

/**
 * Imports the real H2020 data as `regiokracht init` places it: the CBS place table (Dutch
 * organisations at NUTS 3), the CORDIS organisations, participations and programme parts.
 */
export async function importRealH2020(store: Store, now: () => Date): Promise<void> {
  const cordis = join(sharedDataDir, 'cordis');
  const files: [string, string][] = [
    ['cbs-places', join(sharedDataDir, 'nl', 'nl_woonplaats_gemeente_corop_2024.csv')],
    ['cordis', join(cordis, 'h2020_organisations_2017_odfest.csv')],
    ['cordis', join(cordis, 'h2020_participations_eunets.csv.gz')],
    ['cordis', join(cordis, 'h2020_programme_parts_eunets.csv.gz')],
  ];
  for (const [kind, file] of files) await runImport(store, IMPORTERS[kind]!, file, { clock: now });
}
