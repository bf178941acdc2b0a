import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { readConfig, type Config } from '../config.js';
import { RegiokrachtError } from '../domain/errors.js';
import type { AnalyticsService } from '../services/analytics/analytics-service.js';
import type { Store } from '../storage/store.js';

/** The global options every command shares. */
export interface GlobalOptions {
  db?: string;
  dataDir?: string;
}

/** The configuration with the command line's global options applied over the environment. */
export function configFrom(command: Command): Config {
  const options = command.optsWithGlobals<GlobalOptions>();
  const config = readConfig();
  return {
    ...config,
    dbPath: options.db ? resolve(options.db) : config.dbPath,
    dataDir: options.dataDir ? resolve(options.dataDir) : config.dataDir,
  };
}

/** How a command opens the store. */
export interface OpenOptions {
  /**
   * Whether the command may create a new SQLite file (init, import, serve, user, restore). A
   * command that only reads refuses a file that does not exist, so a mistyped --db creates nothing.
   */
  readonly create?: boolean;
}

let job: string | undefined;

/**
 * Names the command this process runs (e.g. `import cbs-places`), so that a server write that
 * waits for its SQLite write lock can say what it waits for; `serve` names none.
 */
export function commandJobSet(action: Command): void {
  const names: string[] = [];
  for (let c: Command | null = action; c?.parent; c = c.parent) names.unshift(c.name());
  if (names[0] === 'serve') return;
  // An import's kind says which; other arguments (files, logins) are not the waiting writer's business.
  const kind = names[0] === 'import' ? action.args[0] : undefined;
  job = [...names, ...(kind ? [kind] : [])].join(' ');
}

/** Opens the configured store (PostgreSQL when DATABASE_URL is set, else the SQLite file). */
export async function storeFor(config: Config, options: OpenOptions = {}): Promise<Store> {
  if (!options.create && !config.databaseUrl) refuseMissingFile(config.dbPath);
  // Loaded here, not at start: --version, --help and a mistyped option need no database driver.
  const { openStore } = await import('../main.js');
  return openStore({ dbPath: config.dbPath, databaseUrl: config.databaseUrl, job });
}

function refuseMissingFile(dbPath: string): void {
  if (dbPath === ':memory:' || existsSync(dbPath)) return;
  throw new RegiokrachtError(
    'INVALID_INPUT',
    `there is no database at ${dbPath}: check --db (REGIOKRACHT_DB), or create it with \`regiokracht init\``,
  );
}

/**
 * The analytics service over `store`, loaded when a command first needs it (it brings the
 * analytics and network libraries, which only the analytics commands use).
 */
export async function analyticsFor(store: Store, now?: () => Date): Promise<AnalyticsService> {
  const { AnalyticsService } = await import('../services/analytics/analytics-service.js');
  return new AnalyticsService(store, now);
}

/** Runs `work` with an open store and closes it afterwards, whatever happens. */
export async function withStore<T>(
  config: Config,
  work: (store: Store) => Promise<T>,
  options: OpenOptions = {},
): Promise<T> {
  const store = await storeFor(config, options);
  try {
    return await work(store);
  } finally {
    await store.close();
  }
}

/**
 * Runs `work` with the analytics service over the store the command's options name, and closes the
 * store afterwards, whatever happens.
 */
export function withAnalytics<T>(
  command: Command,
  work: (analytics: AnalyticsService) => Promise<T>,
): Promise<T> {
  return withStore(configFrom(command), async (store) => work(await analyticsFor(store)));
}

/** As `withStore`, for the commands that may create the SQLite file (init, import, user add). */
export function withStoreCreated<T>(
  config: Config,
  work: (store: Store) => Promise<T>,
): Promise<T> {
  return withStore(config, work, { create: true });
}

/** The package version, for --version and the API description. */
export function packageVersion(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
    version: string;
  };
  return pkg.version;
}
