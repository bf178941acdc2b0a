import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { cordisImporter } from '../../../src/importers/cordis/cordis-importer.js';
import { eurostatImporter } from '../../../src/importers/eurostat/eurostat-importer.js';
import { cbsPlacesImporter } from '../../../src/importers/nl/cbs-places-importer.js';
import { runImport } from '../../../src/importers/run-import.js';
import { initialise } from '../../../src/services/init/initialise.js';
import type { Store } from '../../../src/storage/store.js';

type ImportDataDirectory = (
  store: Store,
  dataDir: string,
  options: { onProgress?: (progress: unknown) => void },
) => Promise<unknown>;

/**
 * Loads the real data of a data directory the way `regiokracht init` does: regions and starter
 * content, then the open data. Uses the importers' `importDataDirectory` when it exists; until
 * then, runs the individual importers on the files the web application needs (CBS places, CORDIS
 * H2020, Eurostat), in the order that places organisations in their regions.
 */
export async function loadDataDirectory(
  store: Store,
  dataDir: string,
  now: () => Date,
  log: (line: string) => void = () => undefined,
): Promise<'importDataDirectory' | 'importers'> {
  await initialise(store, { dataDir, now, log });
  const modulePath = new URL('../../../src/importers/index.ts', import.meta.url);
  if (existsSync(modulePath)) {
    const module = (await import(modulePath.href)) as { importDataDirectory?: ImportDataDirectory };
    if (typeof module.importDataDirectory === 'function') {
      await module.importDataDirectory(store, dataDir, {});
      return 'importDataDirectory';
    }
  }
  const files: [typeof cordisImporter, string][] = [
    [cbsPlacesImporter, join(dataDir, 'nl', 'nl_woonplaats_gemeente_corop_2024.csv')],
    [cordisImporter, join(dataDir, 'cordis', 'h2020_participations_eunets.csv.gz')],
    [cordisImporter, join(dataDir, 'cordis', 'h2020_organisations_2017_odfest.csv')],
    [cordisImporter, join(dataDir, 'cordis', 'h2020_programme_parts_eunets.csv.gz')],
    [
      eurostatImporter,
      join(dataDir, 'eurostat', 'eurostat_regional_innovation_indicators_long.csv'),
    ],
    [
      eurostatImporter,
      join(dataDir, 'eurostat', 'eurostat_nuts2_2016_indicators_2007_2018_long.csv'),
    ],
  ];
  for (const [importer, file] of files) {
    if (!existsSync(file)) continue;
    const started = performance.now();
    try {
      const summary = await runImport(store, importer, file, { clock: now });
      log(`${file}: ${summary.read} rows in ${Math.round(performance.now() - started)} ms`);
    } catch (error) {
      // A file the importers refuse leaves the database as it was; the pages then show what is missing.
      log(`${file}: not imported: ${(error as Error).message}`);
    }
  }
  return 'importers';
}
