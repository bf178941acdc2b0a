import type { Command } from 'commander';
import { RegiokrachtError } from '../../domain/errors.js';
import type { IndexReport } from '../../services/analytics/index-report.js';
import { withAnalytics } from '../context.js';
import { formatTable, num, printJson } from '../output.js';
import { cliLang, langOption } from '../measure-output.js';
import type { TextLang } from '../../services/analytics/measure-status.js';

interface IndexOptions {
  level: string;
  year?: string;
  edition?: string;
  lag?: string;
  reference: string;
  indicators?: string;
  country?: string;
  json?: boolean;
  lang?: string;
}

/** The command's text, per language. */
const TEXT = {
  en: {
    edition: (year: number, from: number) =>
      `edition ${year} (each indicator's most recent year from ${from} to ${year})`,
    year: (year: number) => `year ${year} (values of that year only)`,
    heading: (what: string, level: number, reference: string, index: string) =>
      `Innovation index, ${what}, NUTS ${level}, reference ${reference} (index ${index})`,
    compared: (n: number, countries: string, left: number) =>
      `Compared: ${n} regions (${countries}); ${left} left out below, with the indicators they miss`,
    none: 'none',
    unavailable: 'Not imported, left out of the set',
    groups: 'Groups',
    group: { leader: 'leader', strong: 'strong', moderate: 'moderate', emerging: 'emerging' },
    indicator: 'indicator',
    yearsUsed: 'years used',
    noData: 'no data',
    ownValue: 'regions with own value',
    noResult: (reason: string) => `No region listed: ${reason}.`,
    nearest: (mode: string, year: number) => ` Nearest ${mode} with results: ${year}.`,
    mode: { edition: 'edition', year: 'year' },
    rank: 'rank',
    region: 'region',
    name: 'name',
    index: 'index',
    relative: 'relative',
    groupHeader: 'group',
    rankRange: 'rank range',
    filled: 'filled',
    dataYears: 'data years',
    leftOut: 'Left out (own values for fewer than two thirds of the indicators)',
    missing: (own: number, of: number, missing: string) => `${own} of ${of}; missing ${missing}`,
  },
  nl: {
    edition: (year: number, from: number) =>
      `editie ${year} (per indicator het meest recente jaar van ${from} tot en met ${year})`,
    year: (year: number) => `jaar ${year} (alleen waarden van dat jaar)`,
    heading: (what: string, level: number, reference: string, index: string) =>
      `Innovatie-index, ${what}, NUTS ${level}, referentie ${reference} (index ${index})`,
    compared: (n: number, countries: string, left: number) =>
      `Vergeleken: ${n} regio’s (${countries}); ${left} hieronder weggelaten, met de indicatoren die ze missen`,
    none: 'geen',
    unavailable: 'Niet geïmporteerd, weggelaten uit de set',
    groups: 'Groepen',
    group: { leader: 'koploper', strong: 'sterk', moderate: 'gemiddeld', emerging: 'opkomend' },
    indicator: 'indicator',
    yearsUsed: 'gebruikte jaren',
    noData: 'geen gegevens',
    ownValue: 'regio’s met eigen waarde',
    noResult: (reason: string) => `Geen regio in de lijst: ${reason}.`,
    nearest: (mode: string, year: number) => ` Dichtstbijzijnde ${mode} met uitkomsten: ${year}.`,
    mode: { edition: 'editie', year: 'jaar' },
    rank: 'plaats',
    region: 'regio',
    name: 'naam',
    index: 'index',
    relative: 'relatief',
    groupHeader: 'groep',
    rankRange: 'bereik plaats',
    filled: 'gevuld',
    dataYears: 'jaren gegevens',
    leftOut: 'Weggelaten (eigen waarden voor minder dan twee derde van de indicatoren)',
    missing: (own: number, of: number, missing: string) =>
      `${own} van ${of}; ontbreekt: ${missing}`,
  },
} as const;

/** `regiokracht index`: topic 3, the composite innovation index of every region of a level. */
export function indexCommand(program: Command): void {
  langOption(program.command('index'))
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
      const lang = cliLang(options.lang);
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
        printIndex(result, lang);
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

/** The index as text in `lang`. */
function printIndex(result: IndexReport, lang: TextLang): void {
  const text = TEXT[lang];
  const groups = result.groups;
  const group = (g: string) => text.group[g as keyof typeof text.group] ?? g;
  const what =
    result.mode === 'edition'
      ? text.edition(result.year, result.year - (result.lag ?? 0))
      : text.year(result.year);
  console.log(
    text.heading(what, result.level, result.reference, num(result.reference_index, 3, lang)),
  );
  console.log(
    text.compared(
      result.compared,
      result.countries.map((c) => `${c.country} ${c.regions}`).join(', ') || text.none,
      result.left_out.length,
    ),
  );
  if (result.indicators_unavailable.length)
    console.log(`${text.unavailable}: ${result.indicators_unavailable.join(', ')}`);
  console.log(
    `${text.groups}: ${lang === 'nl' ? groups.label_nl : groups.label_en}: ${group('leader')} > ${groups.leader}, ${group('strong')} ${groups.strong}-${groups.leader}, ${group('moderate')} ${groups.moderate}-${groups.strong}, ${group('emerging')} < ${groups.moderate}\n`,
  );
  console.log(
    formatTable(result.indicator_years, [
      { header: text.indicator, value: (i) => i.indicator },
      {
        header: text.yearsUsed,
        value: (i) =>
          i.latest === null
            ? text.noData
            : i.earliest === i.latest
              ? String(i.latest)
              : `${i.earliest}-${i.latest}`,
      },
      { header: text.ownValue, value: (i) => i.regions, align: 'right' },
    ]),
  );
  console.log('');
  const nameOf = (r: { name_nl: string; name_en: string }) =>
    (lang === 'nl' ? r.name_nl : r.name_en).slice(0, 32);
  if (result.no_result) {
    console.log(
      text.noResult(result.no_result.reason) +
        (result.no_result.nearest !== null
          ? text.nearest(text.mode[result.mode], result.no_result.nearest)
          : ''),
    );
  } else {
    console.log(
      formatTable(result.regions, [
        { header: text.rank, value: (r) => r.rank, align: 'right' },
        { header: text.region, value: (r) => r.region },
        { header: text.name, value: nameOf },
        { header: text.index, value: (r) => num(r.index, 3, lang), align: 'right' },
        { header: text.relative, value: (r) => num(r.relative, 1, lang), align: 'right' },
        {
          header: text.groupHeader,
          value: (r) =>
            r.group ? `${group(r.group)}${r.band === 'plain' ? '' : ` ${r.band}`}` : '–',
        },
        { header: text.rankRange, value: (r) => `${r.rank_range[0]}-${r.rank_range[1]}` },
        { header: text.filled, value: (r) => r.filled, align: 'right' },
        {
          header: text.dataYears,
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
    console.log(`\n${text.leftOut}:`);
    for (const l of result.left_out)
      console.log(`  ${l.region} ${nameOf(l)}: ${text.missing(l.own, l.of, l.missing.join(', '))}`);
  }
}
