import type { Command } from 'commander';
import type { ContactPointRecord } from '../../services/sme/contact-point-records.js';
import type { FundRecord } from '../../services/sme/fund-records.js';
import type { SmeContentStatus } from '../../services/sme/sme-field-check.js';
import { cliActor } from '../cli-actor.js';
import { configFrom, withStore } from '../context.js';
import { formatTable, printJson } from '../output.js';

const collect = (value: string, previous: string[] = []) => [...previous, value];
const clock = () => new Date();

type Options = Record<string, string | string[] | boolean | undefined>;

/** The contact-point fields given on the command line (absent options stay absent). */
function contactFields(o: Options) {
  const text = (key: string) => (typeof o[key] === 'string' ? (o[key] as string) : undefined);
  const list = (key: string) => (Array.isArray(o[key]) ? (o[key] as string[]) : undefined);
  return {
    name: text('name'),
    organisation: text('organisation'),
    helps_with: text('helpsWith'),
    address: text('address'),
    postcode: text('postcode'),
    town: text('town'),
    phone: text('phone'),
    email: text('email'),
    website: text('website'),
    opening_hours: text('openingHours'),
    channels: list('channel'),
    languages: list('language'),
    regions: list('region'),
    municipalities: list('municipality'),
    source_url: text('sourceUrl'),
  };
}

/** The fund fields given on the command line (absent options stay absent). */
function fundFields(o: Options) {
  const text = (key: string) => (typeof o[key] === 'string' ? (o[key] as string) : undefined);
  const list = (key: string) => (Array.isArray(o[key]) ? (o[key] as string[]) : undefined);
  const size = text('size');
  return {
    name: text('name'),
    manager: text('manager'),
    size: size === undefined ? undefined : Number(size),
    currency: text('currency'),
    instruments: list('instrument'),
    targets: list('target'),
    regions: list('region'),
    period_start: text('periodStart'),
    period_end: text('periodEnd'),
    website: text('website'),
    source_url: text('sourceUrl'),
  };
}

function contactOptions(command: Command): Command {
  return command
    .option('--name <text>', 'name')
    .option('--organisation <text>', 'the organisation that runs it')
    .option('--helps-with <text>', 'what it helps SMEs with')
    .option('--address <text>', 'visiting address: street and number')
    .option('--postcode <text>', 'postcode, e.g. 7511 AB')
    .option('--town <text>', 'town')
    .option('--phone <text>', 'phone number')
    .option('--email <text>', 'e-mail address')
    .option('--website <url>', 'website (http:// or https://)')
    .option('--opening-hours <text>', 'opening hours')
    .option('--channel <c>', 'desk, phone, email, website, chat, video, events; repeat', collect)
    .option('--language <code>', 'language spoken (nl, en, de); repeat', collect)
    .option('--region <code>', 'NUTS code of a region served; repeat', collect)
    .option('--municipality <name>', 'a municipality served (name or CBS code); repeat', collect)
    .option('--source-url <url>', 'where the facts come from')
    .option('--json', 'print the contact point as JSON');
}

function fundOptions(command: Command): Command {
  return command
    .option('--name <text>', 'name')
    .option('--manager <text>', 'who manages the fund')
    .option('--size <amount>', 'size in the currency')
    .option('--currency <code>', 'ISO 4217 code (default EUR)')
    .option(
      '--instrument <i>',
      'loans, equity, convertible loans, grants, guarantees, vouchers, subsidies; repeat',
      collect,
    )
    .option('--target <t>', 'sme, start-up, scale-up, cluster; repeat', collect)
    .option('--region <code>', 'NUTS code of a region served; repeat', collect)
    .option('--period-start <date>', 'YYYY, YYYY-MM or YYYY-MM-DD')
    .option('--period-end <date>', 'YYYY, YYYY-MM or YYYY-MM-DD')
    .option('--website <url>', 'website (http:// or https://)')
    .option('--source-url <url>', 'where the facts come from')
    .option('--json', 'print the fund as JSON');
}

function printContactPoint(c: ContactPointRecord): void {
  console.log(`${c.name}\n${c.id}, ${c.status}, version ${c.version}`);
  const line = (label: string, value: string | null) => {
    if (value) console.log(`${label}: ${value}`);
  };
  line('organisation', c.organisation);
  line('helps with', c.helps_with);
  line(
    'address',
    [c.address, [c.postcode, c.town].filter(Boolean).join(' ')].filter(Boolean).join(', '),
  );
  line('phone', c.phone);
  line('e-mail', c.email);
  line('website', c.website);
  line('opening hours', c.opening_hours);
  line('channels', c.channels.join(', '));
  line('languages', c.languages.join(', '));
  line(
    'serves',
    [
      ...c.municipalities.map((m) => m.name),
      ...c.regions.map((r) => `${r.name_nl} (${r.code})`),
    ].join(', '),
  );
  line('source', c.source_url);
}

function printFund(f: FundRecord): void {
  console.log(`${f.name}\n${f.id}, ${f.status}, version ${f.version}`);
  const line = (label: string, value: string | null) => {
    if (value) console.log(`${label}: ${value}`);
  };
  line('manager', f.manager);
  line('size', f.size === null ? null : `${f.size} ${f.currency ?? ''}`.trim());
  line('instruments', f.instruments.join(', '));
  line('targets', f.targets.join(', '));
  line('regions', f.regions.map((r) => `${r.name_nl} (${r.code})`).join(', '));
  line('period', [f.period_start, f.period_end].filter(Boolean).join(' – '));
  line('website', f.website);
  line('source', f.source_url);
}

