import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { initialise } from '../../src/app/initialise.js';
import { AnalyticsService } from '../../src/services/analytics/analytics-service.js';
import {
  exportFile,
  type ExportFile,
  type ExportRequest,
} from '../../src/services/export/export-file.js';
import type { Store } from '../../src/storage/store.js';
import { bodyText, seedTestIndicator, seedTrickyParticipations } from './export-fixture.js';
import { loadSmallNetwork } from './small-network.js';
import { openTestStore, sharedDataDir } from './test-store.js';

/** The database and scratch folder of the export tests, with the export call on them. */
export interface HandMadeExport {
  /** The database (set once the suite's `beforeAll` has run). */
  readonly store: Store;
  /** A scratch folder for files written back (removed after the suite). */
  readonly dir: string;
  exported(request: ExportRequest): Promise<ExportFile>;
  /** The export's body as text. */
  text(request: ExportRequest): Promise<string>;
}

/**
 * Opens a test database in the suite's `beforeAll` with the regions, the small network, the tricky
 * participations and the hand-made indicator, and closes it after the suite; exports run with the
 * clock at `now`.
 */
export function useHandMadeExport(now: () => Date): HandMadeExport {
  let store: Store | undefined;
  let dir: string | undefined;
  beforeAll(async () => {
    store = await openTestStore();
    await initialise(store, { dataDir: sharedDataDir, now, log: () => undefined, openData: false });
    await loadSmallNetwork(store);
    await seedTrickyParticipations(store);
    await seedTestIndicator(store);
    dir = await mkdtemp(join(tmpdir(), 'regiokracht-export-'));
  });
  afterAll(async () => {
    await store?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });
  const data: HandMadeExport = {
    get store() {
      if (!store) throw new Error('the export database opens in beforeAll');
      return store;
    },
    get dir() {
      if (!dir) throw new Error('the scratch folder is made in beforeAll');
      return dir;
    },
    exported: (request) =>
      exportFile({ store: data.store, analytics: new AnalyticsService(data.store, now) }, request),
    text: async (request) => bodyText((await data.exported(request)).body),
  };
  return data;
}
