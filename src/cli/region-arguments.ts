import type { Command } from 'commander';
import { RegiokrachtError } from '../domain/errors.js';
import { isNutsShaped } from '../domain/nuts.js';
import { configFrom, withStore } from './context.js';

/**
 * Before any command runs: its `<region>` argument and `--region` option, when they name a region
 * rather than give its code (`helix Twente`), become that region's code, so every command takes a
 * name where it takes a code. An ambiguous name stops the command with the candidates, one line
 * each with its code. A code-shaped text that is no region is passed on unchanged, for the command
 * to refuse in its own words.
 */
export async function resolveRegionArguments(_program: Command, command: Command): Promise<void> {
  const positions = command.registeredArguments.flatMap((a, i) =>
    a.name() === 'region' && typeof command.processedArgs[i] === 'string' ? [i] : [],
  );
  const option: unknown = command.getOptionValue('region');
  if (positions.length === 0 && typeof option !== 'string') return;
  await withStore(configFrom(command), async (store) => {
    const { resolveRegionCode } = await import('../services/regions/region-search-service.js');
    const resolve = async (text: string): Promise<string> => {
      try {
        return await resolveRegionCode(store, text);
      } catch (error) {
        const code = text.trim().toUpperCase();
        if (error instanceof RegiokrachtError && error.code === 'NOT_FOUND' && isNutsShaped(code))
          return text;
        throw error;
      }
    };
    for (const i of positions) {
      command.processedArgs[i] = await resolve(command.processedArgs[i] as string);
    }
    if (typeof option === 'string') command.setOptionValue('region', await resolve(option));
  });
}
