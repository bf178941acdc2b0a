import { writeFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { RegiokrachtError } from '../../domain/errors.js';
import { organisationLabel } from '../../services/analytics/link-names.js';
import type { Store } from '../../storage/store.js';
import { analyticsFor, configFrom, withStore } from '../context.js';
import { cliLang, coverageLine, langOption, requireMeasured } from '../measure-output.js';
import { formatTable, num, printJson } from '../output.js';

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

const euro = (x: number | null) => (x === null ? '–' : `${num(x / 1e6, 1)} M`);

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
          console.log(
            `Links of ${result.region} (NUTS ${result.level}): ${result.linked_projects} of its ${result.projects} projects shared with ${result.partners.length} regions and countries`,
          );
          console.log(
            formatTable(result.partners.slice(0, Number(options.top)), [
              { header: 'partner', value: (p) => p.code },
              {
                header: 'name',
                value: (p) => (lang === 'nl' ? p.name_nl : p.name_en).slice(0, 44),
              },
              { header: 'projects', value: (p) => p.shared_projects, align: 'right' },
              { header: 'org pairs', value: (p) => p.organisation_pairs, align: 'right' },
              { header: 'EC EUR', value: (p) => euro(p.contribution_eur), align: 'right' },
              { header: 'strength', value: (p) => num(p.strength, 4), align: 'right' },
              {
                header: 'bridges here',
                value: (p) =>
                  p.top_bridges
                    .map((b) => organisationLabel(b.name, b.pic, lang).slice(0, 28))
                    .join('; '),
              },
            ]),
          );
          const missing = await service.missing(region, { lang });
          if (missing.links.length) {
            console.log(`\n${lang === 'nl' ? 'Ontbrekende verbindingen' : 'Missing links'}:`);
            for (const l of missing.links)
              console.log(`- ${lang === 'nl' ? l.explanation_nl : l.explanation_en}`);
          }
          console.log(`\n${coverageLine(result.coverage, lang)}`);
          if (options.gexf) console.log(`GEXF written to ${options.gexf}`);
        });
      },
    );
}

/** `regiokracht bridges <region> <partner>`: the organisations that carry a link. */
export function bridgesCommand(program: Command): void {
  program
    .command('bridges')
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
        options: { level?: string; top: string; json?: boolean },
        command: Command,
      ) => {
        const level = levelOf(options.level);
        await withStore(configFrom(command), async (store) => {
          const result = await (
            await linksService(store)
          ).bridges(region, partner, {
            ...(level !== undefined ? { level } : {}),
            limit: Number(options.top),
          });
          if (options.json) return printJson(result);
          console.log(
            `${result.region} – ${result.partner} (${result.partner_names.name_en}): ${result.shared_projects} shared projects`,
          );
          if (result.partner_names.note_en) console.log(result.partner_names.note_en);
          for (const [title, side] of [
            [`Organisations in ${result.region}`, result.here],
            [`Organisations in ${result.partner}`, result.there],
          ] as const) {
            console.log(`\n${title}:`);
            console.log(
              formatTable(side, [
                { header: 'name', value: (o) => organisationLabel(o.name, o.pic).slice(0, 60) },
                { header: 'role', value: (o) => o.helix_role },
                { header: 'shared projects', value: (o) => o.shared_projects, align: 'right' },
              ]),
            );
          }
        });
      },
    );
}
