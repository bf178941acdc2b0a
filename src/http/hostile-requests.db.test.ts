import { PassThrough } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SessionHeaders } from '../../test/support/auth.js';
import { buildTestApp, TEST_NOW, type TestApp } from '../../test/support/test-app.js';
import { openTestStore, testBackend } from '../../test/support/test-store.js';
import { createApp } from './create-app.js';

interface ProblemBody {
  status: number;
  code: string;
  detail: string;
}

const LISTS = [
  '/api/visits',
  '/api/indicators',
  '/api/sources',
  '/api/practices',
  '/api/commitments',
  '/api/audit',
];

describe(`hostile requests on ${testBackend}`, () => {
  let t: TestApp;
  let app: FastifyInstance;
  let analyst: SessionHeaders;
  beforeAll(async () => {
    t = await buildTestApp({ role: 'analyst' });
    app = t.app;
    analyst = t.session!;
  });
  afterAll(async () => {
    await t.close();
  });

  const expectRefused = (response: { statusCode: number; json: <T>() => T }, field: string) => {
    expect(response.statusCode).toBe(400);
    const problem = response.json<ProblemBody>();
    expect(problem.code).toBe('INVALID_INPUT');
    expect(problem.detail).toContain(field);
  };

  it.each(LISTS)(
    'refuses paging values out of bounds on %s with a 400 naming the field',
    async (path) => {
      for (const [query, field] of [
        ['offset=1e308', 'offset'],
        ['limit=Infinity', 'limit'],
        ['offset=-Infinity', 'offset'],
        ['limit=1e308', 'limit'],
      ] as const) {
        expectRefused(await app.inject({ url: `${path}?${query}`, headers: analyst }), field);
      }
      const fine = await app.inject({ url: `${path}?offset=0&limit=5`, headers: analyst });
      expect(fine.statusCode).toBe(200);
    },
  );

  it('refuses a NUL character in a query, a path parameter and a JSON body', async () => {
    expectRefused(await app.inject({ url: '/api/practices?q=a%00b' }), 'querystring/q');
    expectRefused(await app.inject({ url: '/api/visits/%00', headers: analyst }), 'params/id');
    expectRefused(
      await app.inject({
        method: 'POST',
        url: '/api/session',
        payload: { login: 'admin\u0000@example.test', password: 'x'.repeat(12) },
      }),
      'body/login',
    );
    const visit = await app.inject({ url: '/api/visits/visit-twente', headers: analyst });
    expectRefused(
      await app.inject({
        method: 'PATCH',
        url: '/api/visits/visit-twente',
        headers: analyst,
        payload: { version: visit.json<{ version: number }>().version, venue: 'Zaal\u00001' },
      }),
      'body/venue',
    );
    const after = await app.inject({ url: '/api/visits/visit-twente', headers: analyst });
    expect(after.json<{ venue: string }>().venue).not.toContain('\u0000');
  });

  it('refuses unknown fields and values of the wrong type in a write body, changing nothing', async () => {
    const before = await app.inject({ url: '/api/visits/visit-twente', headers: analyst });
    const { version, venue } = before.json<{ version: number; venue: string }>();
    for (const [extra, field] of [
      [{ id: 'visit-other' }, 'id'],
      [{ region_code: 'NL41' }, 'region_code'],
      [{ created_by: 'someone' }, 'created_by'],
      [{ venue: true }, 'venue'],
      [{ venue: ['Zaal 1'] }, 'venue'],
      [{ version: String(version) }, 'version'],
    ] as const) {
      const response = await app.inject({
        method: 'PATCH',
        url: '/api/visits/visit-twente',
        headers: analyst,
        payload: { version, ...extra },
      });
      expect(response.statusCode, JSON.stringify(extra)).toBe(400);
      expect(response.json<ProblemBody>().detail).toContain(field);
    }
    const after = await app.inject({ url: '/api/visits/visit-twente', headers: analyst });
    expect(after.json()).toMatchObject({ version, venue });
  });

  it('refuses a deeply nested JSON body before parsing it', async () => {
    const depth = 200_000;
    const payload = '['.repeat(depth) + ']'.repeat(depth);
    const response = await app.inject({
      method: 'POST',
      url: '/api/practices',
      headers: { ...analyst, 'content-type': 'application/json' },
      payload,
    });
    // The depth check's own words: refused by the scan before the body is parsed (its speed is a
    // benchmark's business, not this test's).
    expectRefused(response, 'nests deeper than 32');
    // The log-in takes 8 KiB at most: a larger body is refused before it is read to its end.
    const login = await app.inject({
      method: 'POST',
      url: '/api/session',
      headers: { 'content-type': 'application/json' },
      payload,
    });
    expect(login.statusCode).toBe(413);
    expect(login.headers['content-type']).toMatch(/^application\/problem\+json/);
    const shallow = await app.inject({
      method: 'POST',
      url: '/api/session',
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify({ login: 'nobody@example.test', password: 'not the password' }),
    });
    expect(shallow.statusCode).toBe(401);
  });

  it('logs every 500 with its stack even when requests are not logged', async () => {
    const broken = await openTestStore();
    const lines: string[] = [];
    const errorStream = new PassThrough();
    errorStream.on('data', (chunk: Buffer) => lines.push(chunk.toString('utf8')));
    const failing = await createApp({
      store: broken,
      version: 'test',
      now: TEST_NOW,
      webRoot: '/nonexistent',
      errorStream,
    });
    await broken.close();
    const response = await failing.inject({ url: '/api/sources' });
    expect(response.statusCode).toBe(500);
    await failing.close();
    const logged = lines
      .join('')
      .trim()
      .split('\n')
      .map(
        (line) =>
          JSON.parse(line) as {
            level: number;
            msg: string;
            err?: { stack?: string };
          },
      );
    const entry = logged.find((line) => line.msg === 'request failed');
    expect(entry?.level).toBe(50);
    expect(entry?.err?.stack).toMatch(/\n\s+at /);
  });
});
