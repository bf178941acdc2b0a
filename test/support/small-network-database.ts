import { initialise } from '../../src/app/initialise.js';
import { openStore } from '../../src/main.js';
import type { Store } from '../../src/storage/store.js';
import { loadSmallNetwork } from './small-network.js';
import { sharedDataDir } from './test-store.js';

/**
 * Writes a SQLite database file for command-line tests: the regions and starter content (no open
 * data files), as of 28 November 2026, {@link loadSmallNetwork}'s projects, and what `seed` adds.
 */
export async function writeSmallNetworkDatabase(
  dbPath: string,
  seed: (store: Store) => Promise<void> = async () => undefined,
): Promise<void> {
  const store = await openStore({ dbPath });
  try {
    const now = () => new Date('2026-11-28T09:00:00Z');
    await initialise(store, { dataDir: sharedDataDir, now, log: () => undefined, openData: false });
    await loadSmallNetwork(store);
    await seed(store);
  } finally {
    await store.close();
  }
}
