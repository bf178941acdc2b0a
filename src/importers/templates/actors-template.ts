import { HELIX_ROLES } from '../../domain/helix-role.js';
import { ActorPlacer } from '../placement/actor-placement.js';
import type { TableWriter } from '../importer.js';
import { templateImporter, type TemplateTools } from './template-importer.js';
import { templateColumns } from './template-columns.js';
import { ownersWithLinks, removeStaleLinks, TemplateLinks } from './template-links.js';

interface State {
  readonly placer: ActorPlacer;
  readonly actorWriter: TableWriter;
  readonly keyAreas: TemplateLinks;
  /** The organisations that had key areas before the import. */
  readonly linkedBefore: ReadonlySet<string>;
}

/**
 * Template `actors`: organisation_id, name, helix_role, short_name, is_sme, kvk, pic, street,
 * postcode, city, country, region, key_areas. Each row writes the organisation (an existing one
 * with the same id is updated). Its region is the `region` column when filled (placement
 * 'template'), else it is placed from its address like a CORDIS organisation (Dutch: postcode or
 * city -> municipality and NUTS3; elsewhere: the country). `key_areas` lists key-area ids with
 * optional weights (`topsectoren-2011/htsm=0.5|topsectoren-2011/energy=0.5`); it replaces the
 * organisation's key areas.
 */
export const actorsTemplateImporter = templateImporter<State>({
  kind: 'actors',
  description:
    'Template: organisations a region enters (companies, knowledge institutions, government...)',
  columns: templateColumns({
    required: {
      organisation_id: 'Your id of the organisation: KVK12345678, PIC999901915, or your own',
      name: 'Name of the organisation',
      helix_role: 'business, research, education, government or other',
    },
    optional: {
      short_name: 'Short name or acronym',
      is_sme: 'yes or no (MKB)',
      kvk: 'Chamber of Commerce number (8 digits)',
      pic: 'EU participant identification code (9 digits)',
      street: 'Street and number',
      postcode: 'Postcode, e.g. 7522 NB',
      city: 'Town or city',
      country: 'Country code (NL when empty)',
      region: 'NUTS 2021 code or country code; empty = place by address',
      key_areas: 'Key-area ids with optional weights, separated by |',
    },
  }),
  key: ['organisation_id'],
  async prepare(tools: TemplateTools): Promise<State> {
    const actorWriter = tools.ctx.writer('actors', ['id'], {
      after: [tools.regionWriter],
      inKeyOrder: true,
    });
    return {
      placer: await ActorPlacer.load(tools.ctx.tx.db),
      actorWriter,
      keyAreas: new TemplateLinks(tools.ctx, 'actor_key_areas', 'actor_id', 'key_area_id', [
        actorWriter,
      ]),
      linkedBefore: await ownersWithLinks(tools.ctx, 'actor_key_areas', 'actor_id'),
    };
  },
  record(row, state) {
    const id = row.raw('organisation_id');
    const helix = row.oneOf('helix_role', HELIX_ROLES);
    const isSme = row.flag('is_sme');
    const kvk = row.text('kvk');
    if (kvk && !/^\d{8}$/.test(kvk)) row.refuse('kvk', `"${kvk}" is not a KvK number (8 digits)`);
    const pic = row.text('pic');
    if (pic && !/^\d{9}$/.test(pic)) row.refuse('pic', `"${pic}" is not a PIC (9 digits)`);
    const country = row.region('country', row.raw('country') || 'NL');
    if (country && country.length !== 2)
      row.refuse('country', `"${country}" is not a country code`);
    const region = row.region('region');
    const keyAreas = row.keyAreas('key_areas');
    if (!row.ok || !helix || !country || region === undefined || !keyAreas || isSme === undefined)
      return;
    const address = {
      country_code: country,
      city: row.text('city'),
      postcode: row.text('postcode'),
    };
    const placed = state.placer.place(address);
    const sameRegion = region === null || placed.region_code === region;
    state.actorWriter.add({
      id,
      name: row.raw('name'),
      short_name: row.text('short_name'),
      helix_role: helix,
      is_sme: isSme,
      pic,
      kvk,
      street: row.text('street'),
      postcode: row.text('postcode'),
      city: row.text('city'),
      country_code: country,
      municipality_code: sameRegion ? placed.municipality_code : null,
      region_code: region ?? placed.region_code,
      placement: region ? 'template' : placed.placement,
      source_id: row.datasetId,
      import_id: row.importId,
    });
    state.keyAreas.add(
      id,
      keyAreas.map((k) => ({ key_area_id: k.id, weight: k.weight })),
      state.linkedBefore.has(id),
    );
  },
  async finish(tools, state) {
    await tools.ctx.flush();
    await removeStaleLinks(tools.ctx, 'key areas of organisations', [state.keyAreas]);
  },
});
