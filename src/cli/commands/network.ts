import { writeFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { organisationLabel } from '../../domain/organisation-name.js';
import { withAnalytics } from '../context.js';
import { cliLang, coverageLine, langOption, requireMeasured } from '../measure-output.js';
import { formatTable, num, printJson } from '../output.js';

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
          console.log(
            `Collaboration network of ${result.region}: ${result.nodes} organisations, ${result.edges} links`,
          );
          console.log(
            `density ${num(result.density, 4)}, ${result.components} components, largest ${num((result.largest_component_share ?? 0) * 100, 1)}% of organisations, assortativity by helix role ${num(result.assortativity_helix, 3)}, ${result.communities.count} communities`,
          );
          console.log('');
          console.log(
            formatTable(
              result.helix_pairs.filter((p) => p.observed > 0 || p.expected > 0.5),
              [
                { header: 'roles', value: (p) => `${p.a}-${p.b}` },
                { header: 'links', value: (p) => p.observed, align: 'right' },
                { header: 'expected', value: (p) => num(p.expected, 1), align: 'right' },
                { header: 'ratio', value: (p) => num(p.ratio, 2), align: 'right' },
              ],
            ),
          );
          console.log('');
          console.log(
            formatTable(result.organisations.slice(0, Number(options.top)), [
              { header: 'id', value: (o) => o.id },
              { header: 'name', value: (o) => organisationLabel(o.name, o.id, lang).slice(0, 48) },
              { header: 'role', value: (o) => o.helix_role },
              { header: 'degree', value: (o) => num(o.degree_centrality, 3), align: 'right' },
              {
                header: 'betweenness',
                value: (o) => num(o.betweenness_centrality, 3),
                align: 'right',
              },
              { header: 'outside', value: (o) => o.external_links, align: 'right' },
            ]),
          );
          console.log(`\n${coverageLine(result.coverage, lang)}`);
          if (options.gexf) console.log(`GEXF written to ${options.gexf}`);
        });
      },
    );
}
