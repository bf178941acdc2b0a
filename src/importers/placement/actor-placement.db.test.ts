import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sharedDataDir, testBackend } from '../../../test/support/test-store.js';
import { runImport } from '../run-import.js';
import { tercetImporter } from '../tercet/tercet-importer.js';
import type { Store } from '../../storage/store.js';
import { ActorPlacer } from './actor-placement.js';
import { openSeededStore } from '../../../test/support/seeded-store.js';

const tercet = (name: string) => join(sharedDataDir, 'official', 'tercet', name);

describe(`placing organisations without guessing on ${testBackend}`, () => {
  let store: Store;
  let placer: ActorPlacer;
  const nl = (city: string, postcode: string | null = null) =>
    placer.place({ country_code: 'NL', city, postcode });
  beforeAll(async () => {
    store = await openSeededStore({ places: true });
    const nutsConversionDir = join(sharedDataDir, 'nuts_conversion');
    for (const file of ['pc2020_NL_NUTS-2021_v2.0_selection.csv', 'pc2024_DE_NUTS-2024_v1.0.csv'])
      await runImport(store, tercetImporter, tercet(file), { nutsConversionDir });
    placer = await ActorPlacer.load(store.db);
  }, 60_000);
  afterAll(async () => {
    await store.close();
  });

  it('leaves a place name that CBS also lists with a province suffix at country level, with the candidates', () => {
    const haren = nl('HAREN');
    expect(haren).toMatchObject({ municipality_code: null, region_code: 'NL', placement: null });
    expect(haren.candidates?.map((c) => [c.place, c.municipality, c.coropCode])).toEqual([
      ['Haren', 'Oss', 'CR35'],
      ['Haren Gn', 'Groningen', 'CR03'],
    ]);
    expect(haren.reason).toMatch(/"HAREN" may be 2 woonplaatsen in 2 municipalities/);
  });

  it('places the name with its province suffix', () => {
    expect(nl('HAREN GN')).toMatchObject({ municipality_code: 'GM0014', placement: 'place' });
  });

  it('lets the municipality of the same name decide: Beuningen is Beuningen Gld, not the hamlet in Losser', () => {
    expect(nl('BEUNINGEN')).toMatchObject({
      municipality_code: 'GM0209',
      region_code: 'NL226',
      placement: 'place',
    });
    expect(nl('HENGELO')).toMatchObject({ municipality_code: 'GM0164', region_code: 'NL213' });
  });

  it('lets a loaded postcode decide an ambiguous name, with the municipality of the candidate in its region', () => {
    expect(nl('HAREN', '5233 HN')).toMatchObject({
      municipality_code: 'GM0828',
      region_code: 'NL413',
      placement: 'postcode',
    });
  });

  it('places organisations of other countries by a loaded postcode, else in their country', () => {
    expect(placer.place({ country_code: 'DE', city: 'X', postcode: '55774' })).toMatchObject({
      region_code: 'DEB15',
      placement: 'postcode',
    });
    expect(placer.place({ country_code: 'FR', city: 'PARIS', postcode: '75005' })).toMatchObject({
      region_code: 'FR',
      placement: 'country',
    });
  });

  it('takes a NUTS code the source gives before the postcode and the place name', () => {
    expect(
      placer.place({
        country_code: 'NL',
        city: 'ENSCHEDE',
        postcode: '5233 HN',
        nuts_code: 'NL21',
      }),
    ).toMatchObject({ municipality_code: 'GM0153', region_code: 'NL21', placement: 'nuts' });
  });

  it('counts the ambiguous place names of the CBS table', () => {
    const names = placer.ambiguousNames.map(([key]) => key);
    expect(names).toContain('HAREN');
    expect(names).toContain('VELP');
    expect(names).not.toContain('BEUNINGEN');
  });
});
