import type { Command } from 'commander';
import { RegiokrachtError } from '../../domain/errors.js';
import type { VisitStatus } from '../../services/visits/plan-visit.js';
import type { AgendaItemInput } from '../../services/visits/visit-agenda.js';
import type { VisitDetail } from '../../services/visits/visit-records.js';
import { configFrom, withStore } from '../context.js';
import { formatTable, printJson, printRows } from '../output.js';
import { cliWriteDeps } from '../cli-write-deps.js';
import { visitReportSubcommand } from './visit-report.js';
import { recordCommand } from '../record-command.js';
import { collect } from '../repeated-option.js';

const TOPICS: Record<number, string> = {
  1: 'innovation system',
  2: 'key areas',
  3: 'regional innovation power',
};

/**
 * `regiokracht visit list|show|plan|finding|commit|done|overdue|report`: plan visits, record findings
 * and commitments, and follow them up.
 */
export function visitCommand(program: Command): void {
  const visit = program
    .command('visit')
    .description('plan visits, record findings and commitments, follow up what was promised');

  visit
    .command('list')
    .description('visits, earliest first')
    .option('--status <s>', 'planned, done or cancelled')
    .option('--region <code>', 'visits to this region or below it, e.g. NL21')
    .option('--from <date>', 'visits on or after this date (YYYY-MM-DD)')
    .option('--json', 'print the visits as JSON')
    .action(
      async (
        options: { status?: string; region?: string; from?: string; json?: boolean },
        command: Command,
      ) => {
        await withStore(configFrom(command), async (store) => {
          const { listVisits } = await import('../../services/visits/visit-service.js');
          const page = await listVisits(store, options, { limit: 1000, offset: 0 });
          printRows(page.items, options.json, [
            { header: 'id', value: (v) => v.id },
            { header: 'date', value: (v) => v.date },
            { header: 'region', value: (v) => `${v.region.code} ${v.region.name_nl}` },
            { header: 'status', value: (v) => v.status },
            { header: 'venue', value: (v) => v.venue },
          ]);
        });
      },
    );

  recordCommand(visit, {
    name: 'show',
    description: 'a visit with its agenda, findings and commitments',
    argument: ['<visit>', 'visit id, e.g. visit-twente'],
    json: 'print the visit as JSON',
    async run(store, id) {
      const { getVisit } = await import('../../services/visits/get-visit.js');
      return getVisit(cliWriteDeps(store), id);
    },
    print: printVisit,
  });

  visit
    .command('plan')
    .description('plan a visit; without --agenda it gets one agenda item per topic')
    .argument('<region>', 'NUTS code, e.g. NL213')
    .argument('<date>', 'YYYY-MM-DD')
    .option('--venue <text>', 'where')
    .option('--hosts <text>', 'who hosts the visit')
    .option('--participants <text>', 'who takes part')
    .option(
      '--agenda <item>',
      'an agenda item "<topic>:<title>" (topic 1-3) or "<title>"; repeat for each, in order',
      collect,
      [],
    )
    .option('--status <s>', 'planned (default), or done to record a past visit')
    .option('--json', 'print the visit as JSON')
    .action(
      async (
        region: string,
        date: string,
        options: {
          venue?: string;
          hosts?: string;
          participants?: string;
          agenda: string[];
          status?: VisitStatus;
          json?: boolean;
        },
        command: Command,
      ) => {
        await withStore(configFrom(command), async (store) => {
          const { planVisit } = await import('../../services/visits/plan-visit.js');
          const planned = await planVisit(cliWriteDeps(store), {
            region,
            date,
            venue: options.venue,
            hosts: options.hosts,
            participants: options.participants,
            status: options.status,
            agenda: options.agenda.length ? options.agenda.map(agendaItem) : undefined,
          });
          if (options.json) return printJson(planned);
          console.log(`Planned ${planned.id}.`);
          printVisit(planned);
        });
      },
    );

  visit
    .command('finding')
    .description('record a finding of a visit on one of the three topics')
    .argument('<visit>', 'visit id')
    .argument('<topic>', '1 innovation system, 2 key areas, 3 regional innovation power')
    .argument('<text>', 'what was learned')
    .option('--json', 'print the finding as JSON')
    .action(
      async (
        visitId: string,
        topic: string,
        text: string,
        options: { json?: boolean },
        command: Command,
      ) => {
        await withStore(configFrom(command), async (store) => {
          const { addFinding } = await import('../../services/visits/visit-findings.js');
          const finding = await addFinding(cliWriteDeps(store), visitId, {
            topic: Number(topic),
            text,
          });
          if (options.json) return printJson(finding);
          console.log(`Recorded finding ${finding.id} on topic ${finding.topic}.`);
        });
      },
    );

  visit
    .command('commit')
    .description('record a commitment made at a visit')
    .argument('<visit>', 'visit id')
    .argument('<description>', 'what was promised')
    .requiredOption('--owner <name>', 'who does it')
    .option('--due <date>', 'by when (YYYY-MM-DD)')
    .option('--json', 'print the commitment as JSON')
    .action(
      async (
        visitId: string,
        description: string,
        options: { owner: string; due?: string; json?: boolean },
        command: Command,
      ) => {
        await withStore(configFrom(command), async (store) => {
          const { addCommitment } = await import('../../services/visits/commitments.js');
          const commitment = await addCommitment(cliWriteDeps(store), visitId, {
            description,
            owner: options.owner,
            due_date: options.due ?? null,
          });
          if (options.json) return printJson(commitment);
          console.log(
            `Recorded commitment ${commitment.id} (${commitment.owner}${commitment.due_date ? `, due ${commitment.due_date}` : ''}).`,
          );
        });
      },
    );

  visit
    .command('done')
    .description('mark a commitment done (or dropped)')
    .argument('<commitment>', 'commitment id')
    .option('--dropped', 'mark it dropped instead: it will not happen')
    .option('--json', 'print the commitment as JSON')
    .action(
      async (id: string, options: { dropped?: boolean; json?: boolean }, command: Command) => {
        await withStore(configFrom(command), async (store) => {
          const { setCommitmentStatus } = await import('../../services/visits/commitments.js');
          const commitment = await setCommitmentStatus(
            cliWriteDeps(store),
            id,
            options.dropped ? 'dropped' : 'done',
          );
          if (options.json) return printJson(commitment);
          console.log(`Commitment ${commitment.id} is ${commitment.status}.`);
        });
      },
    );

  visit
    .command('overdue')
    .description('commitments past their due date across all visits (--all: every open one)')
    .option('--all', 'every open commitment, overdue or not')
    .option('--region <code>', 'visits to this region or below it')
    .option('--json', 'print the commitments as JSON')
    .action(
      async (options: { all?: boolean; region?: string; json?: boolean }, command: Command) => {
        await withStore(configFrom(command), async (store) => {
          const { commitmentOverview } =
            await import('../../services/visits/commitment-overview.js');
          const overview = await commitmentOverview(
            cliWriteDeps(store),
            { status: options.all ? 'open' : 'overdue', region: options.region },
            { limit: 1000, offset: 0 },
          );
          if (options.json) return printJson(overview);
          console.log(
            `${overview.counts.overdue} overdue of ${overview.counts.open} open commitments (today ${overview.today}).\n`,
          );
          console.log(
            formatTable(overview.items, [
              { header: 'id', value: (c) => c.id },
              { header: 'due', value: (c) => c.due_date },
              { header: 'overdue', value: (c) => (c.overdue ? 'yes' : '') },
              { header: 'owner', value: (c) => c.owner },
              { header: 'visit', value: (c) => `${c.visit.region.name_nl} ${c.visit.date}` },
              { header: 'commitment', value: (c) => c.description },
            ]),
          );
        });
      },
    );

  visitReportSubcommand(visit);
}

