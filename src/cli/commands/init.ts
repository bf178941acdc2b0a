import type { Command } from 'commander';
import { RegiokrachtError } from '../../domain/errors.js';
import { configFrom, withStoreCreated } from '../context.js';
import { cliActor } from '../cli-actor.js';
import { wallSeconds } from '../wall-time.js';

/** `regiokracht init`: creates or updates the database and loads the data directory. */
export function initCommand(program: Command): void {
  program
    .command('init')
    .description(
      'create or update the database and load regions, open data and starter content from the data directory',
    )
    .option(
      '--regions-only',
      'load only the regions and the starter content, not the open data files',
    )
    .action(async (options: { regionsOnly?: boolean }, command: Command) => {
      const config = configFrom(command);
      const { initialise } = await import('../../app/initialise.js');
      const { importProgressBar } = await import('../progress.js');
      const { refreshFigures } = await import('../refresh-figures.js');
      // A database in memory lives as long as its connection: its figures are made on that one.
      const inMemory = !config.databaseUrl && config.dbPath === ':memory:';
      const result = await withStoreCreated(config, async (store) => {
        console.log(`Database: ${store.backend} ${store.location}`);
        const progress = importProgressBar();
        try {
          const loaded = await initialise(store, {
            dataDir: config.dataDir,
            now: () => new Date(),
            log: (line) => {
              progress.stop();
              console.log(line);
            },
            openData: !options.regionsOnly,
            onProgress: progress.onProgress,
            actor: cliActor(),
          });
          progress.stop();
          if (inMemory) await refreshFigures(store);
          return loaded;
        } finally {
          progress.stop();
        }
      });
      // On a connection of their own: closing the load's gives back the memory SQLite and its
      // statements held for it before the figures, the step that holds the most, begin.
      if (!inMemory) await withStoreCreated(config, refreshFigures);
      console.log(`Done in ${wallSeconds()}`);
      const refused = result.openData?.refused ?? [];
      if (refused.length > 0) {
        throw new RegiokrachtError(
          'IMPORT_REFUSED',
          `${refused.length} file(s) of the data directory were refused (see above); the others were loaded`,
          {
            details: refused.flatMap((r) => [r.error.message, ...r.error.details.slice(0, 5)]),
          },
        );
      }
    });
}
