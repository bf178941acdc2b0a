import { writeFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { RegiokrachtError } from '../../domain/errors.js';
import { organisationLabel } from '../../domain/organisation-name.js';
import type { Store } from '../../storage/store.js';
import { analyticsFor, configFrom, withStore } from '../context.js';
import { cliLang, coverageLine, langOption, requireMeasured } from '../measure-output.js';
import { formatTable, num, printJson } from '../output.js';
import { helixRoleWord, regionWithCode } from '../cli-words.js';
import { noPlacedLines } from '../no-placed-lines.js';

async function linksService(store: Store) {
  const { RegionLinksService } = await import('../../services/analytics/region-links-service.js');
  return new RegionLinksService(store, await analyticsFor(store));
}

function levelOf(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const level = Number(value);
  if (!Number.isInteger(level) || level < 0 || level > 3)
    throw new RegiokrachtError('INVALID_INPUT', `--level ${value}: use 2 or 3 (NUTS level)`);
  return level;
}

/** The links and bridges commands' text, per language. */
const TEXT = {
  en: {
    title: (region: string) => `Links of ${region}`,
    links: (region: string, level: number, linked: number, projects: number, partners: number) =>
      `Links of ${region} (NUTS ${level}): ${linked} of its ${projects} projects shared with ${partners} regions and countries`,
    partner: 'partner',
    name: 'name',
    projects: 'projects',
    pairs: 'org pairs',
    contribution: 'EC EUR',
    strength: 'strength',
    bridgesHere: 'bridges here',
    missing: 'Missing links',
    gexf: (file: string) => `GEXF written to ${file}`,
    shared: (n: number) => `${n} shared projects`,
    organisationsIn: (place: string) => `Organisations in ${place}`,
    role: 'role',
    sharedProjects: 'shared projects',
  },
  nl: {
    title: (region: string) => `Verbindingen van ${region}`,
    links: (region: string, level: number, linked: number, projects: number, partners: number) =>
      `Verbindingen van ${region} (NUTS ${level}): ${linked} van zijn ${projects} projecten gedeeld met ${partners} regio’s en landen`,
    partner: 'partner',
    name: 'naam',
    projects: 'projecten',
    pairs: 'org.-paren',
    contribution: 'EU-bijdrage',
    strength: 'sterkte',
    bridgesHere: 'bruggen hier',
    missing: 'Ontbrekende verbindingen',
    gexf: (file: string) => `GEXF geschreven naar ${file}`,
    shared: (n: number) => `${n} gedeelde projecten`,
    organisationsIn: (place: string) => `Organisaties in ${place}`,
    role: 'rol',
    sharedProjects: 'gedeelde projecten',
  },
} as const;

const euro = (x: number | null, lang: 'en' | 'nl') =>
  x === null ? '–' : `${num(x / 1e6, 1, lang)} M`;

/** `regiokracht links <region>`: the region's partner regions and countries, ranked by strength. */
export function linksCommand(program: Command): void {
  langOption(program.command('links'))
    .description(
      'regions and countries a region shares projects with: shared projects, organisation pairs, EC contribution and strength (Salton index)',
    )
    .argument('<region>', 'NUTS code, e.g. NL213 (Twente)')
    .option(
      '--level <n>',
      'NUTS level of the partner regions in the country: 2 or 3 (default the region’s)',
    )
    .option('--top <n>', 'partners to list in the table', '20')
    .option('--gexf <file>', 'also write the whole region-to-region network of the country as GEXF')
    .option('--json', 'print the links as JSON')
    .action(
      async (
        region: string,
        options: { level?: string; top: string; gexf?: string; json?: boolean; lang?: string },
        command: Command,
      ) => {
        const lang = cliLang(options.lang);
        const level = levelOf(options.level);
        await withStore(configFrom(command), async (store) => {
          const service = await linksService(store);
          const result = await service.links(region, {
            ...(level !== undefined ? { level } : {}),
            lang,
          });
          if (options.gexf)
            await writeFile(options.gexf, await service.gexf(result.country, result.level));
          if (options.json) return printJson(result);
          requireMeasured(result.region, result, lang);
          const text = TEXT[lang];
          const labels = await (await analyticsFor(store)).labels();
          const here = regionWithCode(labels.region(result.region, lang), result.region);
          const noPlaced = noPlacedLines(here, text.title(here), result, 'links', lang);
          if (noPlaced || result.projects === null || result.linked_projects === null) {
            for (const line of noPlaced ?? []) console.log(line);
            return;
          }
          console.log(
            text.links(
              here,
              result.level,
              result.linked_projects,
              result.projects,
              result.partners.length,
            ),
          );
          console.log(
            formatTable(result.partners.slice(0, Number(options.top)), [
              { header: text.partner, value: (p) => p.code },
              {
                header: text.name,
                value: (p) => (lang === 'nl' ? p.name_nl : p.name_en).slice(0, 44),
              },
              { header: text.projects, value: (p) => p.shared_projects, align: 'right' },
              { header: text.pairs, value: (p) => p.organisation_pairs, align: 'right' },
              {
                header: text.contribution,
                value: (p) => euro(p.contribution_eur, lang),
                align: 'right',
              },
              { header: text.strength, value: (p) => num(p.strength, 4, lang), align: 'right' },
              {
                header: text.bridgesHere,
                value: (p) =>
                  p.top_bridges
                    .map((b) => organisationLabel(b.name, b.id, lang).slice(0, 28))
                    .join('; '),
              },
            ]),
          );
          const missing = await service.missing(region, { lang });
          if (missing.links.length) {
            console.log(`\n${text.missing}:`);
            for (const l of missing.links)
              console.log(`- ${lang === 'nl' ? l.explanation_nl : l.explanation_en}`);
          }
          console.log(`\n${coverageLine(result.coverage, lang)}`);
          if (options.gexf) console.log(text.gexf(options.gexf));
        });
      },
    );
}

/** `regiokracht bridges <region> <partner>`: the organisations that carry a link. */
export function bridgesCommand(program: Command): void {
  langOption(program.command('bridges'))
    .description(
      'the organisations that carry the links between two regions, ranked by shared projects',
    )
    .argument('<region>', 'NUTS code, e.g. NL213 (Twente)')
    .argument(
      '<partner>',
      'NUTS code of a region of the same level, or a country code, e.g. NL414 or DE',
    )
    .option('--level <n>', 'NUTS level (default the region’s)')
    .option('--top <n>', 'organisations to list on each side', '15')
    .option('--json', 'print the bridges as JSON')
    .action(
      async (
        region: string,
        partner: string,
        options: { level?: string; top: string; json?: boolean; lang?: string },
        command: Command,
      ) => {
        const lang = cliLang(options.lang);
        const level = levelOf(options.level);
        await withStore(configFrom(command), async (store) => {
          const result = await (
            await linksService(store)
          ).bridges(region, partner, {
            ...(level !== undefined ? { level } : {}),
            limit: Number(options.top),
          });
          if (options.json) return printJson(result);
          const labels = await (await analyticsFor(store)).labels();
          const text = TEXT[lang];
          const names = result.partner_names;
          const here = regionWithCode(labels.region(result.region, lang), result.region);
          const there = regionWithCode(
            lang === 'nl' ? names.name_nl : names.name_en,
            result.partner,
          );
          console.log(`${here} – ${there}: ${text.shared(result.shared_projects)}`);
          const note = lang === 'nl' ? names.note_nl : names.note_en;
          if (note) console.log(note);
          for (const [place, side] of [
            [here, result.here],
            [there, result.there],
          ] as const) {
            console.log(`\n${text.organisationsIn(place)}:`);
            console.log(
              formatTable(side, [
                {
                  header: text.name,
                  value: (o) => organisationLabel(o.name, o.id, lang).slice(0, 60),
                },
                { header: text.role, value: (o) => helixRoleWord(o.helix_role, lang) },
                { header: text.sharedProjects, value: (o) => o.shared_projects, align: 'right' },
              ]),
            );
          }
        });
      },
    );
}
