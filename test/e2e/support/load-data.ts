import { initialise } from '../../../src/app/initialise.js';
import type { Store } from '../../../src/storage/store.js';

/**
 * Loads a data directory the way `regiokracht init` does: the NUTS regions, the starter content
 * and every open data file (Eurostat, CORDIS, CBS places, TERCET postcodes). Files the importers
 * refuse leave the database as it was (`openData: false`: regions and starter content only); they are logged, and the pages then show what is missing.
 */
export async function loadDataDirectory(
  store: Store,
  dataDir: string,
  now: () => Date,
  options: { readonly log?: (line: string) => void; readonly openData?: boolean } = {},
): Promise<{ refused: string[] }> {
  const summary = await initialise(store, {
    dataDir,
    now,
    log: options.log ?? (() => undefined),
    openData: options.openData ?? true,
  });
  return { refused: summary.openData?.refused.map((r) => r.file) ?? [] };
}
