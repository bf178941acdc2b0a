import { beforeAll, describe, expect, it } from 'vitest';
import { seedWebApiFixtures } from '../../../test/e2e/support/api-fixtures.js';
import { sessionAs, type SessionHeaders } from '../../../test/support/auth.js';
import { loadSmallNetwork } from '../../../test/support/small-network.js';
import { useTestApp } from '../../../test/support/test-app.js';
import { testBackend } from '../../../test/support/test-store.js';
import { openApiPaths } from '../../../test/support/openapi-paths.js';

interface PracticePage {
  items: {
    id: string;
    region: { code: string };
    key_areas: { id: string }[];
    transfers: unknown[];
  }[];
  total: number;
  limit: number;
  offset: number;
  facets: { topics: unknown[]; regions: unknown[]; key_areas: unknown[] };
}

describe(`good practices and visits on ${testBackend}`, () => {
  const t = useTestApp({
    role: 'analyst',
    seed: async (store) => {
      await seedWebApiFixtures(store);
      await loadSmallNetwork(store);
    },
  });
  let analyst: SessionHeaders;
  beforeAll(() => {
    analyst = t.session!;
  });

  const list = async (query: string) => {
    const response = await t.app.inject({ url: `/api/practices${query}`, headers: analyst });
    expect(response.statusCode).toBe(200);
    return response.json<PracticePage>();
  };

  it('lists published practices only, newest first, with key areas and transfers', async () => {
    const page = await list('');
    expect(page.items.map((p) => p.id)).toEqual(['test-gp-1', 'test-gp-2']);
    expect(page.total).toBe(2);
    expect(page.items[0]).toMatchObject({
      title: 'Test practice: shared cleanroom for SMEs',
      region: { code: 'NL213', name_nl: 'Twente' },
      topic: 1,
      key_areas: [{ id: 'topsectoren-2011/htsm' }],
      transfers: [{ region: 'NL41', year: 2025, outcome: 'adopted' }],
    });
  });

  it('searches title and text case-insensitively, every word', async () => {
    expect((await list('?q=CLEANROOM')).items.map((p) => p.id)).toEqual(['test-gp-1']);
    expect((await list('?q=fund%20brainport')).items.map((p) => p.id)).toEqual(['test-gp-2']);
    expect((await list('?q=cleanroom%20brainport')).total).toBe(0);
  });

  it('filters by topic, by region including the regions below it, and by key area', async () => {
    expect((await list('?topic=3')).items.map((p) => p.id)).toEqual(['test-gp-2']);
    expect((await list('?region=NL2')).items.map((p) => p.id)).toEqual(['test-gp-1']);
    expect((await list('?key_area=topsectoren-2011/lsh')).items.map((p) => p.id)).toEqual([
      'test-gp-2',
    ]);
  });

  it('pages with limit and offset and reports the total', async () => {
    const page = await list('?limit=1&offset=1');
    expect(page).toMatchObject({ total: 2, limit: 1, offset: 1 });
    expect(page.items.map((p) => p.id)).toEqual(['test-gp-2']);
  });

  it('counts, per topic, region and key area, only the practices that match the search', async () => {
    const { total, facets } = await list('?q=nothing-matches');
    expect(total).toBe(0);
    expect(facets.topics).toEqual([
      { topic: 1, count: 0 },
      { topic: 3, count: 0 },
    ]);
    expect(facets.regions).toEqual([
      expect.objectContaining({ code: 'NL213', count: 0 }),
      expect.objectContaining({ code: 'NL41', count: 0 }),
    ]);
    expect(facets.key_areas).toEqual([
      expect.objectContaining({ id: 'topsectoren-2011/htsm', count: 0 }),
      expect.objectContaining({ id: 'topsectoren-2011/lsh', count: 0 }),
    ]);
    const found = await list('?q=cleanroom');
    expect(found.facets.topics).toEqual([
      { topic: 1, count: 1 },
      { topic: 3, count: 0 },
    ]);
    expect(found.facets.regions).toEqual([
      expect.objectContaining({ code: 'NL213', count: 1 }),
      expect.objectContaining({ code: 'NL41', count: 0 }),
    ]);
  });

  it('counts each facet with the other filters but not its own, so it shows the other choices', async () => {
    const { facets } = await list('?topic=3');
    expect(facets.topics).toEqual([
      { topic: 1, count: 1 },
      { topic: 3, count: 1 },
    ]);
    expect(facets.regions).toEqual([
      expect.objectContaining({ code: 'NL213', count: 0 }),
      expect.objectContaining({ code: 'NL41', count: 1 }),
    ]);
    expect(facets.key_areas).toEqual([
      expect.objectContaining({ id: 'topsectoren-2011/htsm', count: 0 }),
      expect.objectContaining({ id: 'topsectoren-2011/lsh', count: 1 }),
    ]);
  });

  it('refuses a topic other than 1, 2 or 3', async () => {
    const response = await t.app.inject({ url: '/api/practices?topic=4' });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ code: 'INVALID_INPUT' });
  });

  it('lists the planned Twente visit with its three-topic agenda', async () => {
    const response = await t.app.inject({ url: '/api/visits?status=planned&from=2026-11-28' });
    expect(response.statusCode).toBe(200);
    const body = response.json<{ items: Record<string, unknown>[]; total: number }>();
    expect(body.total).toBe(1);
    expect(body.items[0]).toMatchObject({
      id: 'visit-twente',
      region: { code: 'NL213', name_nl: 'Twente' },
      date: '2027-02-08',
      status: 'planned',
      agenda: [
        { position: 1, topic: 1 },
        { position: 2, topic: 2 },
        { position: 3, topic: 3 },
      ],
    });
  });

  it("lets a regional editor move a practice only between regions that are the editor's", async () => {
    const editor = await sessionAs(t.app, t.store, 'regional_editor', ['NL21']);
    const send = (method: 'POST' | 'PATCH', url: string, payload: object) =>
      t.app.inject({ method, url, headers: editor, payload });
    const created = await send('POST', '/api/practices', {
      title: 'Test: Twentse kennisdeling',
      region: 'NL213',
      topic: 1,
      description: 'Test.',
    });
    expect(created.statusCode).toBe(201);
    const id = created.json<{ id: string }>().id;
    const away = await send('PATCH', `/api/practices/${id}`, { version: 1, region: 'NL41' });
    expect(away.statusCode).toBe(403);
    expect(away.json()).toMatchObject({
      code: 'FORBIDDEN',
      detail: expect.stringContaining('NL41'),
    });
    const within = await send('PATCH', `/api/practices/${id}`, { version: 1, region: 'NL211' });
    expect(within.statusCode).toBe(200);
    expect(within.json()).toMatchObject({ region: { code: 'NL211' }, version: 2 });
    expect(
      (
        await send('POST', '/api/practices', {
          title: 'x',
          region: 'NL41',
          topic: 1,
          description: 'x',
        })
      ).statusCode,
    ).toBe(403);
  });

  describe('editing', () => {
    const send = (method: 'GET' | 'POST' | 'PATCH', url: string, payload?: object) =>
      t.app.inject({ method, url, headers: analyst, ...(payload ? { payload } : {}) });
    let id = '';

    it('creates a draft that anonymous lists and reads do not show', async () => {
      const created = await send('POST', '/api/practices', {
        title: 'Testpraktijk: regionale samenwerking in de energietransitie',
        region: 'NL414',
        topic: 2,
        key_areas: ['topsectoren-2011/energy'],
        description: 'Test: bedrijven en gemeenten werken samen aan warmtenetten.',
        evidence: 'Test: drie aangesloten wijken.',
        language: 'nl',
        period_start: '2021',
      });
      expect(created.statusCode).toBe(201);
      id = created.json<{ id: string }>().id;
      expect(created.headers.location).toBe(`/api/practices/${id}`);
      expect(created.json()).toMatchObject({ status: 'draft', version: 1, topic: 2 });
      expect((await list('?q=samenwerkingen')).items.map((p) => p.id)).toEqual([]);
      expect((await list('?status=draft')).items.map((p) => p.id)).toContain(id);
      expect((await send('GET', `/api/practices/${id}`)).statusCode).toBe(404);
      expect((await t.app.inject({ url: '/api/practices?status=draft' })).statusCode).toBe(401);
      expect(
        (await t.app.inject({ url: `/api/practices/${id}?include_drafts=true` })).statusCode,
      ).toBe(401);
      expect((await send('GET', `/api/practices/${id}?include_drafts=true`)).statusCode).toBe(200);
    });

    it('refuses a stale version with 409 and the current practice', async () => {
      const edited = await send('PATCH', `/api/practices/${id}`, {
        version: 1,
        resources: 'Test: een projectleider',
      });
      expect(edited.statusCode).toBe(200);
      expect(edited.json()).toMatchObject({ version: 2, resources: 'Test: een projectleider' });
      const stale = await send('PATCH', `/api/practices/${id}`, { version: 1, title: 'Test' });
      expect(stale.statusCode).toBe(409);
      expect(stale.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(stale.json()).toMatchObject({
        code: 'CONFLICT',
        current: { id, version: 2, resources: 'Test: een projectleider', status: 'draft' },
      });
      const bad = await send('PATCH', `/api/practices/${id}`, { version: 2, key_areas: ['nope'] });
      expect(bad.statusCode).toBe(400);
      expect(bad.json<{ detail: string }>().detail).toMatch(/^key_areas: unknown key area nope/);
    });

    it('publishes the practice, after which a search by an inflected form finds it', async () => {
      const published = await send('POST', `/api/practices/${id}/publish`, { version: 2 });
      expect(published.statusCode).toBe(200);
      expect(published.json()).toMatchObject({ status: 'published', version: 3 });
      expect((await list('?q=samenwerkingen')).items.map((p) => p.id)).toEqual([id]);
      expect((await list('?q=warmtenet%20gemeente')).items.map((p) => p.id)).toEqual([id]);
      expect((await send('GET', `/api/practices/${id}`)).json()).toMatchObject({ id });
      // Publishing again, without a version, changes nothing.
      const again = await send('POST', `/api/practices/${id}/publish`);
      expect(again.statusCode).toBe(200);
      expect(again.json()).toMatchObject({ status: 'published', version: 3 });
    });

    it('records a transfer to another region', async () => {
      const response = await send('POST', `/api/practices/${id}/transfers`, {
        to_region: 'NL213',
        year: 2026,
        outcome: 'Test: pilot in Enschede',
      });
      expect(response.statusCode).toBe(201);
      expect(response.json()).toMatchObject({
        transfers: [{ region: 'NL213', name_nl: 'Twente', year: 2026 }],
      });
    });

    it('recommends practices for a region with the reason shown', async () => {
      const response = await send('GET', '/api/regions/NL213/practices/recommended');
      expect(response.statusCode).toBe(200);
      const body = response.json<{
        items: { practice: { id: string }; reasons: { id: string; text_en: string }[] }[];
        method: string;
        method_nl: string;
      }>();
      expect(body.items.map((i) => i.practice.id)).toEqual([id]);
      expect(body.method).toMatch(/^Criteria: .*The region’s 3 lowest of each kind/);
      expect(body.method_nl).toMatch(/^Criteria: .*De 3 laagste van elke soort/);
      expect(body.items[0]!.reasons[0]).toMatchObject({ id: 'topsectoren-2011/energy' });
      expect(body.items[0]!.reasons[0]!.text_en).toMatch(/more specialised in Energy/);
      expect((await send('GET', '/api/regions/XX9/practices/recommended')).statusCode).toBe(404);
    });

    it('describes every practice endpoint in the OpenAPI document', async () => {
      expect(Object.keys(await openApiPaths(t.app))).toEqual(
        expect.arrayContaining([
          '/api/practices',
          '/api/practices/{id}',
          '/api/practices/{id}/publish',
          '/api/practices/{id}/transfers',
          '/api/regions/{code}/practices/recommended',
        ]),
      );
    });
  });
});
