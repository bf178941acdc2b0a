import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/support/test-app.js';
import { testBackend } from '../../../test/support/test-store.js';
import { createTestWebRoot, type TestWebRoot } from '../../../test/support/test-web-root.js';

describe(`the web application's files and HTTP caching on ${testBackend}`, () => {
  let t: TestApp;
  let app: FastifyInstance;
  let webRoot: TestWebRoot;
  beforeAll(async () => {
    webRoot = await createTestWebRoot();
    t = await buildTestApp({ app: { webRoot: webRoot.dir } });
    app = t.app;
  });
  afterAll(async () => {
    await t.close();
    await webRoot.remove();
  });

  it('serves index.html at / with a content security policy that allows nothing from elsewhere', async () => {
    const response = await app.inject({ url: '/' });
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain('<title>Regiokracht</title>');
    expect(response.headers['content-security-policy']).toContain("default-src 'self'");
  });

  it('serves index.html for the application paths so that shared links open', async () => {
    for (const url of ['/kaart?indicator=x&level=3', '/regio/NL213?lang=en', '/mkb']) {
      const response = await app.inject({ url });
      expect(response.statusCode, url).toBe(200);
      expect(response.headers['content-type']).toContain('text/html');
    }
  });

  it('serves hashed assets with a long cache lifetime', async () => {
    const response = await app.inject({ url: '/assets/app-abc123.js' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['cache-control']).toContain('immutable');
  });

  it('has index.html asked again on every visit, so that a new release is seen at once', async () => {
    for (const url of ['/', '/index.html', '/regio/NL213']) {
      const response = await app.inject({ url });
      expect(response.statusCode, url).toBe(200);
      expect(response.headers['cache-control'], url).toBe('no-cache');
    }
  });

  it('keeps unknown API paths and missing files as 404 problem documents', async () => {
    for (const url of ['/api/nothing-here', '/assets/missing.js']) {
      const response = await app.inject({ url });
      expect(response.statusCode, url).toBe(404);
      expect(response.headers['content-type']).toContain('application/problem+json');
    }
  });

  it('tags API answers with an ETag and answers a matching If-None-Match with 304', async () => {
    const first = await app.inject({ url: '/api/regions?level=2&country=NL' });
    const etag = first.headers.etag;
    expect(etag).toMatch(/^"[A-Za-z0-9_-]+"$/);
    const second = await app.inject({
      url: '/api/regions?level=2&country=NL',
      headers: { 'if-none-match': `W/"other", ${String(etag)}` },
    });
    expect(second.statusCode).toBe(304);
    expect(second.body).toBe('');
    const changed = await app.inject({
      url: '/api/regions?level=2&country=BE',
      headers: { 'if-none-match': String(etag) },
    });
    expect(changed.statusCode).toBe(200);
  });

  it('describes the web application endpoints in the OpenAPI document', async () => {
    const response = await app.inject({ url: '/api/docs/json' });
    const doc = response.json<{ paths: Record<string, unknown> }>();
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        '/api/indicators',
        '/api/indicators/{id}/values',
        '/api/sources',
        '/api/places',
        '/api/regions/{code}/sme',
        '/api/practices',
        '/api/visits',
      ]),
    );
    expect(Object.keys(doc.paths)).not.toContain('/*');
  });
});
