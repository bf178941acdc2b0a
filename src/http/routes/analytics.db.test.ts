import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sessionAs } from '../../../test/support/auth.js';
import { loadSmallNetwork } from '../../../test/support/small-network.js';
import { buildTestApp, type TestApp } from '../../../test/support/test-app.js';
import { testBackend } from '../../../test/support/test-store.js';
import type { Store } from '../../storage/store.js';
import type { Helix } from '../schemas/analytics-helix.js';
import type { KeyAreas } from '../schemas/analytics-key-areas.js';
import type { Network } from '../schemas/analytics-network.js';

describe(`the analytics API on ${testBackend}`, () => {
  let t: TestApp;
  let store: Store;
  let app: FastifyInstance;
  beforeAll(async () => {
    t = await buildTestApp({ seed: loadSmallNetwork });
    ({ app, store } = t);
  });
  afterAll(() => t?.close());

  it('returns the helix object of a region with its source', async () => {
    // Resamples other than the default are for signed-in users.
    const analyst = await sessionAs(app, store, 'analyst');
    const response = await app.inject({
      url: '/api/regions/NL213/helix?resamples=100',
      headers: analyst,
    });
    expect(response.statusCode).toBe(200);
    const body = response.json<Helix>();
    expect(Object.keys(body)).toEqual(
      expect.arrayContaining([
        'region',
        'projects',
        'configurations',
        't_millibits',
        't_ci95_millibits',
        'composition',
        'source',
      ]),
    );
    expect(body.projects).toBe(4);
    expect(body.t_millibits).toBeCloseTo(122.556, 2);
    expect(body.source.method).toMatch(/^Projects with at least one participant.*Leydesdorff/);
    expect(body.source.method_nl).toMatch(/^Projecten met ten minste één deelnemer.*Leydesdorff/);
  });

  it('answers null T and null density with their reasons, in the language asked for, for a region too small for them', async () => {
    // NL414 holds one organisation (philips, business) in one project.
    const helix = await app.inject({ url: '/api/regions/NL414/helix?lang=nl' });
    expect(helix.statusCode).toBe(200);
    const h = helix.json<Helix>();
    expect(h).toMatchObject({ projects: 1, t_millibits: null, t_ci95_millibits: null });
    expect(h.not_measured).toEqual([
      {
        measure: 't_millibits',
        reason_code: 'dimension_constant',
        reason: expect.stringContaining('het enige project heeft geen deelnemer uit'),
      },
    ]);
    const network = await app.inject({ url: '/api/regions/NL414/network' });
    expect(network.statusCode).toBe(200);
    const n = network.json<Network>();
    expect(n).toMatchObject({ nodes: 1, density: null });
    expect(n.organisations[0]).toMatchObject({ degree_centrality: null });
    expect(n.not_measured).toContainEqual({
      measure: 'density',
      reason_code: 'fewer_than_two_organisations',
      reason: 'the network has only one organisation; at least two are needed',
    });
    expect(n.helix_pairs[0]).toMatchObject({
      ratio: null,
      ratio_reason_code: 'no_links',
      ratio_reason:
        'the network has no links, so no link is expected and the ratio would divide by 0',
    });
  });

  it('returns key-area shares and location quotients', async () => {
    const response = await app.inject({
      url: '/api/regions/NL213/keyareas?measure=participations&reference=NL',
    });
    expect(response.statusCode).toBe(200);
    const body = response.json<KeyAreas>();
    // Nine key areas; htsm and chemistry, which only LEIT classifies into here, share one row.
    expect(body.areas).toHaveLength(8);
    expect(body.areas.find((a) => a.code === 'energy')).toMatchObject({ share_of_national: 0.5 });
  });

  it('returns the network object and its GEXF download', async () => {
    const response = await app.inject({ url: '/api/regions/NL213/network' });
    expect(response.statusCode).toBe(200);
    const body = response.json<Network>();
    expect(body).toMatchObject({ nodes: 3, edges: 2 });
    expect(body.organisations[0]).toMatchObject({ id: 'ut', betweenness_centrality: 1 });
    const gexf = await app.inject({ url: '/api/regions/NL213/network.gexf' });
    expect(gexf.statusCode).toBe(200);
    expect(gexf.headers['content-type']).toContain('application/gexf+xml');
    expect(gexf.body).toContain('<gexf');
  });

  it('computes other seeds for signed-in users only; anonymous callers get the default', async () => {
    for (const url of [
      '/api/regions/NL213/network?seed=7',
      '/api/regions/NL213/helix?seed=7',
      '/api/regions/NL213/helix?resamples=50',
    ]) {
      const anonymous = await app.inject({ url });
      expect(anonymous.statusCode, url).toBe(401);
      expect(anonymous.json<{ detail: string }>().detail).toContain('signed-in users only');
    }
    const published = await app.inject({ url: '/api/regions/NL213/network?seed=1' });
    expect(published.statusCode).toBe(200);
    const analyst = await sessionAs(app, store, 'analyst');
    const chosen = await app.inject({ url: '/api/regions/NL213/network?seed=7', headers: analyst });
    expect(chosen.statusCode, chosen.body).toBe(200);
    // Another seed changes the communities only, and is kept in no table.
    const community = (n: Network) => ({
      ...n,
      communities: null,
      organisations: n.organisations.map((o) => ({ ...o, community: null })),
    });
    expect(community(chosen.json<Network>())).toEqual(community(published.json<Network>()));
    const kept = await store.db.selectFrom('figures').select('key').execute();
    expect(kept.some((f) => f.key.startsWith('network:NL213:1:'))).toBe(true);
    expect(kept.filter((f) => f.key.startsWith('network:NL213:7:'))).toEqual([]);
  });

  it('limits the network to the projects of one key area', async () => {
    // Energy: only p3 (SC3), where acme is Twente's only participant: one node, no links.
    const response = await app.inject({
      url: '/api/regions/NL213/network?key_area=topsectoren-2011/energy',
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      key_area: 'topsectoren-2011/energy',
      nodes: 1,
      edges: 0,
    });
    const bad = await app.inject({ url: '/api/regions/NL213/network?key_area=nope' });
    expect(bad.statusCode).toBe(400);
  });

  it('answers a bad measure with a 400 problem naming the allowed values', async () => {
    const response = await app.inject({ url: '/api/regions/NL213/keyareas?measure=apples' });
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toContain('application/problem+json');
  });
});