/** "2:Title" -> topic 2; "Title" -> no topic. */
function agendaItem(text: string): AgendaItemInput {
  const match = /^([0-9]+)\s*:\s*(.*)$/.exec(text);
  if (!match) return { topic: null, title: text };
  const topic = Number(match[1]);
  if (![1, 2, 3].includes(topic))
    throw new RegiokrachtError(
      'INVALID_INPUT',
      `--agenda "${text}": topic ${topic} is not 1, 2 or 3; write "<topic>:<title>" or just "<title>"`,
    );
  return { topic, title: match[2] ?? '' };
}

function printVisit(v: VisitDetail): void {
  console.log(`${v.id}: visit to ${v.region.name_nl} (${v.region.code}) on ${v.date}, ${v.status}`);
  if (v.venue) console.log(`  venue: ${v.venue}`);
  if (v.hosts) console.log(`  hosts: ${v.hosts}`);
  if (v.participants) console.log(`  participants: ${v.participants}`);
  console.log('\nAgenda:');
  for (const a of v.agenda)
    console.log(`  ${a.position}. ${a.title}${a.topic ? ` (topic ${a.topic})` : ''}`);
  console.log('\nFindings:');
  if (v.findings.length === 0) console.log('  none yet');
  for (const f of v.findings)
    console.log(`  [${f.id}] topic ${f.topic} (${TOPICS[f.topic] ?? ''}): ${f.text}`);
  console.log('\nCommitments:');
  if (v.commitments.length === 0) console.log('  none yet');
  else
    console.log(
      formatTable(v.commitments, [
        { header: 'id', value: (c) => c.id },
        { header: 'status', value: (c) => (c.overdue ? 'OVERDUE' : c.status) },
        { header: 'due', value: (c) => c.due_date },
        { header: 'owner', value: (c) => c.owner },
        { header: 'commitment', value: (c) => c.description },
      ]),
    );
}
