import type { Command } from 'commander';
import { RegiokrachtError } from '../../domain/errors.js';
import { analyticsFor, configFrom, withStore } from '../context.js';
import { formatTable, num, printJson } from '../output.js';

interface IndexOptions {
  level: string;
  year?: string;
  reference: string;
  indicators?: string;
  country?: string;
  json?: boolean;
}

/** `regiokracht index`: topic 3, the composite innovation index of every region of a level. */
export function indexCommand(program: Command): void {
  program
    .command('index')
    .description(
      'composite innovation index (Regional Innovation Scoreboard method) of every region of a NUTS level',
    )
    .option('--level <n>', 'NUTS level', '2')
    .option(
      '--year <year>',
      'year (default: the latest in which every Dutch region of the level has an index)',
    )
    .option(
      '--reference <area>',
      'reference area for relative performance: EU, NL or a region code',
      'EU',
    )
    .option(
      '--indicators <ids>',
      'comma-separated indicator ids (default: the documented default set)',
    )
    .option(
      '--country <code>',
      'list only the regions of this country (the index is still computed over all)',
    )
    .option('--json', 'print the figures as JSON')
    .action(async (options: IndexOptions, command: Command) => {
      const level = Number(options.level);
      const year = options.year === undefined ? undefined : Number(options.year);
      if (!Number.isInteger(level))
        throw new RegiokrachtError(
          'INVALID_INPUT',
          `--level ${options.level} is not a NUTS level; use 1, 2 or 3`,
        );
      if (year !== undefined && !Number.isInteger(year))
        throw new RegiokrachtError(
          'INVALID_INPUT',
          `--year ${options.year} is not a year; use e.g. --year 2012`,
        );
      await withStore(configFrom(command), async (store) => {
        const result = await (
          await analyticsFor(store)
        ).index({
          level,
          reference: options.reference,
          ...(year !== undefined ? { year } : {}),
          ...(options.indicators
            ? {
                indicators: options.indicators
                  .split(',')
                  .map((s) => s.trim())
                  .filter(Boolean),
              }
            : {}),
          ...(options.country ? { country: options.country } : {}),
        });
        if (options.json) return printJson(result);
        console.log(
          `Innovation index ${result.year}, NUTS ${result.level}, reference ${result.reference} (index ${num(result.reference_index, 3)}); ${result.regions.length} regions, ${result.excluded} without enough own values`,
        );
        console.log(`Indicators: ${result.indicators.join(', ')}\n`);
        console.log(
          formatTable(result.regions, [
            { header: 'rank', value: (r) => r.rank, align: 'right' },
            { header: 'region', value: (r) => r.region },
            { header: 'name', value: (r) => r.name_en.slice(0, 32) },
            { header: 'index', value: (r) => num(r.index, 3), align: 'right' },
            { header: 'relative', value: (r) => num(r.relative, 1), align: 'right' },
            {
              header: 'group',
              value: (r) => (r.group ? `${r.group}${r.band === 'plain' ? '' : ` ${r.band}`}` : '–'),
            },
            { header: 'rank range', value: (r) => `${r.rank_range[0]}-${r.rank_range[1]}` },
            { header: 'filled', value: (r) => r.filled, align: 'right' },
          ]),
        );
      });
    });
}
