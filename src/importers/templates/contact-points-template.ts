import {
  CONTACT_CHANNELS,
  isEmailAddress,
  isPhoneNumber,
  postcodeWritten,
} from '../../domain/sme-content.js';
import type { TableWriter } from '../importer.js';
import { templateImporter, type TemplateTools } from './template-importer.js';
import { templateColumns } from './template-columns.js';
import { removeStaleLinks, TemplateLinks } from './template-links.js';

interface State {
  readonly actors: ReadonlySet<string>;
  /** Municipality code and lower-case name -> code. */
  readonly municipalities: ReadonlyMap<string, string>;
  readonly writer: TableWriter;
  readonly regionLinks: TemplateLinks;
  readonly municipalityLinks: TemplateLinks;
}

/**
 * Template `contact-points`: contact_point_id, name, organisation_id, regions, channels, url,
 * smes_served_per_year, smes_served_year, and the optional details an entrepreneur needs
 * (organisation, helps_with, address, postcode, town, phone, email, opening_hours, languages,
 * municipalities, source_url). `regions` lists the NUTS codes it serves and `municipalities` the
 * municipalities (names or CBS codes), each separated by |; one of them is required. `channels`
 * takes desk, phone, email, website, chat, video, events; `languages` two-letter codes. A
 * malformed e-mail, phone or web address refuses the row, naming the column. Imported contact
 * points are published; regions and municipalities no longer listed are removed.
 */
export const contactPointsTemplateImporter = templateImporter<State>({
  kind: 'contact-points',
  description: 'Template: SME contact points with address, phone, e-mail and the areas they serve',
  columns: templateColumns({
    required: {
      contact_point_id: 'Your id of the contact point',
      name: 'Name of the contact point',
    },
    optional: {
      organisation_id: 'The organisation that runs it (an id in the database)',
      regions: 'NUTS 2021 codes of the regions served, separated by |',
      municipalities: 'Municipalities served (names or CBS codes such as GM0153), separated by |',
      channels: `How SMEs reach it: ${CONTACT_CHANNELS.join(', ')}; separated by |`,
      url: 'Website',
      organisation: 'The organisation that runs it, by name',
      helps_with: 'What it helps SMEs with',
      address: 'Visiting address: street and number',
      postcode: 'Postcode of the visiting address (Dutch ones written 7511 AB)',
      town: 'Town of the visiting address',
      phone: 'Phone number (digits, optionally + and spaces)',
      email: 'E-mail address',
      opening_hours: 'Opening hours, as text',
      source_url: 'Where the facts come from (http:// or https://)',
      languages: 'Languages spoken (nl|en|de)',
      smes_served_per_year: 'Number of SMEs served per year',
      smes_served_year: 'Year of that number',
    },
  }),
  key: ['contact_point_id'],
  async prepare(tools: TemplateTools): Promise<State> {
    const [ids, municipalities] = await Promise.all([
      tools.ctx.tx.db.selectFrom('actors').select('id').execute(),
      tools.ctx.tx.db.selectFrom('municipalities').select(['code', 'name']).execute(),
    ]);
    const writer = tools.ctx.writer('contact_points', ['id']);
    const byName = new Map<string, string>();
    for (const m of municipalities) {
      byName.set(m.code.toUpperCase(), m.code);
      byName.set(m.name.toLowerCase(), m.code);
    }
    return {
      actors: new Set(ids.map((r) => r.id)),
      municipalities: byName,
      writer,
      regionLinks: new TemplateLinks(
        tools.ctx,
        'contact_point_regions',
        'contact_point_id',
        'region_code',
        [writer, tools.regionWriter],
      ),
      municipalityLinks: new TemplateLinks(
        tools.ctx,
        'contact_point_municipalities',
        'contact_point_id',
        'municipality_code',
        [writer],
      ),
    };
  },
  record(row, state) {
    const id = row.raw('contact_point_id');
    const actor = row.text('organisation_id');
    if (actor && !state.actors.has(actor))
      row.refuse('organisation_id', `"${actor}" is not an organisation in the database`);
    const regions: string[] = [];
    for (const code of row.list('regions')) {
      const region = row.region('regions', code);
      if (region) regions.push(region);
    }
    const municipalities: string[] = [];
    for (const m of row.list('municipalities')) {
      const code =
        state.municipalities.get(m.toUpperCase()) ?? state.municipalities.get(m.toLowerCase());
      if (code) municipalities.push(code);
      else row.refuse('municipalities', `"${m}" is not a municipality in the database`);
    }
    if (row.list('regions').length === 0 && row.list('municipalities').length === 0)
      row.refuse('regions', 'name at least one region or municipality the contact point serves');
    const channels = row.listOf('channels', CONTACT_CHANNELS);
    const languages = row.list('languages').map((l) => l.toLowerCase());
    for (const l of languages)
      if (!/^[a-z]{2}$/.test(l))
        row.refuse('languages', `"${l}" is not a language code such as nl`);
    const email = row.text('email');
    if (email && !isEmailAddress(email))
      row.refuse('email', `"${email}" is not an e-mail address (name@domain.nl)`);
    const phone = row.text('phone');
    if (phone && !isPhoneNumber(phone))
      row.refuse('phone', `"${phone}" is not a phone number (digits, optionally + and spaces)`);
    const url = row.webAddress('url');
    const sourceUrl = row.webAddress('source_url');
    const perYear = row.integer('smes_served_per_year', { min: 0 });
    const year = row.integer('smes_served_year', { min: 1990, max: 2100 });
    if (!row.ok || perYear === undefined || year === undefined) return;
    const postcode = row.text('postcode');
    state.writer.add({
      id,
      name: row.raw('name'),
      actor_id: actor,
      channels: channels.join('|') || null,
      url,
      smes_served_per_year: perYear,
      smes_served_year: year,
      source_id: row.datasetId,
      organisation: row.text('organisation'),
      helps_with: row.text('helps_with'),
      address: row.text('address'),
      postcode: postcode === null ? null : postcodeWritten(postcode),
      town: row.text('town'),
      phone,
      email,
      opening_hours: row.text('opening_hours'),
      languages: languages.join('|') || null,
      source_url: sourceUrl,
      status: 'published',
    });
    state.regionLinks.add(
      id,
      regions.map((r) => ({ region_code: r })),
    );
    state.municipalityLinks.add(
      id,
      municipalities.map((m) => ({ municipality_code: m })),
    );
  },
  async finish(tools, state) {
    await removeStaleLinks(tools.ctx, 'areas of contact points', [
      state.regionLinks,
      state.municipalityLinks,
    ]);
  },
});
