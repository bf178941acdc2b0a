import { initialise } from '../src/app/initialise.js';
import { openStore } from '../src/main.js';
import type { Store } from '../src/storage/store.js';
import { sharedDataDir } from '../test/support/test-store.js';

/**
 * Opens the benchmark's database file, first building it from ../shared/data when it holds no
 * participations yet (so only the first run pays for it).
 */
export async function openBenchStore(
  dbPath: string,
  now: () => Date = () => new Date(),
): Promise<Store> {
  const store = await openStore({ dbPath });
  const participations = await store.db
    .selectFrom('participations')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  if (Number(participations.n) === 0) {
    console.log(`Building ${dbPath} from ${sharedDataDir} (once) ...`);
    await initialise(store, { dataDir: sharedDataDir, now, log: () => undefined });
  }
  return store;
}
