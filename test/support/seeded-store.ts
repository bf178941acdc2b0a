import { join } from 'node:path';
import { cbsPlacesImporter } from '../../src/importers/nl/cbs-places-importer.js';
import { runImport } from '../../src/importers/run-import.js';
import type { Store } from '../../src/storage/store.js';
import { seedKeyAreas } from './seed-key-areas.js';
import { seedNutsRegions } from './seed-regions.js';
import { openTestStore, sharedDataDir } from './test-store.js';

export interface SeededStoreOptions {
  /** Also the key-area taxonomies (templates that name key areas need them). */
  readonly keyAreas?: boolean;
  /** Also the CBS places (to place Dutch organisations by their city). */
  readonly places?: boolean;
}

/** A store on the test backend with the NUTS regions, and what `options` asks for besides. */
export async function openSeededStore(options: SeededStoreOptions = {}): Promise<Store> {
  const store = await openTestStore();
  await seedNutsRegions(store);
  if (options.keyAreas) await seedKeyAreas(store);
  if (options.places)
    await runImport(
      store,
      cbsPlacesImporter,
      join(sharedDataDir, 'nl', 'nl_woonplaats_gemeente_corop_2024.csv'),
    );
  return store;
}
