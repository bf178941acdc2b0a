import { writeFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { notMeasuredGroups } from '../../domain/not-measured-groups.js';
import { organisationLabel } from '../../domain/organisation-name.js';
import { withAnalytics } from '../context.js';
import { cliLang, coverageLine, langOption, requireMeasured } from '../measure-output.js';
import { noPlacedLines } from '../no-placed-lines.js';
import { formatTable, num, printJson } from '../output.js';
import { helixRoleWord, regionWithCode } from '../cli-words.js';

/** The command's text, per language. */
const TEXT = {
  en: {
    title: (region: string) => `Collaboration network of ${region}`,
    heading: (region: string, nodes: string, edges: string) =>
      `Collaboration network of ${region}: ${nodes} organisations, ${edges} links`,
    measures: (
      density: string,
      components: string,
      largest: string,
      assortativity: string,
      communities: string,
    ) =>
      `density ${density}; components ${components}; share of the organisations in the largest component ${largest}; assortativity by helix role ${assortativity}; communities ${communities}`,
    roles: 'roles',
    links: 'links',
    expected: 'expected',
    ratio: 'ratio',
    name: 'name',
    role: 'role',
    degree: 'degree',
    betweenness: 'betweenness',
    outside: 'outside',
    notMeasured: 'not measured',
    reasons: 'Not measured:',
    measure: {
      density: 'density',
      components: 'components',
      largest_component_share: 'largest component',
      assortativity_helix: 'assortativity',
      modularity: 'modularity',
      degree_centrality: 'degree',
      betweenness_centrality: 'betweenness',
    },
    gexf: (file: string) => `GEXF written to ${file}`,
  },
  nl: {
    title: (region: string) => `Samenwerkingsnetwerk van ${region}`,
    heading: (region: string, nodes: string, edges: string) =>
      `Samenwerkingsnetwerk van ${region}: ${nodes} organisaties, ${edges} verbindingen`,
    measures: (
      density: string,
      components: string,
      largest: string,
      assortativity: string,
      communities: string,
    ) =>
      `dichtheid ${density}; componenten ${components}; aandeel van de organisaties in de grootste component ${largest}; assortativiteit naar helixrol ${assortativity}; gemeenschappen ${communities}`,
    roles: 'rollen',
    links: 'verbindingen',
    expected: 'verwacht',
    ratio: 'verhouding',
    name: 'naam',
    role: 'rol',
    degree: 'graad',
    betweenness: 'brugfunctie',
    outside: 'buiten',
    notMeasured: 'niet gemeten',
    reasons: 'Niet gemeten:',
    measure: {
      density: 'dichtheid',
      components: 'componenten',
      largest_component_share: 'grootste component',
      assortativity_helix: 'assortativiteit',
      modularity: 'modulariteit',
      degree_centrality: 'graad',
      betweenness_centrality: 'brugfunctie',
    },
    gexf: (file: string) => `GEXF geschreven naar ${file}`,
  },
} as const;

/** `regiokracht network <region>`: topic 1, the collaboration network of a region. */
export function networkCommand(program: Command): void {
  langOption(program.command('network'))
    .description(
      "measures of a region's collaboration network (organisations linked by shared projects)",
    )
    .argument('<region>', 'NUTS code of any level, e.g. NL21 (Overijssel)')
    .option('--json', 'print the measures as JSON')
    .option('--gexf <file>', 'also write the network as GEXF 1.3 (opens in Gephi)')
    .option('--top <n>', 'organisations to list in the table', '15')
    .option('--seed <n>', 'seed of the Louvain communities', '1')
    .action(
      async (
        region: string,
        options: { json?: boolean; gexf?: string; top: string; seed: string; lang?: string },
        command: Command,
      ) => {
        const lang = cliLang(options.lang);
        await withAnalytics(command, async (analytics) => {
          const result = await analytics.network(region, { seed: Number(options.seed), lang });
          if (!options.json) requireMeasured(result.region, result, lang);
          if (options.gexf) await writeFile(options.gexf, await analytics.networkGexf(region));
          if (options.json) {
            const { links: _links, ...rest } = result;
            return printJson(rest);
          }
          const labels = await analytics.labels();
          const text = TEXT[lang];
          const role = (r: string) => helixRoleWord(r, lang);
          // A measure the network is too small for reads "not measured"; the reasons follow.
          const undefinedMeasures = new Set(result.not_measured.map((m) => m.measure));
          const measure = (
            name: (typeof result.not_measured)[number]['measure'],
            value: number | null,
            decimals: number,
            unit = '',
          ) => (undefinedMeasures.has(name) ? text.notMeasured : num(value, decimals, lang) + unit);
          const here = regionWithCode(labels.region(result.region, lang), result.region);
          const noPlaced = noPlacedLines(here, text.title(here), result, 'network', lang);
          if (noPlaced) {
            for (const line of noPlaced) console.log(line);
            if (options.gexf) console.log(text.gexf(options.gexf));
            return;
          }
          console.log(text.heading(here, num(result.nodes, 0, lang), num(result.edges, 0, lang)));
          console.log(
            text.measures(
              measure('density', result.density, 4),
              measure('components', result.components, 0),
              measure(
                'largest_component_share',
                result.largest_component_share === null
                  ? null
                  : result.largest_component_share * 100,
                1,
                '%',
              ),
              measure('assortativity_helix', result.assortativity_helix, 3),
              num(result.communities.count, 0, lang),
            ),
          );
          if (result.not_measured.length) {
            console.log(text.reasons);
            for (const group of notMeasuredGroups(result.not_measured))
              console.log(
                `  ${group.measures.map((m) => text.measure[m]).join(', ')}: ${group.reason}`,
              );
          }
          // Without pairs worth a row, or without organisations, a table would be its header only.
          // Pairs neither observed nor much expected are left out: those listed have a ratio
          // (one expected 0 times, whose ratio is not measured, has no link either).
          const pairs = result.helix_pairs.filter((p) => p.observed > 0 || p.expected > 0.5);
          if (pairs.length) {
            console.log('');
            console.log(
              formatTable(pairs, [
                { header: text.roles, value: (p) => `${role(p.a)}-${role(p.b)}` },
                { header: text.links, value: (p) => p.observed, align: 'right' },
                { header: text.expected, value: (p) => num(p.expected, 1, lang), align: 'right' },
                {
                  header: text.ratio,
                  value: (p) => (p.ratio === null ? text.notMeasured : num(p.ratio, 2, lang)),
                  align: 'right',
                },
              ]),
            );
          }
          const organisations = result.organisations.slice(0, Number(options.top));
          if (organisations.length) {
            console.log('');
            console.log(
              formatTable(organisations, [
                { header: 'id', value: (o) => o.id },
                {
                  header: text.name,
                  value: (o) => organisationLabel(o.name, o.id, lang).slice(0, 48),
                },
                { header: text.role, value: (o) => role(o.helix_role) },
                {
                  header: text.degree,
                  value: (o) => measure('degree_centrality', o.degree_centrality, 3),
                  align: 'right',
                },
                {
                  header: text.betweenness,
                  value: (o) => measure('betweenness_centrality', o.betweenness_centrality, 3),
                  align: 'right',
                },
                { header: text.outside, value: (o) => o.external_links, align: 'right' },
              ]),
            );
          }
          console.log(`\n${coverageLine(result.coverage, lang)}`);
          if (options.gexf) console.log(text.gexf(options.gexf));
        });
      },
    );
}
