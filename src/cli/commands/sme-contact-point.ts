import type { Command } from 'commander';
import type { ContactPointRecord } from '../../services/sme/contact-point-records.js';
import { collect } from '../repeated-option.js';
import { givenOptions, printLine, type SmeKind, type SmeOptions } from './sme-kind.js';

/** The contact-point fields given on the command line (absent options stay absent). */
function contactFields(o: SmeOptions) {
  const { text, list } = givenOptions(o);
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

function printContactPoint(c: ContactPointRecord): void {
  printLine('organisation', c.organisation);
  printLine('helps with', c.helps_with);
  printLine(
    'address',
    [c.address, [c.postcode, c.town].filter(Boolean).join(' ')].filter(Boolean).join(', '),
  );
  printLine('phone', c.phone);
  printLine('e-mail', c.email);
  printLine('website', c.website);
  printLine('opening hours', c.opening_hours);
  printLine('channels', c.channels.join(', '));
  printLine('languages', c.languages.join(', '));
  printLine(
    'serves',
    [
      ...c.municipalities.map((m) => m.name),
      ...c.regions.map((r) => `${r.name_nl} (${r.code})`),
    ].join(', '),
  );
  printLine('source', c.source_url);
}

/** SME contact points for the `sme contact` commands. */
export const smeContactPoints: SmeKind<ContactPointRecord> = {
  name: 'contact point',
  fieldOptions: contactOptions,
  async list(store, filter) {
    const { listContactPoints } = await import('../../services/sme/contact-point-records.js');
    return listContactPoints(store.db, filter);
  },
  async get(store, id) {
    const { getContactPoint } = await import('../../services/sme/contact-point-records.js');
    return getContactPoint(store.db, id, { includeDrafts: true });
  },
  async create(deps, o, status) {
    const { createContactPoint } = await import('../../services/sme/contact-point-writes.js');
    const fields = contactFields(o);
    return createContactPoint(deps, { ...fields, name: fields.name ?? '', status });
  },
  async update(deps, id, o, version) {
    const { updateContactPoint } = await import('../../services/sme/contact-point-writes.js');
    return updateContactPoint(deps, id, { ...contactFields(o), version });
  },
  async setStatus(deps, id, status) {
    const { setContactPointStatus } = await import('../../services/sme/contact-point-writes.js');
    return setContactPointStatus(deps, id, status);
  },
  printDetails: printContactPoint,
};
