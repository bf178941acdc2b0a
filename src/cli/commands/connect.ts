import type { Command } from 'commander';
import { organisationLabel } from '../../domain/organisation-name.js';
import type { NextVisitWeights } from '../../core/connect/region-next-visit-scores.js';
import { RegiokrachtError } from '../../domain/errors.js';
import { withAnalytics } from '../context.js';
import { keyAreaChoice, keyAreaOptions, type KeyAreaChoice } from '../key-area-options.js';
import { formatTable, num, printJson } from '../output.js';
import { cliActor } from '../cli-actor.js';
import { cliLang, langOption, requireMeasured } from '../measure-output.js';
import { helixRoleWord, measureWord, regionWithCode } from '../cli-words.js';
import { nextVisitNotMeasuredLines } from '../next-visit-not-measured-lines.js';

interface TaxonomyOptions extends KeyAreaChoice {
  json?: boolean;
  lang?: string;
}

const taxonomyOptions = (command: Command): Command =>
  keyAreaOptions(langOption(command)).option('--json', 'print the result as JSON');

/** The clusters, similar and partners commands' text, per language. */
const TEXT = {
  en: {
    spearheads: (region: string) => `Spearheads of ${region}`,
    uncovered: 'Key areas not covered by a spearhead',
    funds: 'Investment funds',
    noneRegistered: 'none registered',
    none: 'none',
    stars: (measure: string, n: number) => `Cluster stars (${measure}, compared with ${n} regions)`,
    keyArea: 'key area',
    starsHeader: 'stars',
    sizeRank: 'size rank',
    focusRank: 'focus rank',
    like: (region: string, taxonomy: string, reference: string) =>
      `Regions like ${region}, in the key areas of ${taxonomy}, LQ against ${reference}`,
    region: 'region',
    name: 'name',
    similarity: 'similarity',
    theyLead: 'they lead in',
    weLead: 'we lead in',
    partners: (region: string, scope: string) => `Possible partners for ${region} in ${scope}`,
    noneFound: 'none found',
  },
  nl: {
    spearheads: (region: string) => `Speerpunten van ${region}`,
    uncovered: 'Sleutelgebieden zonder speerpunt',
    funds: 'Investeringsfondsen',
    noneRegistered: 'geen vastgelegd',
    none: 'geen',
    stars: (measure: string, n: number) =>
      `Clustersterren (${measure}, vergeleken met ${n} regio’s)`,
    keyArea: 'sleutelgebied',
    starsHeader: 'sterren',
    sizeRank: 'rang omvang',
    focusRank: 'rang focus',
    like: (region: string, taxonomy: string, reference: string) =>
      `Regio’s die lijken op ${region}, in de sleutelgebieden van ${taxonomy}, LQ ten opzichte van ${reference}`,
    region: 'regio',
    name: 'naam',
    similarity: 'gelijkenis',
    theyLead: 'zij zijn sterker in',
    weLead: 'wij zijn sterker in',
    partners: (region: string, scope: string) => `Mogelijke partners voor ${region} in ${scope}`,
    noneFound: 'geen gevonden',
  },
} as const;

/** `regiokracht clusters <region>`: topic 3, spearheads, cluster stars and funds. */
export function clustersCommand(program: Command): void {
  taxonomyOptions(
    program
      .command('clusters')
      .description(
        "a region's spearheads and their key-area coverage, cluster strength stars per key area, and investment funds",
      )
      .argument('<region>', 'NUTS code, e.g. NL213'),
  ).action(async (region: string, options: TaxonomyOptions, command: Command) => {
    await withAnalytics(command, async (analytics) => {
      const lang = cliLang(options.lang);
      const result = await analytics.clusters(region, { ...keyAreaChoice(options), lang });
      if (options.json) return printJson(result);
      const labels = await analytics.labels();
      const text = TEXT[lang];
      const nameOf = (o: { name_nl: string; name_en: string }) =>
        lang === 'nl' ? o.name_nl : o.name_en;
      const here = regionWithCode(labels.region(result.region, lang), result.region);
      console.log(
        `${text.spearheads(here)}: ${result.spearheads.map(nameOf).join('; ') || text.noneRegistered}`,
      );
      console.log(
        `${text.uncovered}: ${result.coverage.uncovered.map((k) => labels.keyArea(k, lang)).join(', ') || text.none}`,
      );
      console.log(
        `${text.funds}: ${result.funds.map((f) => f.name).join('; ') || text.noneRegistered}\n`,
      );
      requireMeasured(result.region, result, lang);
      console.log(`${text.stars(measureWord(result.measure, lang), result.compared_with.length)}:`);
      console.log(
        formatTable(result.stars, [
          { header: text.keyArea, value: nameOf },
          { header: text.starsHeader, value: (s) => '*'.repeat(s.stars) || '-' },
          {
            header: text.sizeRank,
            value: (s) => (s.size.rank === null ? '–' : `${s.size.rank}/${s.size.of}`),
            align: 'right',
          },
          { header: 'LQ', value: (s) => num(s.specialisation.lq, 2, lang), align: 'right' },
          {
            header: text.focusRank,
            value: (s) => (s.focus.rank === null ? '–' : `${s.focus.rank}/${s.focus.of}`),
            align: 'right',
          },
        ]),
      );
    });
  });
}

