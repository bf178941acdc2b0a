import type { Command } from 'commander';
import { RegiokrachtError } from '../../domain/errors.js';
import type { IndexReport } from '../../services/analytics/index-report.js';
import { withAnalytics } from '../context.js';
import { formatTable, num, printJson } from '../output.js';

interface IndexOptions {
  level: string;
  year?: string;
  edition?: string;
  lag?: string;
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
      '--edition <year>',
      "edition: each indicator's most recent year at or before it, within the lag window (default: the latest edition in which every indicator has data)",
    )
    .option('--lag <years>', 'lag window of an edition, in years', '3')
    .option('--year <year>', 'one year instead of an edition: only the values of that year')
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
      if (!Number.isInteger(level))
        throw new RegiokrachtError(
          'INVALID_INPUT',
          `--level ${options.level} is not a NUTS level; use 1, 2 or 3`,
        );
      const year = wholeNumber('--year', options.year);
      const edition = wholeNumber('--edition', options.edition);
      const lag = wholeNumber('--lag', options.lag);
      await withAnalytics(command, async (analytics) => {
        const result = await analytics.index({
          level,
          reference: options.reference,
          ...(year !== undefined ? { year } : {}),
          ...(edition !== undefined ? { edition } : {}),
          ...(lag !== undefined ? { lag } : {}),
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
        printIndex(result);
      });
    });
}

function wholeNumber(flag: string, text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const n = Number(text);
  if (!Number.isInteger(n))
    throw new RegiokrachtError('INVALID_INPUT', `${flag} ${text} is not a whole number of years`);
  return n;
}

function printIndex(result: IndexReport): void {
  const what =
    result.mode === 'edition'
      ? `edition ${result.year} (each indicator's most recent year from ${result.year - (result.lag ?? 0)} to ${result.year})`
      : `year ${result.year} (values of that year only)`;
  console.log(
    `Innovation index, ${what}, NUTS ${result.level}, reference ${result.reference} (index ${num(result.reference_index, 3)})`,
  );
  console.log(
    `Compared: ${result.compared} regions (${result.countries.map((c) => `${c.country} ${c.regions}`).join(', ') || 'none'}); ${result.left_out.length} left out below, with the indicators they miss`,
  );
  if (result.indicators_unavailable.length)
    console.log(`Not imported, left out of the set: ${result.indicators_unavailable.join(', ')}`);
  console.log(
    `Groups: ${result.groups.label_en}: leader > ${result.groups.leader}, strong ${result.groups.strong}-${result.groups.leader}, moderate ${result.groups.moderate}-${result.groups.strong}, emerging < ${result.groups.moderate}\n`,
  );
  console.log(
    formatTable(result.indicator_years, [
      { header: 'indicator', value: (i) => i.indicator },
      {
        header: 'years used',
        value: (i) =>
          i.latest === null
            ? 'no data'
            : i.earliest === i.latest
              ? String(i.latest)
              : `${i.earliest}-${i.latest}`,
      },
      { header: 'regions with own value', value: (i) => i.regions, align: 'right' },
    ]),
  );
  console.log('');
  if (result.no_result) {
    console.log(
      `No region listed: ${result.no_result.reason}.` +
        (result.no_result.nearest !== null
          ? ` Nearest ${result.mode} with results: ${result.no_result.nearest}.`
          : ''),
    );
  } else {
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
        {
          header: 'data years',
          value: (r) => {
            const years = r.years.filter((y): y is number => y !== null);
            const lo = Math.min(...years);
            const hi = Math.max(...years);
            return years.length === 0 ? '–' : lo === hi ? String(hi) : `${lo}-${hi}`;
          },
        },
      ]),
    );
  }
  if (result.left_out.length) {
    console.log(`\nLeft out (own values for fewer than two thirds of the indicators):`);
    for (const l of result.left_out)
      console.log(
        `  ${l.region} ${l.name_en.slice(0, 32)}: ${l.own} of ${l.of}; missing ${l.missing.join(', ')}`,
      );
  }
}
