import { resolve } from 'node:path';

/** Everything the environment can set, read once at start-up. Command-line flags override it. */
export interface Config {
  /** SQLite file used when no DATABASE_URL is set. */
  readonly dbPath: string;
  /** PostgreSQL connection string; when set, PostgreSQL is used instead of SQLite. */
  readonly databaseUrl: string | undefined;
  /** Where the open data files are read from. */
  readonly dataDir: string;
  readonly port: number;
  readonly host: string;
  /** Secure on the session cookies: 'auto' (when the request came over https), or always/never. */
  readonly secureCookies: 'auto' | boolean;
  /** Behind a reverse proxy: trust X-Forwarded-For and X-Forwarded-Proto. */
  readonly trustProxy: boolean;
  /** Write a JSON log line per request (secrets redacted) to standard output. */
  readonly logRequests: boolean;
}

/** Reads the configuration from an environment (process.env by default). */
export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const port = Number(env.PORT ?? 3000);
  return {
    dbPath: resolve(env.REGIOKRACHT_DB ?? 'data/regiokracht.db'),
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: resolve(env.REGIOKRACHT_DATA_DIR ?? 'data/open'),
    port: Number.isInteger(port) && port > 0 ? port : 3000,
    host: env.HOST ?? '127.0.0.1',
    secureCookies:
      env.REGIOKRACHT_SECURE_COOKIES === 'true'
        ? true
        : env.REGIOKRACHT_SECURE_COOKIES === 'false'
          ? false
          : 'auto',
    trustProxy: env.REGIOKRACHT_TRUST_PROXY === 'true',
    logRequests: env.REGIOKRACHT_LOG_REQUESTS === 'true',
  };
}