/** `regiokracht similar <region>`: similar and complementary regions. */
export function similarCommand(program: Command): void {
  taxonomyOptions(
    program
      .command('similar')
      .description('regions with a similar key-area profile, and where they complement each other')
      .argument('<region>', 'NUTS code, e.g. NL213')
      .option('--limit <n>', 'number of regions', '10'),
  ).action(
    async (region: string, options: TaxonomyOptions & { limit: string }, command: Command) => {
      await withAnalytics(command, async (analytics) => {
        const lang = cliLang(options.lang);
        const result = await analytics.similar(region, {
          ...keyAreaChoice(options),
          limit: Number(options.limit),
          lang,
        });
        if (options.json) return printJson(result);
        requireMeasured(result.region, result, lang);
        const labels = await analytics.labels();
        const text = TEXT[lang];
        const keyAreas = (ids: readonly string[]) =>
          ids.map((k) => labels.keyArea(k, lang)).join(', ');
        console.log(
          `${text.like(
            regionWithCode(labels.region(result.region, lang), result.region),
            labels.taxonomy(result.taxonomy, lang),
            labels.region(result.reference, lang),
          )}:\n`,
        );
        console.log(
          formatTable(result.regions, [
            { header: text.region, value: (r) => r.region },
            { header: text.name, value: (r) => (lang === 'nl' ? r.name_nl : r.name_en) },
            { header: text.similarity, value: (r) => num(r.similarity, 3, lang), align: 'right' },
            { header: text.theyLead, value: (r) => keyAreas(r.they_lead) },
            { header: text.weLead, value: (r) => keyAreas(r.we_lead) },
          ]),
        );
      });
    },
  );
}

/** `regiokracht partners <region>`: organisations elsewhere worth introducing. */
export function partnersCommand(program: Command): void {
  langOption(program.command('partners'))
    .description(
      "organisations in other regions active in the same key areas as the region's organisations and not yet linked to them",
    )
    .argument('<region>', 'NUTS code, e.g. NL213')
    .option('--taxonomy <id>', 'key-area taxonomy (default topsectoren-2011)')
    .option(
      '--scope <code>',
      'where to look: a country or region code (default the region’s country)',
    )
    .option('--limit <n>', 'number of organisations', '20')
    .option('--json', 'print the result as JSON')
    .action(
      async (
        region: string,
        options: {
          taxonomy?: string;
          scope?: string;
          limit: string;
          json?: boolean;
          lang?: string;
        },
        command: Command,
      ) => {
        await withAnalytics(command, async (analytics) => {
          const lang = cliLang(options.lang);
          const result = await analytics.partners(region, {
            limit: Number(options.limit),
            lang,
            ...(options.taxonomy ? { taxonomy: options.taxonomy } : {}),
            ...(options.scope ? { scope: options.scope } : {}),
          });
          if (options.json) return printJson(result);
          requireMeasured(result.region, result, lang);
          const labels = await analytics.labels();
          const text = TEXT[lang];
          console.log(
            `${text.partners(
              regionWithCode(labels.region(result.region, lang), result.region),
              labels.region(result.scope, lang),
            )}:\n`,
          );
          for (const o of result.organisations)
            console.log(
              `${organisationLabel(o.name, o.id, lang)} (${lang === 'nl' ? o.region_name_nl : o.region_name_en}, ${helixRoleWord(o.helix_role, lang)}): ${lang === 'nl' ? o.reason_nl : o.reason_en}`,
            );
          if (!result.organisations.length) console.log(text.noneFound);
        });
      },
    );
}

/** Parses `recency=0.4,coverage=0.3` into weights. */
function parseWeights(text: string): Partial<NextVisitWeights> {
  const out: Record<string, number> = {};
  for (const pair of text.split(',')) {
    const [key, value] = pair.split('=').map((s) => s.trim());
    if (
      !key ||
      !['recency', 'coverage', 'strength', 'gaps', 'connect'].includes(key) ||
      value === undefined ||
      !Number.isFinite(Number(value))
    ) {
      throw new RegiokrachtError(
        'INVALID_INPUT',
        `--weights "${text}": use e.g. recency=0.3,coverage=0.3,strength=0.2,gaps=0.2 (optionally connect=0.2)`,
      );
    }
    out[key] = Number(value);
  }
  return out;
}