/** `regiokracht sme contact|fund list|show|add|edit|publish|retire`: SME contact points and funds. */
export function smeCommand(program: Command): void {
  const sme = program
    .command('sme')
    .description('SME contact points and regional funds: list, show, add, edit, publish, retire');
  const contact = sme.command('contact').description('SME contact points');
  const fund = sme.command('fund').description('regional funds');

  for (const [group, kind] of [
    [contact, 'contact'],
    [fund, 'fund'],
  ] as const) {
    group
      .command('list')
      .description(`${kind === 'contact' ? 'contact points' : 'funds'} by name`)
      .option('--status <s>', 'published (default), draft, retired or all')
      .option('--region <code>', 'of this region')
      .option('--json', 'print them as JSON')
      .action(
        async (
          o: { status?: SmeContentStatus | 'all'; region?: string; json?: boolean },
          command: Command,
        ) => {
          await withStore(configFrom(command), async (store) => {
            const items =
              kind === 'contact'
                ? await (
                    await import('../../services/sme/contact-point-records.js')
                  ).listContactPoints(store.db, o)
                : await (await import('../../services/sme/fund-records.js')).listFunds(store.db, o);
            if (o.json) return printJson(items);
            console.log(
              formatTable(items as (ContactPointRecord | FundRecord)[], [
                { header: 'id', value: (r) => r.id },
                { header: 'status', value: (r) => r.status },
                { header: 'regions', value: (r) => r.regions.map((x) => x.code).join(' ') },
                { header: 'name', value: (r) => r.name },
              ]),
            );
          });
        },
      );

    group
      .command('show')
      .description('one, whatever its status')
      .argument('<id>', 'id')
      .option('--json', 'print it as JSON')
      .action(async (id: string, o: { json?: boolean }, command: Command) => {
        await withStore(configFrom(command), async (store) => {
          if (kind === 'contact') {
            const { getContactPoint } = await import('../../services/sme/contact-point-records.js');
            const c = await getContactPoint(store.db, id, { includeDrafts: true });
            return o.json ? printJson(c) : printContactPoint(c);
          }
          const { getFund } = await import('../../services/sme/fund-records.js');
          const f = await getFund(store.db, id, { includeDrafts: true });
          return o.json ? printJson(f) : printFund(f);
        });
      });

    for (const [action, status] of [
      ['publish', 'published'],
      ['retire', 'retired'],
    ] as const) {
      group
        .command(action)
        .description(
          action === 'publish' ? 'readers see it from now on' : 'kept, no longer shown to readers',
        )
        .argument('<id>', 'id')
        .option('--json', 'print it as JSON')
        .action(async (id: string, o: { json?: boolean }, command: Command) => {
          await withStore(configFrom(command), async (store) => {
            const deps = { store, now: clock, actor: cliActor() };
            const record =
              kind === 'contact'
                ? await (
                    await import('../../services/sme/contact-point-writes.js')
                  ).setContactPointStatus(deps, id, status)
                : await (
                    await import('../../services/sme/fund-writes.js')
                  ).setFundStatus(deps, id, status);
            if (o.json) return printJson(record);
            console.log(`${record.id} is ${record.status} (version ${record.version}).`);
          });
        });
    }
  }

  contactOptions(
    contact.command('add').description('add a contact point (a draft until published)'),
  )
    .option('--publish', 'publish it at once')
    .action(async (o: Options, command: Command) => {
      await withStore(configFrom(command), async (store) => {
        const { createContactPoint } = await import('../../services/sme/contact-point-writes.js');
        const fields = contactFields(o);
        const created = await createContactPoint(
          { store, now: clock, actor: cliActor() },
          { ...fields, name: fields.name ?? '', status: o.publish ? 'published' : 'draft' },
        );
        if (o.json) return printJson(created);
        console.log(`Added ${created.id} (${created.status}).`);
      });
    });

  contactOptions(
    contact.command('edit').description('change a contact point').argument('<id>', 'id'),
  )
    .requiredOption('--expect-version <n>', 'the version you last read (show prints it)')
    .action(async (id: string, o: Options, command: Command) => {
      await withStore(configFrom(command), async (store) => {
        const { updateContactPoint } = await import('../../services/sme/contact-point-writes.js');
        const changed = await updateContactPoint({ store, now: clock, actor: cliActor() }, id, {
          ...contactFields(o),
          version: Number(o.expectVersion),
        });
        if (o.json) return printJson(changed);
        console.log(`Changed ${changed.id} (version ${changed.version}).`);
      });
    });

  fundOptions(fund.command('add').description('add a fund (a draft until published)'))
    .option('--publish', 'publish it at once')
    .action(async (o: Options, command: Command) => {
      await withStore(configFrom(command), async (store) => {
        const { createFund } = await import('../../services/sme/fund-writes.js');
        const fields = fundFields(o);
        const created = await createFund(
          { store, now: clock, actor: cliActor() },
          {
            ...fields,
            name: fields.name ?? '',
            regions: fields.regions ?? [],
            status: o.publish ? 'published' : 'draft',
          },
        );
        if (o.json) return printJson(created);
        console.log(`Added ${created.id} (${created.status}).`);
      });
    });

  fundOptions(fund.command('edit').description('change a fund').argument('<id>', 'id'))
    .requiredOption('--expect-version <n>', 'the version you last read (show prints it)')
    .action(async (id: string, o: Options, command: Command) => {
      await withStore(configFrom(command), async (store) => {
        const { updateFund } = await import('../../services/sme/fund-writes.js');
        const changed = await updateFund({ store, now: clock, actor: cliActor() }, id, {
          ...fundFields(o),
          version: Number(o.expectVersion),
        });
        if (o.json) return printJson(changed);
        console.log(`Changed ${changed.id} (version ${changed.version}).`);
      });
    });
}
