import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../test/support/test-app.js';
import { testBackend } from '../../test/support/test-store.js';
import { openApiPaths } from '../../test/support/openapi-paths.js';
import { expectProblem } from '../../test/support/problem-document.js';

describe(`the HTTP API on ${testBackend}`, () => {
  const t = useTestApp();

  it('reports health with the backend and the number of regions', async () => {
    const response = await t.app.inject({ url: '/api/health' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({
      status: 'ok',
      database: testBackend,
      regions: 2010,
      version: 'test',
    });
  });

  it('lists the twelve Dutch provinces at NUTS level 2', async () => {
    const response = await t.app.inject({ url: '/api/regions?level=2&country=NL' });
    expect(response.statusCode).toBe(200);
    const body = response.json<{ items: { code: string; name_nl: string }[]; total: number }>();
    expect(body.total).toBe(12);
    expect(body.items.map((r) => r.code)).toContain('NL21');
    expect(body.items.find((r) => r.code === 'NL41')?.name_nl).toBe('Noord-Brabant');
  });

  it('serves Twente with its parent Overijssel and five spearheads', async () => {
    const response = await t.app.inject({ url: '/api/regions/NL213' });
    expect(response.statusCode).toBe(200);
    const body = response.json<{
      name_nl: string;
      parent: { code: string };
      spearheads: unknown[];
    }>();
    expect(body.name_nl).toBe('Twente');
    expect(body.parent.code).toBe('NL21');
    expect(body.spearheads).toHaveLength(5);
  });

  it('answers an unknown region with a 404 problem document', async () => {
    expectProblem(await t.app.inject({ url: '/api/regions/XX999' }), 404, 'NOT_FOUND');
  });

  it('refuses an invalid query with a 400 problem document', async () => {
    expectProblem(await t.app.inject({ url: '/api/regions?level=7' }), 400, 'INVALID_INPUT');
  });

  it('serves the Dutch provinces as simplified GeoJSON', async () => {
    const response = await t.app.inject({ url: '/api/geometry?level=2&country=NL' });
    expect(response.statusCode).toBe(200);
    const body = response.json<{
      type: string;
      features: { id: string; geometry: { type: string } }[];
    }>();
    expect(body.type).toBe('FeatureCollection');
    expect(body.features).toHaveLength(12);
    expect(['Polygon', 'MultiPolygon']).toContain(body.features[0]!.geometry.type);
  });

  it('describes itself in an OpenAPI document under /api/docs', async () => {
    const response = await t.app.inject({ url: '/api/docs/json' });
    expect(response.statusCode).toBe(200);
    const doc = response.json<{ openapi: string; paths: Record<string, unknown> }>();
    expect(doc.openapi).toMatch(/^3\./);
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(['/api/health', '/api/regions', '/api/regions/{code}']),
    );
  });

  it('shows paging fields with a default as optional in the OpenAPI document', async () => {
    const paths = await openApiPaths<{
      get?: { parameters?: { name: string; required?: boolean }[] };
    }>(t.app);
    for (const path of ['/api/sources', '/api/visits']) {
      const parameters = paths[path]?.get?.parameters ?? [];
      const paging = parameters.filter((p) => p.name === 'limit' || p.name === 'offset');
      expect(paging.map((p) => [p.name, p.required ?? false])).toEqual([
        ['limit', false],
        ['offset', false],
      ]);
    }
  });
});
