import type { Command } from 'commander';
import type { Store } from '../storage/store.js';
import { configFrom, withStore } from './context.js';
import { printJson } from './output.js';

/** What a command on one record does: its name and help, the record it reads or writes, its text. */
export interface RecordCommandSpec<R> {
  readonly name: string;
  readonly description: string;
  /** The record's argument: its name in the help (`<id>`, `<visit>`) and what it is. */
  readonly argument: readonly [name: string, description: string];
  /** The help of `--json`. */
  readonly json: string;
  readonly run: (store: Store, id: string) => Promise<R>;
  /** Prints the record as text (without `--json`). */
  readonly print: (record: R) => void;
}

/**
 * Adds to `group` a command that reads or changes one record named by its id and prints it, or
 * with `--json` prints it as JSON.
 *
 * @example recordCommand(practice, { name: 'show', argument: ['<id>', 'practice id'], ... })
 */
export function recordCommand<R>(group: Command, spec: RecordCommandSpec<R>): Command {
  return group
    .command(spec.name)
    .description(spec.description)
    .argument(...spec.argument)
    .option('--json', spec.json)
    .action(async (id: string, options: { json?: boolean }, command: Command) => {
      await withStore(configFrom(command), async (store) => {
        const record = await spec.run(store, id);
        if (options.json) printJson(record);
        else spec.print(record);
      });
    });
}
