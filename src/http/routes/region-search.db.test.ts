import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TEST_NOW, useTestApp } from '../../../test/support/test-app.js';
import { sharedDataDir, testBackend } from '../../../test/support/test-store.js';
import { IMPORTERS } from '../../importers/index.js';
import { runImport } from '../../importers/run-import.js';
import { resolveRegionCode } from '../../services/regions/region-search-service.js';

interface Item {
  code: string;
  level: number;
  name_nl: string;
  matched: string;
  matched_kind: string;
  match: string;
}

describe(`region search by name on ${testBackend}`, () => {
  const t = useTestApp({
    seed: async (store) => {
      const places = join(sharedDataDir, 'nl', 'nl_woonplaats_gemeente_corop_2024.csv');
      await runImport(store, IMPORTERS['cbs-places']!, places, { clock: TEST_NOW });
    },
  });

  const search = async (q: string, extra = '') => {
    const response = await t.app.inject({ url: `/api/regions?q=${encodeURIComponent(q)}${extra}` });
    expect(response.statusCode).toBe(200);
    const body = response.json<{ query: string; items: Item[]; total: number }>();
    expect(body.query).toBe(q);
    expect(body.total).toBe(body.items.length);
    return body.items;
  };

  it('finds Fryslân from "fryslan", first', async () => {
    const [first] = await search('fryslan');
    expect(first).toMatchObject({ code: 'NL12', level: 2, matched: 'Fryslân', match: 'name' });
  });

  it('finds regions by their local, English and Dutch names and by the towns in them', async () => {
    expect((await search('Friesland'))[0]?.code).toBe('NL12');
    expect((await search('Den Bosch'))[0]).toMatchObject({ code: 'NL413', matched_kind: 'place' });
    expect((await search("'s-Hertogenbosch"))[0]?.code).toBe('NL413');
    expect((await search('Munich'))[0]).toMatchObject({ code: 'DE212', matched_kind: 'exonym' });
    expect((await search('münchen')).map((i) => i.code)).toContain('DE212');
    expect((await search('Keulen'))[0]?.code).toBe('DEA2');
    expect((await search('Bruxelles')).map((i) => i.code)).toContain('BE10');
    expect((await search('Brussel')).map((i) => i.code)).toContain('BE10');
    expect((await search('Enschede'))[0]).toMatchObject({ code: 'NL213', matched: 'Enschede' });
  });

  it('finds a region by its NUTS or COROP code, and despite a typo', async () => {
    expect((await search('nl213'))[0]).toMatchObject({ code: 'NL213', match: 'code' });
    expect((await search('CR12'))[0]).toMatchObject({ code: 'NL213', match: 'code' });
    expect((await search('Twnte'))[0]).toMatchObject({ code: 'NL213', match: 'fuzzy' });
  });

  it('keeps to a level and a country, and to the limit', async () => {
    const items = await search('Limburg', '&country=NL&level=3&limit=2');
    expect(items.map((i) => i.code)).toEqual(['NL423', 'NL421']);
    for (const i of items)
      expect(i).toMatchObject({ level: 3, code: expect.stringMatching(/^NL/) });
  });

  it('refuses an empty query and a limit beyond 50 with 400', async () => {
    expect((await t.app.inject({ url: '/api/regions?q=' })).statusCode).toBe(400);
    expect((await t.app.inject({ url: '/api/regions?q=x&limit=51' })).statusCode).toBe(400);
  });

  it('resolves a name to one code, and lists the candidates of an ambiguous name', async () => {
    expect(await resolveRegionCode(t.store, 'Twente')).toBe('NL213');
    expect(await resolveRegionCode(t.store, 'nl21')).toBe('NL21');
    await expect(resolveRegionCode(t.store, 'Utrecht')).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      details: [expect.stringMatching(/^NL31 /), expect.stringMatching(/^NL310 /)],
    });
    await expect(resolveRegionCode(t.store, 'Atlantis')).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });
});
