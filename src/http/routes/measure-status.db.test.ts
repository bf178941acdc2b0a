import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SessionHeaders } from '../../../test/support/auth.js';
import { loadSmallNetwork } from '../../../test/support/small-network.js';
import { buildTestApp, type TestApp } from '../../../test/support/test-app.js';
import { testBackend } from '../../../test/support/test-store.js';
import { HELIX_AT_COUNTRY_LEVEL_ONLY } from '../../../test/support/country-level-region.js';

describe(`the availability and coverage fields of the analytics API on ${testBackend}`, () => {
  let t: TestApp;
  let app: FastifyInstance;
  // Signed in: the helix calls below ask for fewer resamples than the default.
  let analyst: SessionHeaders;
  beforeAll(async () => {
    t = await buildTestApp({ role: 'analyst', seed: loadSmallNetwork });
    ({ app } = t);
    analyst = t.session!;
  });
  afterAll(() => t?.close());

  const get = async (url: string) => {
    const response = await app.inject({ url, headers: analyst });
    expect(response.statusCode).toBe(200);
    return response.json<Record<string, unknown>>();
  };

  it('sends the status, coverage and period of topic 1 and 2 figures through the schemas', async () => {
    for (const url of [
      '/api/regions/NL213/helix?resamples=50',
      '/api/regions/NL213/network',
      '/api/regions/NL213/keyareas',
    ]) {
      const body = await get(url);
      expect(body).toMatchObject({ available: true, reason_code: null, reason: null });
      expect(body.coverage).toMatchObject({
        country: 'NL',
        level: 3,
        placed_participations: 7,
        unplaced_participations: 0,
        placed_share: 1,
        placed_contribution_share: 1,
      });
      expect((body.coverage as { note: string }).note).toMatch(/100% of the participations/);
      expect(body).toHaveProperty('period');
    }
  });

  it('says in the asked language why a German region is not available, with null counts', async () => {
    const helix = await get('/api/regions/DE11/helix?resamples=50&lang=nl');
    expect(helix).toMatchObject(HELIX_AT_COUNTRY_LEVEL_ONLY);
    expect(helix.reason).toMatch(/Duitsland/);
    const network = await get('/api/regions/DE11/network?lang=en');
    expect(network).toMatchObject({ available: false, nodes: null, edges: null });
    expect(network.reason).toMatch(/Germany are placed at country level only/);
    const keyAreas = await get('/api/regions/DE11/keyareas');
    expect(keyAreas.region_total).toBeNull();
    expect((keyAreas.areas as { value: number | null }[])[0]?.value).toBeNull();
    for (const url of ['clusters', 'similar', 'partners']) {
      const body = await get(`/api/regions/DE11/${url}?lang=en`);
      expect(body).toMatchObject({ available: false, reason_code: 'country_level_only' });
      expect(body.reason).toMatch(/Germany/);
    }
  });

  it('refuses a language it does not speak', async () => {
    const response = await app.inject({ url: '/api/regions/NL213/helix?lang=de' });
    expect(response.statusCode).toBe(400);
  });
});
