import { describe, expect, it } from 'vitest';
import { seedWebApiFixtures } from '../../../test/e2e/support/api-fixtures.js';
import { useTestApp } from '../../../test/support/test-app.js';
import { testBackend } from '../../../test/support/test-store.js';

interface Match {
  kind: string;
  name: string;
  matched_alias: string | null;
  municipality: { code: string; name: string } | null;
  region: { code: string; name_nl: string } | null;
  province: { code: string; name_nl: string } | null;
}

describe(`the SME finder on ${testBackend}`, () => {
  const t = useTestApp({ seed: seedWebApiFixtures });

  const search = async (q: string) => {
    const response = await t.app.inject({ url: `/api/places?q=${encodeURIComponent(q)}` });
    expect(response.statusCode).toBe(200);
    return response.json<{ items: Match[]; total: number }>().items;
  };

  it('finds a town with its municipality, NUTS3 region and province', async () => {
    const [first] = await search('enschede');
    expect(first).toEqual({
      kind: 'place',
      name: 'Enschede',
      matched_alias: null,
      municipality: { code: 'GM0153', name: 'Enschede' },
      region: { code: 'NL213', name_nl: 'Twente', name_en: expect.any(String) },
      province: { code: 'NL21', name_nl: 'Overijssel', name_en: expect.any(String) },
    });
  });

  it('finds a town by the alias addresses use, and names the alias', async () => {
    const matches = await search('Hengelo (Ov)');
    expect(matches[0]).toMatchObject({ name: 'Hengelo', matched_alias: 'HENGELO OV' });
  });

  it('finds municipalities as well as towns', async () => {
    const matches = await search('Eindh');
    expect(matches.map((m) => m.kind)).toEqual(expect.arrayContaining(['place', 'municipality']));
  });

  it('finds the region of a PC4 postcode area', async () => {
    const matches = await search('7511');
    expect(matches).toEqual([
      expect.objectContaining({
        kind: 'postcode',
        name: '7511',
        region: expect.objectContaining({ code: 'NL213' }),
      }),
    ]);
    expect((await search('5611 AA'))[0]?.region?.code).toBe('NL414');
  });

  it('treats LIKE wildcards in the query as plain text', async () => {
    expect(await search('%')).toEqual([]);
  });

  it('refuses an empty query with a 400 problem document', async () => {
    const response = await t.app.inject({ url: '/api/places?q=' });
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toContain('application/problem+json');
  });

  it('says Twente has no contact point rather than making one up, and lists its spearheads, organisations and fund', async () => {
    const response = await t.app.inject({ url: '/api/regions/NL213/sme' });
    expect(response.statusCode).toBe(200);
    const body = response.json<{
      region: { code: string };
      chain: { code: string }[];
      contact_points: unknown[];
      clusters: { region: string; key_areas: unknown[] }[];
      organisations: { id: string; is_sme: boolean | null; projects: number }[];
      funds: { name: string }[];
    }>();
    expect(body.region.code).toBe('NL213');
    expect(body.chain.map((r) => r.code)).toEqual(['NL213', 'NL21', 'NL2', 'NL']);
    expect(body.contact_points).toEqual([]);
    expect(body.clusters.filter((c) => c.region === 'NL213')).toHaveLength(5);
    expect(body.organisations[0]).toMatchObject({ id: 'TEST-A', is_sme: true });
    expect(body.organisations.find((o) => o.id === 'TEST-B')?.projects).toBe(2);
    expect(body.funds.map((f) => f.name)).toContain('Test investment fund Overijssel');
  });

  it('finds the contact point registered for the province above a NUTS3 region', async () => {
    const response = await t.app.inject({ url: '/api/regions/NL414/sme' });
    const body = response.json<{
      contact_points: Record<string, unknown>[];
      source: { datasets: { id: string }[] };
    }>();
    expect(body.contact_points).toEqual([
      expect.objectContaining({
        id: 'test-cp-brabant',
        name: 'Test contact point Brabant',
        organisation: 'Test Brabant Company',
        channels: ['phone', 'email'],
        website: 'https://example.org/cp',
        smes_served_per_year: 120,
        smes_served_year: 2025,
        regions: [{ code: 'NL41', name_nl: 'Noord-Brabant', name_en: expect.any(String) }],
        status: 'published',
        nearness: 4,
      }),
    ]);
    expect(body.source.datasets.map((d) => d.id)).toContain('test-register');
  });

  it('shows a contact point as soon as one is registered, and none once it is removed again', async () => {
    const points = async () =>
      (await t.app.inject({ url: '/api/regions/NL213/sme' })).json<{
        contact_points: { id: string }[];
      }>().contact_points;
    expect(await points()).toEqual([]);
    await t.store.transaction(async (tx) => {
      await tx.upsert(
        'contact_points',
        ['id'],
        [
          {
            id: 'test-cp-oost',
            name: 'Test contact point Oost',
            actor_id: null,
            channels: null,
            url: null,
            smes_served_per_year: null,
            smes_served_year: null,
            source_id: 'test-register',
          },
        ],
      );
      await tx.upsert(
        'contact_point_regions',
        ['contact_point_id', 'region_code'],
        [{ contact_point_id: 'test-cp-oost', region_code: 'NL21' }],
      );
    });
    expect((await points()).map((p) => p.id)).toEqual(['test-cp-oost']);
    await t.store.db
      .deleteFrom('contact_point_regions')
      .where('contact_point_id', '=', 'test-cp-oost')
      .execute();
    await t.store.db.deleteFrom('contact_points').where('id', '=', 'test-cp-oost').execute();
    expect(await points()).toEqual([]);
  });

  it('answers an unknown region with a 404 problem document', async () => {
    const response = await t.app.inject({ url: '/api/regions/XX999/sme' });
    expect(response.statusCode).toBe(404);
    expect(response.json()).toMatchObject({ code: 'NOT_FOUND' });
  });
});
