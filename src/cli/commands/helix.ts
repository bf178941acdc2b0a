import type { Command } from 'commander';
import { withAnalytics } from '../context.js';
import { cliLang, coverageLine, langOption, requireMeasured } from '../measure-output.js';
import { formatTable, num, printJson } from '../output.js';

/** `regiokracht helix <region>`: topic 1, helix composition and triple-helix synergy T. */
export function helixCommand(program: Command): void {
  langOption(program.command('helix'))
    .description(
      'helix composition and triple-helix synergy T (millibits, bootstrap 95% interval) of a region',
    )
    .argument(
      '<region>',
      'NUTS code of any level or a region name, e.g. NL213, Twente or Overijssel',
    )
    .option('--json', 'print the figures as JSON')
    .option('--resamples <n>', 'bootstrap resamples', '1000')
    .option('--seed <n>', 'bootstrap seed', '1')
    .action(
      async (
        region: string,
        options: { json?: boolean; resamples: string; seed: string; lang?: string },
        command: Command,
      ) => {
        const lang = cliLang(options.lang);
        await withAnalytics(command, async (analytics) => {
          const result = await analytics.helix(region, {
            resamples: Number(options.resamples),
            seed: Number(options.seed),
            lang,
          });
          const { composition, source, ...figures } = result;
          if (options.json) return printJson({ ...figures, composition, source });
          requireMeasured(result.region, result, lang);
          if (!composition || !result.configurations) return;
          console.log(`Triple helix of ${result.region}: ${result.projects} projects`);
          console.log(
            `T = ${num(result.t_millibits, 1)} mbit, 95% interval [${num(result.t_ci95_millibits?.[0], 1)}, ${num(result.t_ci95_millibits?.[1], 1)}]` +
              synergyNote(result.t_millibits, result.t_ci95_millibits),
          );
          console.log('');
          console.log(
            formatTable(Object.entries(result.configurations), [
              { header: 'configuration', value: ([k]) => k },
              { header: 'projects', value: ([, v]) => v, align: 'right' },
            ]),
          );
          console.log('');
          console.log(
            formatTable(Object.keys(composition.actors) as (keyof typeof composition.actors)[], [
              { header: 'helix role', value: (r) => r },
              { header: 'organisations', value: (r) => composition.actors[r], align: 'right' },
              {
                header: 'participations',
                value: (r) => composition.participations[r],
                align: 'right',
              },
            ]),
          );
          console.log(`\n${coverageLine(result.coverage, lang)}`);
          console.log(
            `Source: ${source.datasets.map((d) => `${d.publisher}, ${d.title}`).join('; ') || 'no imported participations'}`,
          );
        });
      },
    );
}

/**
 * What T says in words: synergy only when the whole 95% interval lies below zero, its absence only
 * when the whole interval lies above; otherwise the data cannot tell.
 */
export function synergyNote(
  t: number | null,
  interval: readonly [number, number] | null | undefined,
): string {
  if (t === null || !interval) return '';
  if (interval[1] < 0) return ' (negative, interval below 0: synergy)';
  if (interval[0] > 0) return ' (positive, interval above 0: no synergy)';
  return ' (the interval spans 0: synergy not established)';
}
