import type { Command } from 'commander';
import type {
  PracticeFilter,
  PracticeStatus,
  Practice as PracticeSummary,
} from '../../services/practices/practice-service.js';
import type { RecommendationCriteria } from '../../services/practices/recommended-practices.js';
import { analyticsFor, configFrom, withStore } from '../context.js';
import { formatTable, printJson } from '../output.js';
import { cliWriteDeps } from '../cli-write-deps.js';
import { recordCommand } from '../record-command.js';
import { collect } from '../repeated-option.js';

/** The argument and `--json` of the commands on one practice. */
const PRACTICE_BY_ID = {
  argument: ['<id>', 'practice id'],
  json: 'print the practice as JSON',
} as const;

interface ListOptions {
  status?: PracticeStatus | 'all';
  region?: string;
  topic?: string;
  keyArea?: string;
  json?: boolean;
}

/** `regiokracht practice list|show|add|publish|search|recommend`: good practices. */
export function practiceCommand(program: Command): void {
  const practice = program
    .command('practice')
    .description('good practices: list, show, add, publish, search, recommend for a region');

  const filters = (command: Command) =>
    command
      .option('--status <s>', 'published (default), draft or all')
      .option('--region <code>', 'practices of this region or below it')
      .option('--topic <n>', 'topic 1, 2 or 3')
      .option('--key-area <id>', 'a key-area id, e.g. topsectoren-2011/htsm')
      .option('--json', 'print the practices as JSON');

  const run = async (command: Command, options: ListOptions, q?: string) => {
    await withStore(configFrom(command), async (store) => {
      const filter: PracticeFilter = {
        q,
        status: options.status,
        region: options.region,
        topic: options.topic === undefined ? undefined : Number(options.topic),
        keyArea: options.keyArea,
      };
      const { listPractices } = await import('../../services/practices/practice-service.js');
      const page = await listPractices(store, filter, { limit: 1000, offset: 0 });
      if (options.json) return printJson(page.items);
      printList(page.items);
    });
  };

  filters(practice.command('list').description('good practices, newest first')).action(
    (options: ListOptions, command: Command) => run(command, options),
  );

  filters(
    practice
      .command('search')
      .description('full-text search: every word, in any inflected form (Dutch or English)')
      .argument('<words...>', 'what to find'),
  ).action((words: string[], options: ListOptions, command: Command) =>
    run(command, options, words.join(' ')),
  );

  recordCommand(practice, {
    name: 'show',
    description: 'one good practice, drafts included',
    ...PRACTICE_BY_ID,
    async run(store, id) {
      const { getPractice } = await import('../../services/practices/practice-records.js');
      return getPractice(store.db, id, { includeDrafts: true });
    },
    print: printPractice,
  });

  practice
    .command('add')
    .description('add a good practice (a draft until published)')
    .requiredOption('--title <text>', 'title')
    .requiredOption('--region <code>', 'NUTS code of the region')
    .requiredOption('--topic <n>', '1 innovation system, 2 key areas, 3 regional innovation power')
    .requiredOption('--description <text>', 'what was done')
    .option('--key-area <id>', 'a key-area id; repeat for more', collect, [])
    .option('--period-start <date>', 'YYYY, YYYY-MM or YYYY-MM-DD')
    .option('--period-end <date>', 'YYYY, YYYY-MM or YYYY-MM-DD')
    .option('--resources <text>', 'resources needed')
    .option('--evidence <text>', 'evidence of success')
    .option('--transfer-potential <text>', 'what another region needs to take it over')
    .option('--contact <text>', 'contact')
    .option('--source-url <url>', 'where it is documented')
    .option('--language <nl|en>', 'language of the text (default nl)')
    .option('--publish', 'publish it at once')
    .option('--json', 'print the practice as JSON')
    .action(
      async (
        options: {
          title: string;
          region: string;
          topic: string;
          description: string;
          keyArea: string[];
          periodStart?: string;
          periodEnd?: string;
          resources?: string;
          evidence?: string;
          transferPotential?: string;
          contact?: string;
          sourceUrl?: string;
          language?: string;
          publish?: boolean;
          json?: boolean;
        },
        command: Command,
      ) => {
        await withStore(configFrom(command), async (store) => {
          const { createPractice } = await import('../../services/practices/create-practice.js');
          const created = await createPractice(cliWriteDeps(store), {
            title: options.title,
            region: options.region,
            topic: Number(options.topic),
            description: options.description,
            key_areas: options.keyArea,
            period_start: options.periodStart,
            period_end: options.periodEnd,
            resources: options.resources,
            evidence: options.evidence,
            transfer_potential: options.transferPotential,
            contact: options.contact,
            source_url: options.sourceUrl,
            language: options.language,
            status: options.publish ? 'published' : 'draft',
          });
          if (options.json) return printJson(created);
          console.log(`Added ${created.id} (${created.status}).`);
        });
      },
    );

  recordCommand(practice, {
    name: 'publish',
    description: 'publish a good practice: anonymous readers see it from now on',
    ...PRACTICE_BY_ID,
    async run(store, id) {
      const { publishPractice } = await import('../../services/practices/update-practice.js');
      return publishPractice(cliWriteDeps(store), id);
    },
    print: (published) => console.log(`Published ${published.id} (version ${published.version}).`),
  });

  practice
    .command('recommend')
    .description(
      'practices from regions that do well where this region does worst, with the reasons',
    )
    .argument('<region>', 'NUTS code, e.g. NL213')
    .option('--criteria <c>', 'both (default), key-areas or indicators')
    .option('--taxonomy <id>', 'key-area taxonomy (default topsectoren-2011)')
    .option('--limit <n>', 'at most this many', '10')
    .option('--json', 'print the recommendations as JSON')
    .action(
      async (
        region: string,
        options: {
          criteria?: RecommendationCriteria;
          taxonomy?: string;
          limit: string;
          json?: boolean;
        },
        command: Command,
      ) => {
        await withStore(configFrom(command), async (store) => {
          const { recommendedPractices } =
            await import('../../services/practices/recommended-practices.js');
          const result = await recommendedPractices(
            cliWriteDeps(store),
            await analyticsFor(store),
            region,
            {
              criteria: options.criteria,
              taxonomy: options.taxonomy,
              limit: Number(options.limit),
            },
          );
          if (options.json) return printJson(result);
          console.log(
            `${result.weakest_texts.map((w) => w.text_en).join(' ') || `Weakest points of ${result.region.name_en}: none known.`}\n`,
          );
          if (result.items.length === 0) console.log('No published practice fits them yet.');
          for (const item of result.items) {
            console.log(
              `${item.practice.id}: ${item.practice.title} (${item.practice.region.name_nl})`,
            );
            for (const r of item.reasons) console.log(`  - ${r.text_en}`);
          }
        });
      },
    );
}

