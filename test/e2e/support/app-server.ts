import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { createApp } from '../../../src/http/create-app.js';
import { openStore } from '../../../src/main.js';
import type { Store } from '../../../src/storage/store.js';
import { loadDataDirectory } from './load-data.js';

/** A running Regiokracht server on loopback with the real data in a fresh SQLite file. */
export interface AppServer {
  readonly url: string;
  readonly store: Store;
  readonly app: FastifyInstance;
  /** Data files the importers refused (left out of the database). */
  readonly refused: readonly string[];
  close(): Promise<void>;
}

/**
 * Starts the application in-process on a free loopback port, on a temporary SQLite database
 * loaded from `dataDir`, serving the built web application from `webRoot` (dist/web by default).
 */
export async function startAppServer(options: {
  dataDir: string;
  webRoot?: string;
  /** Load the open data files too (default), or only the regions and the starter content. */
  openData?: boolean;
  now?: () => Date;
  log?: (line: string) => void;
}): Promise<AppServer> {
  const dir = await mkdtemp(join(tmpdir(), 'regiokracht-e2e-'));
  const store = await openStore({ dbPath: join(dir, 'regiokracht.db') });
  const now = options.now ?? (() => new Date());
  const { refused } = await loadDataDirectory(store, options.dataDir, now, {
    log: options.log,
    openData: options.openData,
  });
  const app = await createApp({ store, version: 'e2e', now, webRoot: options.webRoot });
  const url = await app.listen({ host: '127.0.0.1', port: 0 });
  return {
    url,
    store,
    app,
    refused,
    async close() {
      await app.close();
      await store.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
