import type { Command } from 'commander';
import { withAnalytics } from '../context.js';
import { cliLang, coverageLine, langOption, requireMeasured } from '../measure-output.js';
import { formatTable, num, printJson } from '../output.js';
import { helixRoleWord, regionWithCode } from '../cli-words.js';
import { noPlacedLines } from '../no-placed-lines.js';
import type { TextLang } from '../../services/analytics/measure-status.js';

/** The command's text, per language. */
const TEXT = {
  en: {
    title: (region: string) => `Triple helix of ${region}`,
    heading: (region: string, projects: string) =>
      `Triple helix of ${region}: ${projects} projects`,
    counted:
      'Counted: projects with a participant located in the region from business, research, education or government.',
    leftOut: (projects: number) =>
      projects === 1
        ? 'Left out: 1 more project of the region, whose participants there all have the helix role other.'
        : `Left out: ${projects} more projects of the region, whose participants there all have the helix role other.`,
    interval: '95% interval',
    configuration: 'configuration',
    projects: 'projects',
    role: 'helix role',
    organisations: 'organisations',
    participations: 'participations',
    source: 'Source',
    noSource: 'no imported participations',
    notMeasured: (reason: string) => `T: not measured (${reason})`,
    synergy: {
      below: ' (negative, interval below 0: synergy)',
      above: ' (positive, interval above 0: no synergy)',
      spans: ' (the interval spans 0: synergy not established)',
    },
  },
  nl: {
    title: (region: string) => `Triple helix van ${region}`,
    heading: (region: string, projects: string) =>
      `Triple helix van ${region}: ${projects} projecten`,
    counted:
      'Geteld: projecten met een in de regio gevestigde deelnemer uit bedrijfsleven, onderzoek, onderwijs of overheid.',
    leftOut: (projects: number) =>
      projects === 1
        ? 'Niet meegeteld: nog 1 project van de regio, waarvan de deelnemers daar allemaal de helixrol overig hebben.'
        : `Niet meegeteld: nog ${projects} projecten van de regio, waarvan de deelnemers daar allemaal de helixrol overig hebben.`,
    interval: '95%-interval',
    configuration: 'configuratie',
    projects: 'projecten',
    role: 'rol in de helix',
    organisations: 'organisaties',
    participations: 'deelnames',
    source: 'Bron',
    noSource: 'geen geïmporteerde deelnames',
    notMeasured: (reason: string) => `T: niet gemeten (${reason})`,
    synergy: {
      below: ' (negatief, interval onder 0: synergie)',
      above: ' (positief, interval boven 0: geen synergie)',
      spans: ' (het interval omvat 0: synergie niet aangetoond)',
    },
  },
} as const;

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
          const labels = await analytics.labels();
          const text = TEXT[lang];
          const here = regionWithCode(labels.region(result.region, lang), result.region);
          const noPlaced = noPlacedLines(here, text.title(here), result, 'helix', lang);
          const sourceLine = `${text.source}: ${source.datasets.map((d) => `${d.publisher}, ${d.title}`).join('; ') || text.noSource}`;
          if (noPlaced) {
            for (const line of [...noPlaced, sourceLine]) console.log(line);
            return;
          }
          if (!composition || !result.configurations) return;
          console.log(text.heading(here, num(result.projects, 0, lang)));
          console.log(text.counted);
          if (result.projects_without_helix_role)
            console.log(text.leftOut(result.projects_without_helix_role));
          const tNotMeasured = result.not_measured.find((m) => m.measure === 't_millibits');
          console.log(
            tNotMeasured
              ? text.notMeasured(tNotMeasured.reason)
              : `T = ${num(result.t_millibits, 1, lang)} mbit, ${text.interval} [${num(result.t_ci95_millibits?.[0], 1, lang)}, ${num(result.t_ci95_millibits?.[1], 1, lang)}]` +
                  synergyNote(result.t_millibits, result.t_ci95_millibits, lang),
          );
          console.log('');
          console.log(
            formatTable(Object.entries(result.configurations), [
              { header: text.configuration, value: ([k]) => k },
              { header: text.projects, value: ([, v]) => v, align: 'right' },
            ]),
          );
          console.log('');
          console.log(
            formatTable(Object.keys(composition.actors) as (keyof typeof composition.actors)[], [
              { header: text.role, value: (r) => helixRoleWord(r, lang) },
              {
                header: text.organisations,
                value: (r) => composition.actors[r],
                align: 'right',
              },
              {
                header: text.participations,
                value: (r) => composition.participations[r],
                align: 'right',
              },
            ]),
          );
          console.log(`\n${coverageLine(result.coverage, lang)}`);
          console.log(sourceLine);
        });
      },
    );
}

/**
 * What T says in words: synergy only when the whole 95% interval lies below zero, its absence only
 * when the whole interval lies above; otherwise the data cannot tell. In `lang` (default en).
 */
export function synergyNote(
  t: number | null,
  interval: readonly [number, number] | null | undefined,
  lang: TextLang = 'en',
): string {
  if (t === null || !interval) return '';
  const words = TEXT[lang].synergy;
  if (interval[1] < 0) return words.below;
  if (interval[0] > 0) return words.above;
  return words.spans;
}
