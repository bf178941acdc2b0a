import { join } from 'node:path';
import { initialise } from '../../src/app/initialise.js';
import { IMPORTERS, runImport } from '../../src/importers/index.js';
import type { Store } from '../../src/storage/store.js';
import { openTestStore, sharedDataDir } from './test-store.js';

/** A test database with what `regiokracht init` writes (regions, starter content), no open data. */
export async function openInitialisedStore(now: () => Date): Promise<Store> {
  const store = await openTestStore();
  await initialise(store, { dataDir: sharedDataDir, now, log: () => undefined, openData: false });
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