/** The next-visit command's text, per language. */
const NEXT_VISIT_TEXT = {
  en: {
    heading: (asOf: string, weights: string) =>
      `Next region to visit (as of ${asOf}); weights ${weights}`,
    parts: {
      recency: 'recency',
      coverage: 'coverage',
      strength: 'strength',
      gaps: 'gaps',
      connect: 'connect',
    },
    rank: 'rank',
    region: 'region',
    name: 'name',
    score: 'score',
    notMeasured: 'not measured',
    reasons: 'Not measured:',
    leftOut: (months: number) => `Left out (visited or planned within ${months} months)`,
  },
  nl: {
    heading: (asOf: string, weights: string) =>
      `Volgende regio om te bezoeken (per ${asOf}); gewichten ${weights}`,
    parts: {
      recency: 'tijd sinds bezoek',
      coverage: 'nieuwe sleutelgebieden',
      strength: 'sterktes',
      gaps: 'zwaktes',
      connect: 'verbinden',
    },
    rank: 'plaats',
    region: 'regio',
    name: 'naam',
    score: 'score',
    notMeasured: 'niet gemeten',
    reasons: 'Niet gemeten:',
    leftOut: (months: number) =>
      `Weggelaten (bezocht of gepland in de afgelopen ${months} maanden)`,
  },
} as const;

interface NextVisitOptions {
  level: string;
  country: string;
  taxonomy?: string;
  weights?: string;
  save?: boolean;
  excludeMonths: string;
  json?: boolean;
  lang?: string;
}

/** `regiokracht next-visit`: the ranking of regions for the next visit. */
export function nextVisitCommand(program: Command): void {
  langOption(program.command('next-visit'))
    .description(
      'rank the regions for the next visit: time since the last visit, new key areas, learning potential',
    )
    .option(
      '--level <n>',
      'NUTS level of the regions to rank (3 = COROP areas such as Twente)',
      '3',
    )
    .option('--country <code>', 'country', 'NL')
    .option('--taxonomy <id>', 'key-area taxonomy (default topsectoren-2011)')
    .option(
      '--weights <list>',
      'weights, e.g. recency=0.3,coverage=0.3,strength=0.2,gaps=0.2, optionally connect=0.2 for missing links (default: the saved ones)',
    )
    .option('--save', 'save the given --weights as the new default')
    .option(
      '--exclude-months <n>',
      'leave out regions visited (or planned) within this many months',
      '12',
    )
    .option('--json', 'print the ranking as JSON')
    .action(async (options: NextVisitOptions, command: Command) => {
      const lang = cliLang(options.lang);
      await withAnalytics(command, async (analytics) => {
        const weights = options.weights ? parseWeights(options.weights) : undefined;
        if (options.save) {
          if (!weights)
            throw new RegiokrachtError('INVALID_INPUT', '--save needs --weights to save');
          await analytics.saveNextVisitWeights(
            {
              ...(await analytics.nextVisitWeights()),
              ...weights,
            },
            cliActor(),
          );
        }
        const result = await analytics.nextVisit({
          level: Number(options.level),
          country: options.country,
          excludeVisitedWithinMonths: Number(options.excludeMonths),
          lang,
          ...(options.taxonomy ? { taxonomy: options.taxonomy } : {}),
          ...(weights ? { weights } : {}),
        });
        if (options.json) return printJson(result);
        const w = result.weights;
        const text = NEXT_VISIT_TEXT[lang];
        const parts = (['recency', 'coverage', 'strength', 'gaps', 'connect'] as const).filter(
          (p) => p !== 'connect' || w.connect,
        );
        console.log(
          `${text.heading(result.as_of, parts.map((p) => `${text.parts[p]} ${w[p] ?? 0}`).join(', '))}\n`,
        );
        type Row = (typeof result.ranking)[number];
        // A part not measured reads "not measured" (never 0); its reason follows the table.
        const part = (r: Row, name: string) => {
          const p = r.parts.find((q) => q.part === name);
          return p?.reason_code ? text.notMeasured : num(p?.contribution, 3, lang);
        };
        const shown = result.ranking.slice(0, 15);
        console.log(
          formatTable(shown, [
            { header: text.rank, value: (r) => r.rank, align: 'right' },
            { header: text.region, value: (r) => r.region },
            { header: text.name, value: (r) => (lang === 'nl' ? r.name_nl : r.name_en) },
            {
              header: text.score,
              value: (r) => (r.score === null ? text.notMeasured : num(r.score, 3, lang)),
              align: 'right',
            },
            ...parts.map((p) => ({
              header: text.parts[p],
              value: (r: Row) => part(r, p),
              align: 'right' as const,
            })),
          ]),
        );
        const reasons = nextVisitNotMeasuredLines(shown, (p) => text.parts[p]);
        if (reasons.length) console.log(`\n${text.reasons}\n${reasons.join('\n')}`);
        if (result.excluded.length) {
          console.log(
            `\n${text.leftOut(result.exclude_visited_within_months)}: ${result.excluded.map((e) => `${e.region} (${e.last_visit})`).join(', ')}`,
          );
        }
      });
    });
}
