import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll } from 'vitest';
import { initialise, type InitOptions } from '../../src/app/initialise.js';
import type { Role } from '../../src/domain/role.js';
import { createApp, type AppDeps } from '../../src/http/create-app.js';
import type { Store } from '../../src/storage/store.js';
import { sessionAs, type SessionHeaders } from './auth.js';
import { openTestStore, sharedDataDir } from './test-store.js';

/** The clock of the API tests unless a test brings its own: 28 November 2026, 10:00 UTC. */
export const TEST_NOW = (): Date => new Date('2026-11-28T10:00:00Z');

export interface TestAppOptions {
  /** Log in an account with this role; its headers are `session`. Without it, no one is logged in. */
  readonly role?: Role;
  /** The regions of a regional editor (`role: 'regional_editor'`). */
  readonly regions?: readonly string[];
  /** The API's clock (default TEST_NOW). */
  readonly now?: () => Date;
  /** The clock of the initialisation when it differs from the API's (default: the API's). */
  readonly initNow?: () => Date;
  /** Initialise the store: regions and starter content, no open data by default. */
  readonly init?: false | Partial<Omit<InitOptions, 'now' | 'log'>>;
  /** Runs on the store after the initialisation and before the application is built. */
  readonly seed?: (store: Store) => Promise<void>;
  /** Anything else the application takes (webRoot, auth, logStream, ...). */
  readonly app?: Partial<Omit<AppDeps, 'store' | 'now' | 'version'>>;
}

export interface TestApp {
  readonly app: FastifyInstance;
  readonly store: Store;
  /** The headers of the logged-in account (session cookie and CSRF token); undefined without `role`. */
  readonly session: SessionHeaders | undefined;
  /** The API's clock. */
  readonly now: () => Date;
  /** Creates another account and logs it in: the headers of its session. */
  readonly sessionAs: (role: Role, regions?: readonly string[]) => Promise<SessionHeaders>;
  /** Closes the application, then the store (dropping a PostgreSQL test schema). */
  readonly close: () => Promise<void>;
}

/**
 * The set-up of an API test in one call: a fresh test store on the test backend, initialised from
 * ../shared/data (regions and starter content, no open data unless asked), the HTTP application
 * on it (no web root), and with `role` an account of that role, logged in.
 *
 * @example
 *   const t = await buildTestApp({ role: 'analyst' });
 *   const response = await t.app.inject({ url: '/api/regions', headers: t.session });
 *   await t.close();
 */
export async function buildTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const now = options.now ?? TEST_NOW;
  const store = await openTestStore();
  let app: FastifyInstance | undefined;
  try {
    if (options.init !== false) {
      await initialise(store, {
        dataDir: sharedDataDir,
        openData: false,
        ...options.init,
        now: options.initNow ?? now,
        log: () => undefined,
      });
    }
    if (options.seed) await options.seed(store);
    app = await createApp({ webRoot: '/nonexistent', ...options.app, store, version: 'test', now });
    const built = app;
    const session = options.role
      ? await sessionAs(built, store, options.role, options.regions ?? [])
      : undefined;
    return {
      app: built,
      store,
      session,
      now,
      sessionAs: (role, regions = []) => sessionAs(built, store, role, regions),
      close: async () => {
        try {
          await built.close();
        } finally {
          await store.close();
        }
      },
    };
  } catch (error) {
    await app?.close();
    await store.close();
    throw error;
  }
}

/**
 * The set-up of the API tests of a `describe` in one line: the application of `buildTestApp` is
 * built before the first test and closed after the last. The handle's fields are read in the
 * tests (and in later `beforeAll` hooks), once it is built.
 *
 * @example
 *   describe('regions', () => {
 *     const t = useTestApp({ seed: seedWebApiFixtures });
 *     it('lists them', async () => {
 *       expect((await t.app.inject({ url: '/api/regions' })).statusCode).toBe(200);
 *     });
 *   });
 */
export function useTestApp(options: TestAppOptions = {}, timeout?: number): TestApp {
  let built: TestApp | undefined;
  beforeAll(async () => {
    built = await buildTestApp(options);
  }, timeout);
  afterAll(() => built?.close());
  const current = (): TestApp => {
    if (!built) throw new Error('the test application is built in beforeAll, before the tests');
    return built;
  };
  return {
    get app() {
      return current().app;
    },
    get store() {
      return current().store;
    },
    get session() {
      return current().session;
    },
    get now() {
      return current().now;
    },
    sessionAs: (role, regions) => current().sessionAs(role, regions),
    close: () => current().close(),
  };
}
