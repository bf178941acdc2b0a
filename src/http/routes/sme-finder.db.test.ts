import { describe, expect, it } from 'vitest';
import { seedWebApiFixtures } from '../../../test/e2e/support/api-fixtures.js';
import { useTestApp } from '../../../test/support/test-app.js';
import { testBackend } from '../../../test/support/test-store.js';

interface Found {
  understood: string;
  matches: {
    kind: string;
    name: string;
    region: { code: string } | null;
    municipality: { code: string } | null;
  }[];
  postcode: { asked: string; loaded: number } | null;
  formats: string[];
}

describe(`the SME finder's lookup on ${testBackend}`, () => {
  const t = useTestApp({
    now: () => new Date('2026-12-01T10:00:00Z'),
    seed: seedWebApiFixtures,
  });

  const find = async (q: string) => {
    const response = await t.app.inject({ url: `/api/sme/find?q=${encodeURIComponent(q)}` });
    expect(response.statusCode).toBe(200);
    return response.json<Found>();
  };

  it('finds a town with its municipality and NUTS3 region', async () => {
    const found = await find('enschede');
    expect(found.matches[0]).toMatchObject({
      kind: 'place',
      name: 'Enschede',
      municipality: { code: 'GM0153' },
      region: { code: 'NL213' },
    });
  });

  it.each(['7511', '7511 AB', '7511ab', ' 7511AB '])(
    'finds the postcode %s where the loaded postcodes cover it',
    async (q) => {
      const found = await find(q);
      expect(found.understood).toBe('postcode');
      expect(found.matches.map((m) => m.region?.code)).toEqual(['NL213']);
    },
  );

  it('says a postcode the loaded data does not cover is not there, with how many are loaded', async () => {
    const found = await find('7522 NB');
    expect(found).toMatchObject({
      understood: 'postcode',
      matches: [],
      postcode: { asked: '7522 NB', loaded: 2 },
    });
  });

  it('finds a region by name and by code', async () => {
    expect((await find('Twente')).matches[0]).toMatchObject({
      kind: 'region',
      region: { code: 'NL213' },
    });
    expect((await find('nl213')).matches[0]).toMatchObject({
      kind: 'region',
      region: { code: 'NL213' },
    });
  });

  it('finds nothing for a foreign postcode and lists the formats it understands', async () => {
    const found = await find('48143');
    expect(found).toMatchObject({ understood: 'name', matches: [], postcode: null });
    expect(found.formats).toEqual(['town', 'municipality', 'region', 'pc4', 'pc6']);
  });
});
