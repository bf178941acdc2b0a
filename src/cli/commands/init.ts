import type { Command } from 'commander';
import { initialise } from '../../services/init/initialise.js';
import { configFrom, withStore } from '../context.js';

/** `regiokracht init`: creates or updates the database and loads the data directory. */
export function initCommand(program: Command): void {
  program
    .command('init')
    .description(
      'create or update the database and load regions, open data and starter content from the data directory',
    )
    .action(async (_options: unknown, command: Command) => {
      const config = configFrom(command);
      await withStore(config, async (store) => {
        console.log(`Database: ${store.backend} ${store.location}`);
        await initialise(store, {
          dataDir: config.dataDir,
          now: () => new Date(),
          log: (line) => console.log(line),
        });
      });
    });
}
