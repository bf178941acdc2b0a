import type { Command } from 'commander';
import { withAnalytics } from '../context.js';
import { keyAreaChoice, keyAreaOptions, type KeyAreaChoice } from '../key-area-options.js';
import { cliLang, coverageLine, langOption, requireMeasured } from '../measure-output.js';
import { formatTable, num, printJson } from '../output.js';
import { measureWord, regionWithCode } from '../cli-words.js';
import { noPlacedLines } from '../no-placed-lines.js';

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

/** The rest of the command's text, per language. */
const TEXT = {
  en: {
    heading: (region: string, taxonomy: string, measure: string, reference: string) =>
      `Key areas of ${region} in ${taxonomy}, measured in ${measure}; LQ against ${reference}`,
    keyArea: 'key area',
    value: 'value',
    shareOf: (country: string) => `share of ${country}`,
    unclassified: (value: string, measure: string, share: string | null) =>
      `Unclassified (no key area): ${value} ${measure}${share === null ? '' : `, ${share}% of the region's activity`}`,
    together: 'Measured together (the classification cannot tell them apart)',
    method: 'Method',
    missing: 'Why a value is missing',
    noClassified: (region: string) =>
      `None of the activity of ${region} falls in a key area of this classification, so no shares or LQs can be measured.`,
  },
  nl: {
    heading: (region: string, taxonomy: string, measure: string, reference: string) =>
      `Sleutelgebieden van ${region} in ${taxonomy}, gemeten in ${measure}; LQ ten opzichte van ${reference}`,
    keyArea: 'sleutelgebied',
    value: 'waarde',
    shareOf: (country: string) => `aandeel in ${country}`,
    unclassified: (value: string, measure: string, share: string | null) =>
      `Niet ingedeeld (geen sleutelgebied): ${value} ${measure}${share === null ? '' : `, ${share}% van de activiteit van de regio`}`,
    together: 'Samen gemeten (de indeling kan ze niet uit elkaar houden)',
    method: 'Werkwijze',
    missing: 'Waarom een waarde ontbreekt',
    noClassified: (region: string) =>
      `Geen van de activiteit van ${region} valt in een sleutelgebied van deze indeling; aandelen en LQ's zijn daarom niet te meten.`,
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
        const labels = await analytics.labels();
        const text = TEXT[lang];
        const nameOf = (o: { name_nl: string; name_en: string }) =>
          lang === 'nl' ? o.name_nl : o.name_en;
        const digits = result.measure === 'ec_contribution' ? 0 : 1;
        const measure = measureWord(result.measure, lang);
        const here = regionWithCode(labels.region(result.region, lang), result.region);
        console.log(
          text.heading(
            here,
            labels.taxonomy(result.taxonomy, lang),
            measure,
            labels.region(result.reference, lang),
          ),
        );
        console.log(CLASSIFIED_BY[lang][result.classification]);
        console.log('');
        if (!result.region_total) {
          // No classified activity, or no organisation placed: said once, instead of a table of
          // zeros or dashes.
          const noPlaced = noPlacedLines(here, here, result, 'keyareas', lang);
          console.log(noPlaced ? noPlaced.slice(1).join('\n') : text.noClassified(here));
          if (noPlaced) return;
        } else {
          // A missing share or LQ shows the number of its reason, listed once under the table.
          const reasons: string[] = [];
          const missing = (area: (typeof result.areas)[number], m: 'share_of_national' | 'lq') => {
            const numbers = area.not_measured
              .filter((n) => n.measure === m)
              .map((n) => {
                if (!reasons.includes(n.reason)) reasons.push(n.reason);
                return reasons.indexOf(n.reason) + 1;
              });
            return numbers.length ? `– (${numbers.join(', ')})` : '–';
          };
          console.log(
            formatTable(result.areas, [
              { header: text.keyArea, value: nameOf },
              { header: text.value, value: (a) => num(a.value, digits, lang), align: 'right' },
              {
                header: text.shareOf(result.country),
                value: (a) =>
                  a.share_of_national === null
                    ? missing(a, 'share_of_national')
                    : `${num(a.share_of_national * 100, 1, lang)}%`,
                align: 'right',
              },
              {
                header: 'LQ',
                value: (a) => (a.lq === null ? missing(a, 'lq') : num(a.lq, 2, lang)),
                align: 'right',
              },
            ]),
          );
          if (reasons.length)
            console.log(`${text.missing}: ${reasons.map((r, i) => `(${i + 1}) ${r}`).join('; ')}`);
        }
        console.log(`\n${coverageLine(result.coverage, lang)}`);
        const u = result.unclassified;
        console.log(
          `\n${text.unclassified(num(u.value, digits, lang), measure, u.share === null ? null : num(u.share * 100, 1, lang))}`,
        );
        for (const a of result.areas.filter((r) => r.members.length > 1))
          console.log(`${text.together}: ${a.members.map(nameOf).join(', ')}`);
        console.log(
          `\n${text.method}: ${lang === 'nl' ? result.source.method_nl : result.source.method}`,
        );
      });
    });
}
