import { afterAll, beforeAll } from 'vitest';
import type { Store } from '../../src/storage/store.js';
import { initialiseTestStore, type TestInitialiseOptions } from './initialised-store.js';
import { tableCounts } from './table-counts.js';
import { openTestStore } from './test-store.js';

/** The database of a suite that starts from what `regiokracht init` writes. */
export interface InitialisedStoreSuite {
  /** The database (set once the suite's `beforeAll` has run). */
  readonly store: Store;
  /**
   * Runs the initialisation again on the same database, as a second `regiokracht init` would, and
   * answers the row count of every table before and after it.
   */
  initialiseAgain(): Promise<{ before: Record<string, number>; after: Record<string, number> }>;
}

/**
 * Opens a test database in the suite's `beforeAll`, initialised with the clock at `now` (regions,
 * starter content, no open data), and closes it after the suite.
 */
export function useInitialisedStore(
  now: () => Date,
  options: TestInitialiseOptions = {},
): InitialisedStoreSuite {
  let store: Store | undefined;
  beforeAll(async () => {
    store = await openTestStore();
    await initialiseTestStore(store, now, options);
  });
  afterAll(() => store?.close());
  const suite: InitialisedStoreSuite = {
    get store() {
      if (!store) throw new Error('the database opens in beforeAll');
      return store;
    },
    async initialiseAgain() {
      const before = await tableCounts(suite.store);
      await initialiseTestStore(suite.store, now, options);
      return { before, after: await tableCounts(suite.store) };
    },
  };
  return suite;
}
