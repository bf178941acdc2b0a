import type { Command } from 'commander';
import { RegiokrachtError } from '../../domain/errors.js';
import { configFrom, packageVersion, storeFor } from '../context.js';
import { wallMs } from '../wall-time.js';
import { pullIfNoData } from './data.js';

interface ServeOptions {
  port?: string;
  host?: string;
  pullFrom?: string;
}

/** `regiokracht serve`: serves the application; initialises an empty database first. */
export function serveCommand(program: Command): void {
  program
    .command('serve')
    .description(
      'serve the web application and the API (initialises an empty database from the data directory first)',
    )
    .option('-p, --port <port>', 'port to listen on (env PORT)', undefined)
    .option('--host <host>', 'address to listen on (env HOST)', undefined)
    .option(
      '--pull-from <dir-or-url>',
      'when the data directory is missing or empty: pull the open data set from this mirror instead of the publishers',
    )
    .action(async (options: ServeOptions, command: Command) => {
      const config = configFrom(command);
      const port = options.port === undefined ? config.port : Number(options.port);
      if (!Number.isInteger(port) || port < 0 || port > 65535) {
        throw new RegiokrachtError(
          'INVALID_INPUT',
          `--port ${options.port} is not a port number; use e.g. --port 3000`,
        );
      }
      // The web server's modules load while the database opens.
      const appModule = import('../../http/create-app.js');
      appModule.catch(() => undefined);
      const store = await storeFor(config, { create: true });
      try {
        const regions = await store.db.selectFrom('regions').select('code').limit(1).execute();
        if (regions.length === 0) {
          // A fresh machine has no data yet: fetch it before anything reads the data directory.
          // A populated database needs neither the data directory nor the network.
          await pullIfNoData(config.dataDir, options.pullFrom);
          const { initialise } = await import('../../app/initialise.js');
          const { importProgressBar } = await import('../progress.js');
          console.log(
            `First run: initialising the ${store.backend} database ${store.location} from ${config.dataDir}`,
          );
          const progress = importProgressBar();
          try {
            await initialise(store, {
              dataDir: config.dataDir,
              now: () => new Date(),
              log: (line) => {
                progress.stop();
                console.log(line);
              },
              onProgress: progress.onProgress,
            });
          } finally {
            progress.stop();
          }
        }
        const { createApp } = await appModule;
        const app = await createApp({
          store,
          version: packageVersion(),
          now: () => new Date(),
          logger: config.logRequests,
          auth: { secureCookies: config.secureCookies },
          trustProxy: config.trustProxy,
          refreshFigures: true,
        });
        const close = async () => {
          await app.close();
          await store.close();
          process.exit(0);
        };
        process.once('SIGINT', () => void close());
        process.once('SIGTERM', () => void close());
        const address = await app.listen({ port, host: options.host ?? config.host });
        console.log(
          `Regiokracht serves ${address} (${store.backend}; ready ${wallMs()} ms after start)`,
        );
      } catch (error) {
        await store.close();
        throw error;
      }
    });
}
