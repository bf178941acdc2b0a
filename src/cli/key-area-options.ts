import type { Command } from 'commander';

/** The key-area taxonomy and measure a command was given. */
export interface KeyAreaChoice {
  taxonomy?: string;
  measure?: string;
}

/** Adds `--taxonomy` and `--measure`: which key areas, and what is counted in them. */
export function keyAreaOptions(command: Command): Command {
  return command
    .option(
      '--taxonomy <id>',
      'key-area taxonomy: topsectoren-2011 (default) or sleutelgebieden-2004',
    )
    .option('--measure <m>', 'participations (default), ec_contribution or organisations');
}

/** The taxonomy and measure given, for the analytics service; one not given stays absent. */
export function keyAreaChoice(options: KeyAreaChoice): KeyAreaChoice {
  return {
    ...(options.taxonomy ? { taxonomy: options.taxonomy } : {}),
    ...(options.measure ? { measure: options.measure } : {}),
  };
}
