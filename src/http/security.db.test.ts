import { Writable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sessionAs, TEST_PASSWORD } from '../../test/support/auth.js';
import { buildTestApp, type TestApp } from '../../test/support/test-app.js';
import { testBackend } from '../../test/support/test-store.js';
import { createTestWebRoot, type TestWebRoot } from '../../test/support/test-web-root.js';
import type { Store } from '../storage/store.js';
import { PUBLIC } from './auth/access-rule.js';

describe(`security headers, errors and logs on ${testBackend}`, () => {
  let t: TestApp;
  let store: Store;
  let app: FastifyInstance;
  let webRoot: TestWebRoot;
  const logLines: string[] = [];
  beforeAll(async () => {
    webRoot = await createTestWebRoot();
    const logStream = new Writable({
      write(chunk: Buffer, _encoding, done) {
        logLines.push(...chunk.toString('utf8').split('\n').filter(Boolean));
        done();
      },
    });
    t = await buildTestApp({ app: { webRoot: webRoot.dir, logStream } });
    ({ app, store } = t);
    app.get('/api/test-failure', { config: { access: PUBLIC } }, () => {
      throw new Error('secret internals at /srv/regiokracht/db.ts:12');
    });
  });
  afterAll(async () => {
    await t.close();
    await webRoot.remove();
  });

  it('gives the web app a content security policy without unsafe-inline', async () => {
    const response = await app.inject({ url: '/regio/NL213' });
    const policy = response.headers['content-security-policy'] as string;
    expect(policy).toContain("default-src 'self'");
    expect(policy).toContain("style-src 'self'");
    expect(policy).toContain("script-src 'self'");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).not.toContain('unsafe-inline');
    expect(policy).not.toContain('unsafe-eval');
  });

  it('sends the security headers on every response: HTML, JSON, problems', async () => {
    for (const url of ['/', '/api/health', '/api/nothing-here', '/api/regions/XX9']) {
      const response = await app.inject({ url });
      expect(response.headers['x-content-type-options'], url).toBe('nosniff');
      expect(response.headers['referrer-policy'], url).toBe('same-origin');
      expect(response.headers['x-frame-options'], url).toBe('DENY');
      expect(response.headers['content-security-policy'], url).toContain("frame-ancestors 'none'");
    }
    expect((await app.inject({ url: '/api/health' })).headers['content-security-policy']).toBe(
      "default-src 'none'; frame-ancestors 'none'",
    );
  });

  it('answers an unexpected failure with a plain 500 problem, no stack or message', async () => {
    const response = await app.inject({ url: '/api/test-failure' });
    expect(response.statusCode).toBe(500);
    expect(response.json()).toEqual({
      type: 'about:blank',
      title: 'INTERNAL',
      status: 500,
      detail: 'An internal error occurred; it has been logged.',
      code: 'INTERNAL',
    });
    expect(response.body).not.toContain('secret internals');
    expect(response.body).not.toMatch(/at .*\.ts:\d+/);
    expect(logLines.join('\n')).toContain('secret internals');
  });

  it('refuses a body over 1 MB with 413', async () => {
    const session = await sessionAs(app, store, 'analyst');
    const response = await app.inject({
      method: 'POST',
      url: '/api/practices',
      headers: { ...session, 'content-type': 'application/json' },
      payload: JSON.stringify({
        title: 'x',
        region: 'NL213',
        topic: 1,
        description: 'x'.repeat(1_100_000),
      }),
    });
    expect(response.statusCode).toBe(413);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
  });

  it('writes JSON logs without passwords, cookies or tokens', async () => {
    const session = await sessionAs(app, store, 'analyst');
    await app.inject({
      url: '/api/session',
      headers: { ...session, authorization: 'Bearer abc.def' },
    });
    const text = logLines.join('\n');
    expect(logLines.length).toBeGreaterThan(3);
    for (const line of logLines) expect(() => JSON.parse(line) as unknown).not.toThrow();
    expect(text).not.toContain(TEST_PASSWORD);
    expect(text).not.toContain(session['x-csrf-token']);
    expect(text).not.toContain(session.cookie.split(';')[0]!.split('=')[1]!);
    expect(text).not.toContain('abc.def');
  });
});