function printList(items: readonly PracticeSummary[]): void {
  console.log(
    formatTable(items, [
      { header: 'id', value: (p) => p.id },
      { header: 'status', value: (p) => p.status },
      { header: 'region', value: (p) => `${p.region.code} ${p.region.name_nl}` },
      { header: 'topic', value: (p) => p.topic },
      { header: 'title', value: (p) => p.title },
    ]),
  );
}

function printPractice(p: PracticeSummary): void {
  console.log(`${p.title}\n${p.id}, ${p.status}, version ${p.version}`);
  const line = (label: string, value: string | number | null) => {
    if (value !== null && value !== '') console.log(`${label}: ${value}`);
  };
  line('region', `${p.region.name_nl} (${p.region.code})`);
  line('topic', p.topic);
  line('key areas', p.key_areas.map((k) => k.name_en).join(', '));
  line('period', [p.period_start, p.period_end].filter(Boolean).join(' – '));
  line('description', p.description);
  line('resources needed', p.resources);
  line('evidence of success', p.evidence);
  line('potential for transfer', p.transfer_potential);
  line('contact', p.contact);
  line('source', p.source_url);
  for (const t of p.transfers)
    line(
      'transferred to',
      `${t.name_nl} (${t.region})${t.year ? ` in ${t.year}` : ''}: ${t.outcome ?? ''}`,
    );
}
