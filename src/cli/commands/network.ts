import { writeFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { organisationLabel } from '../../domain/organisation-name.js';
import { withAnalytics } from '../context.js';
import { cliLang, coverageLine, langOption, requireMeasured } from '../measure-output.js';
import { formatTable, num, printJson } from '../output.js';
import { helixRoleWord, regionWithCode } from '../cli-words.js';

/** The command's text, per language. */
const TEXT = {
  en: {
    heading: (region: string, nodes: string, edges: string) =>
      `Collaboration network of ${region}: ${nodes} organisations, ${edges} links`,
    measures: (
      density: string,
      components: string,
      largest: string,
      assortativity: string,
      communities: string,
    ) =>
      `density ${density}, ${components} components, largest ${largest}% of organisations, assortativity by helix role ${assortativity}, ${communities} communities`,
    roles: 'roles',
    links: 'links',
    expected: 'expected',
    ratio: 'ratio',
    name: 'name',
    role: 'role',
    degree: 'degree',
    betweenness: 'betweenness',
    outside: 'outside',
    gexf: (file: string) => `GEXF written to ${file}`,
  },
  nl: {
    heading: (region: string, nodes: string, edges: string) =>
      `Samenwerkingsnetwerk van ${region}: ${nodes} organisaties, ${edges} verbindingen`,
    measures: (
      density: string,
      components: string,
      largest: string,
      assortativity: string,
      communities: string,
    ) =>
      `dichtheid ${density}, ${components} componenten, grootste ${largest}% van de organisaties, assortativiteit naar helixrol ${assortativity}, ${communities} gemeenschappen`,
    roles: 'rollen',
    links: 'verbindingen',
    expected: 'verwacht',
    ratio: 'verhouding',
    name: 'naam',
    role: 'rol',
    degree: 'graad',
    betweenness: 'tussenligging',
    outside: 'buiten',
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
          console.log(
            text.heading(
              regionWithCode(labels.region(result.region, lang), result.region),
              num(result.nodes, 0),
              num(result.edges, 0),
            ),
          );
          console.log(
            text.measures(
              num(result.density, 4),
              num(result.components, 0),
              num((result.largest_component_share ?? 0) * 100, 1),
              num(result.assortativity_helix, 3),
              num(result.communities.count, 0),
            ),
          );
          console.log('');
          console.log(
            formatTable(
              result.helix_pairs.filter((p) => p.observed > 0 || p.expected > 0.5),
              [
                { header: text.roles, value: (p) => `${role(p.a)}-${role(p.b)}` },
                { header: text.links, value: (p) => p.observed, align: 'right' },
                { header: text.expected, value: (p) => num(p.expected, 1), align: 'right' },
                { header: text.ratio, value: (p) => num(p.ratio, 2), align: 'right' },
              ],
            ),
          );
          console.log('');
          console.log(
            formatTable(result.organisations.slice(0, Number(options.top)), [
              { header: 'id', value: (o) => o.id },
              {
                header: text.name,
                value: (o) => organisationLabel(o.name, o.id, lang).slice(0, 48),
              },
              { header: text.role, value: (o) => role(o.helix_role) },
              { header: text.degree, value: (o) => num(o.degree_centrality, 3), align: 'right' },
              {
                header: text.betweenness,
                value: (o) => num(o.betweenness_centrality, 3),
                align: 'right',
              },
              { header: text.outside, value: (o) => o.external_links, align: 'right' },
            ]),
          );
          console.log(`\n${coverageLine(result.coverage, lang)}`);
          if (options.gexf) console.log(text.gexf(options.gexf));
        });
      },
    );
}
