import type { Command } from 'commander';
import { withAnalytics } from '../context.js';
import { keyAreaChoice, keyAreaOptions, type KeyAreaChoice } from '../key-area-options.js';
import { cliLang, coverageLine, langOption, requireMeasured } from '../measure-output.js';
import { formatTable, num, printJson } from '../output.js';

/** The classification line, in the command's language. */
const CLASSIFIED_BY = {
  en: {
    legal_basis: "Classified by: CORDIS's legal-basis codes and call topics (project file)",
    programme_part: 'Classified by: H2020 programme parts',
  },
  nl: {
    legal_basis: 'Ingedeeld naar: rechtsgrondslag en call-topic van CORDIS (projectbestand)',
    programme_part: 'Ingedeeld naar: programmaonderdelen van H2020',
  },
} as const;

interface KeyAreasOptions extends KeyAreaChoice {
  reference?: string;
  json?: boolean;
  lang?: string;
}

/** `regiokracht keyareas <region>`: topic 2, contribution to the key areas. */
export function keyAreasCommand(program: Command): void {
  keyAreaOptions(
    langOption(program.command('keyareas'))
      .description(
        "a region's activity per key area, its share of the national total and its location quotient",
      )
      .argument('<region>', 'NUTS code of any level, e.g. NL213'),
  )
    .option(
      '--reference <code>',
      'reference area for the location quotient: a region code or ALL (default: the country)',
    )
    .option('--json', 'print the figures as JSON')
    .action(async (region: string, options: KeyAreasOptions, command: Command) => {
      const lang = cliLang(options.lang);
      await withAnalytics(command, async (analytics) => {
        const result = await analytics.keyAreas(region, {
          lang,
          ...keyAreaChoice(options),
          ...(options.reference ? { reference: options.reference } : {}),
        });
        if (options.json) return printJson(result);
        requireMeasured(result.region, result, lang);
        console.log(
          `Key areas of ${result.region} (${result.taxonomy}), measure ${result.measure} in ${result.unit}; LQ against ${result.reference}`,
        );
        console.log(CLASSIFIED_BY[lang][result.classification]);
        console.log('');
        console.log(
          formatTable(result.areas, [
            { header: 'key area', value: (a) => a.name_en },
            {
              header: 'value',
              value: (a) => num(a.value, result.measure === 'ec_contribution' ? 0 : 1),
              align: 'right',
            },
            {
              header: `share of ${result.country}`,
              value: (a) =>
                a.share_of_national === null ? '–' : `${num(a.share_of_national * 100, 1)}%`,
              align: 'right',
            },
            { header: 'LQ', value: (a) => num(a.lq, 2), align: 'right' },
          ]),
        );
        console.log(`\n${coverageLine(result.coverage, lang)}`);
        const u = result.unclassified;
        console.log(
          `\nUnclassified (no key area): ${num(u.value, result.measure === 'ec_contribution' ? 0 : 1)} ${result.unit}${u.share === null ? '' : `, ${num(u.share * 100, 1)}% of the region's activity`}`,
        );
        for (const a of result.areas.filter((r) => r.members.length > 1))
          console.log(
            `Measured together (the classification cannot tell them apart): ${a.members.map((m) => m.name_en).join(', ')}`,
          );
        console.log(
          lang === 'nl'
            ? `\nWerkwijze: ${result.source.method_nl}`
            : `\nMethod: ${result.source.method}`,
        );
      });
    });
}
