import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedWebApiFixtures } from '../../../test/e2e/support/api-fixtures.js';
import { openTestStore, sharedDataDir, testBackend } from '../../../test/support/test-store.js';
import { initialise } from '../../services/init/initialise.js';
import type { Store } from '../../storage/store.js';
import { createApp } from '../create-app.js';

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
  let store: Store;
  let app: FastifyInstance;
  beforeAll(async () => {
    store = await openTestStore();
    const now = () => new Date('2026-11-28T10:00:00Z');
    await initialise(store, { dataDir: sharedDataDir, now, log: () => undefined, openData: false });
    await seedWebApiFixtures(store);
    app = await createApp({ store, version: 'test', now, webRoot: '/nonexistent' });
  });
  afterAll(async () => {
    await app.close();
    await store.close();
  });

  const list = async (query: string) => {
    const response = await app.inject({ url: `/api/practices${query}` });
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

  it('counts practices per topic, region and key area for the filters', async () => {
    const { facets } = await list('?q=nothing-matches');
    expect(facets.topics).toEqual([
      { topic: 1, count: 1 },
      { topic: 3, count: 1 },
    ]);
    expect(facets.regions).toEqual([
      expect.objectContaining({ code: 'NL213', count: 1 }),
      expect.objectContaining({ code: 'NL41', count: 1 }),
    ]);
    expect(facets.key_areas).toHaveLength(2);
  });

  it('refuses a topic other than 1, 2 or 3', async () => {
    const response = await app.inject({ url: '/api/practices?topic=4' });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ code: 'INVALID_INPUT' });
  });

  it('lists the planned Twente visit with its three-topic agenda', async () => {
    const response = await app.inject({ url: '/api/visits?status=planned&from=2026-11-28' });
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
});
