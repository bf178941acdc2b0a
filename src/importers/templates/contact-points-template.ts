import type { TableWriter } from '../importer.js';
import { templateImporter, type TemplateTools } from './template-importer.js';
import { removeStaleLinks } from './template-links.js';

interface State {
  readonly actors: ReadonlySet<string>;
  readonly writer: TableWriter;
  readonly regionLinks: TableWriter;
  readonly served: Map<string, Set<string>>;
}

/**
 * Template `contact-points`: contact_point_id, name, organisation_id, regions, channels, url,
 * smes_served_per_year, smes_served_year. The SME contact point of a region: `regions` lists
 * the NUTS codes it serves (separated by |), `channels` how SMEs reach it (e.g.
 * `desk|phone|website`), `smes_served_per_year` with the year of that figure. `organisation_id`,
 * when given, must be an organisation in the database. Regions no longer listed are removed.
 */
export const contactPointsTemplateImporter = templateImporter<State>({
  kind: 'contact-points',
  description: 'Template: SME contact points and the regions they serve',
  columns: [
    { name: 'contact_point_id', required: true, description: 'Your id of the contact point' },
    { name: 'name', required: true, description: 'Name of the contact point' },
    {
      name: 'organisation_id',
      required: false,
      description: 'The organisation that runs it (an id in the database)',
    },
    {
      name: 'regions',
      required: true,
      description: 'NUTS 2021 codes of the regions served, separated by |',
    },
    {
      name: 'channels',
      required: false,
      description: 'How SMEs reach it: desk, phone, email, website, events…; separated by |',
    },
    { name: 'url', required: false, description: 'Web address' },
    {
      name: 'smes_served_per_year',
      required: false,
      description: 'Number of SMEs served per year',
    },
    { name: 'smes_served_year', required: false, description: 'Year of that number' },
  ],
  key: ['contact_point_id'],
  async prepare(tools: TemplateTools): Promise<State> {
    const ids = await tools.ctx.tx.db.selectFrom('actors').select('id').execute();
    const writer = tools.ctx.writer('contact_points', ['id']);
    return {
      actors: new Set(ids.map((r) => r.id)),
      writer,
      regionLinks: tools.ctx.writer('contact_point_regions', ['contact_point_id', 'region_code'], {
        after: [writer, tools.regionWriter],
      }),
      served: new Map(),
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
    const perYear = row.integer('smes_served_per_year', { min: 0 });
    const year = row.integer('smes_served_year', { min: 1990, max: 2100 });
    const url = row.text('url');
    if (url && !/^https?:\/\//.test(url))
      row.refuse('url', `"${url}" is not a web address (http:// or https://)`);
    if (!row.ok || perYear === undefined || year === undefined) return;
    state.writer.add({
      id,
      name: row.raw('name'),
      actor_id: actor,
      channels: row.list('channels').join('|') || null,
      url,
      smes_served_per_year: perYear,
      smes_served_year: year,
      source_id: row.datasetId,
    });
    state.served.set(id, new Set(regions));
    for (const region of regions)
      state.regionLinks.add({ contact_point_id: id, region_code: region });
  },
  async finish(tools, state) {
    await state.regionLinks.flush();
    const removed = await removeStaleLinks(
      tools.ctx,
      'contact_point_regions',
      'contact_point_id',
      'region_code',
      state.served,
    );
    if (removed > 0)
      tools.ctx.note(`${removed} regions of contact points removed (no longer in the file)`);
  },
});
