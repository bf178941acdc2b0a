import type { Command } from 'commander';
import { cliWriteDeps } from '../cli-write-deps.js';
import { recordCommand } from '../record-command.js';
import { configFrom, withStore } from '../context.js';
import { printJson, printRows } from '../output.js';
import { smeContactPoints } from './sme-contact-point.js';
import { smeFunds } from './sme-fund.js';
import type { SmeKind, SmeListFilter, SmeOptions, SmeRecord } from './sme-kind.js';

/** The argument and `--json` of the commands on one record. */
const SME_BY_ID = { argument: ['<id>', 'id'], json: 'print it as JSON' } as const;

/** `regiokracht sme contact|fund list|show|add|edit|publish|retire`: SME contact points and funds. */
export function smeCommand(program: Command): void {
  const sme = program
    .command('sme')
    .description('SME contact points and regional funds: list, show, add, edit, publish, retire');
  kindCommands(sme.command('contact').description('SME contact points'), smeContactPoints);
  kindCommands(sme.command('fund').description('regional funds'), smeFunds);
}

/** The commands of one kind of SME record under its `group`. */
function kindCommands<R extends SmeRecord>(group: Command, kind: SmeKind<R>): void {
  group
    .command('list')
    .description(`${kind.name}s by name`)
    .option('--status <s>', 'published (default), draft, retired or all')
    .option('--region <code>', 'of this region')
    .option('--json', 'print them as JSON')
    .action(async (o: SmeListFilter & { json?: boolean }, command: Command) => {
      await withStore(configFrom(command), async (store) => {
        const items = await kind.list(store, o);
        printRows(items, o.json, [
          { header: 'id', value: (r) => r.id },
          { header: 'status', value: (r) => r.status },
          { header: 'regions', value: (r) => r.regions.map((x) => x.code).join(' ') },
          { header: 'name', value: (r) => r.name },
        ]);
      });
    });

  recordCommand(group, {
    name: 'show',
    description: 'one, whatever its status',
    ...SME_BY_ID,
    run: (store, id) => kind.get(store, id),
    print(record) {
      console.log(`${record.name}\n${record.id}, ${record.status}, version ${record.version}`);
      kind.printDetails(record);
    },
  });

  for (const [action, status, description] of [
    ['publish', 'published', 'readers see it from now on'],
    ['retire', 'retired', 'kept, no longer shown to readers'],
  ] as const) {
    recordCommand(group, {
      name: action,
      description,
      ...SME_BY_ID,
      run: (store, id) => kind.setStatus(cliWriteDeps(store), id, status),
      print: (record) =>
        console.log(`${record.id} is ${record.status} (version ${record.version}).`),
    });
  }

  kind
    .fieldOptions(group.command('add').description(`add a ${kind.name} (a draft until published)`))
    .option('--publish', 'publish it at once')
    .action(async (o: SmeOptions, command: Command) => {
      await withStore(configFrom(command), async (store) => {
        const status = o.publish ? 'published' : 'draft';
        const created = await kind.create(cliWriteDeps(store), o, status);
        if (o.json) return printJson(created);
        console.log(`Added ${created.id} (${created.status}).`);
      });
    });

  kind
    .fieldOptions(group.command('edit').description(`change a ${kind.name}`).argument('<id>', 'id'))
    .requiredOption('--expect-version <n>', 'the version you last read (show prints it)')
    .action(async (id: string, o: SmeOptions, command: Command) => {
      await withStore(configFrom(command), async (store) => {
        const changed = await kind.update(cliWriteDeps(store), id, o, Number(o.expectVersion));
        if (o.json) return printJson(changed);
        console.log(`Changed ${changed.id} (version ${changed.version}).`);
      });
    });
}
