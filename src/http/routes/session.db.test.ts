import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createTestUser,
  logIn,
  sessionAs,
  TEST_PASSWORD,
  userIdOf,
} from '../../../test/support/auth.js';
import { buildTestApp, type TestApp } from '../../../test/support/test-app.js';
import { testBackend } from '../../../test/support/test-store.js';
import type { Store } from '../../storage/store.js';
import { createApp, type AppDeps } from '../create-app.js';

describe(`log-in and sessions on ${testBackend}`, () => {
  let t: TestApp;
  let store: Store;
  let clock = new Date('2026-11-28T10:00:00Z');
  const now = () => clock;
  const apps: FastifyInstance[] = [];
  let app: FastifyInstance;

  const newApp = async (extra: Partial<AppDeps> = {}) => {
    const created = await createApp({
      store,
      version: 'test',
      now,
      webRoot: '/nonexistent',
      ...extra,
    });
    apps.push(created);
    return created;
  };
  const attempt = (target: FastifyInstance, login: string, password: string, ip = '192.0.2.1') =>
    target.inject({
      method: 'POST',
      url: '/api/session',
      payload: { login, password },
      remoteAddress: ip,
    });

  beforeAll(async () => {
    t = await buildTestApp({ now });
    ({ store, app } = t);
  });
  afterAll(async () => {
    for (const a of apps) await a.close();
    await t.close();
  });

  it('logs in with the right password and sets HttpOnly, SameSite=Strict cookies', async () => {
    const login = await createTestUser(store, 'regional_editor', ['NL213']);
    const response = await attempt(app, login.toUpperCase(), TEST_PASSWORD);
    expect(response.statusCode).toBe(200);
    const body = response.json<{
      user: { login: string; role: string; regions: string[] };
      csrf_token: string;
    }>();
    expect(body.user).toMatchObject({ login, role: 'regional_editor', regions: ['NL213'] });
    const setCookie = response.headers['set-cookie'] as string[];
    const session = setCookie.find((c) => c.startsWith('regiokracht_session='))!;
    const csrf = setCookie.find((c) => c.startsWith('regiokracht_csrf='))!;
    expect(session).toMatch(/; Path=\//);
    expect(session).toMatch(/; SameSite=Strict/);
    expect(session).toMatch(/; HttpOnly/);
    expect(session).not.toMatch(/Secure/); // plain http on loopback
    expect(csrf).toMatch(/; SameSite=Strict/);
    expect(csrf).not.toMatch(/HttpOnly/); // the web app reads it to send it back
    expect(csrf).toContain(`regiokracht_csrf=${body.csrf_token}`);
    // The database keeps a hash of the token, never the token.
    const token = decodeURIComponent(session.split(';')[0]!.split('=')[1]!);
    const rows = await store.db.selectFrom('sessions').select('token_hash').execute();
    expect(rows.map((r) => r.token_hash)).not.toContain(token);

    const me = await app.inject({
      url: '/api/session',
      headers: { cookie: `regiokracht_session=${token}` },
    });
    expect(me.json()).toMatchObject({ user: { login }, csrf_token: body.csrf_token });
  });

  it('keeps passwords as salted scrypt hashes', async () => {
    const a = await createTestUser(store, 'viewer');
    const b = await createTestUser(store, 'viewer');
    const rows = await store.db
      .selectFrom('users')
      .select(['login', 'password_hash', 'password_salt'])
      .where('login', 'in', [a, b])
      .execute();
    expect(rows).toHaveLength(2);
    expect(rows[0]!.password_hash).not.toBe(rows[1]!.password_hash);
    expect(rows[0]!.password_salt).not.toBe(rows[1]!.password_salt);
    expect(JSON.stringify(rows)).not.toContain(TEST_PASSWORD);
  });

  it('sets Secure cookies behind https, or when told to', async () => {
    const login = await createTestUser(store, 'viewer');
    const behindProxy = await newApp({ trustProxy: true });
    const proxied = await behindProxy.inject({
      method: 'POST',
      url: '/api/session',
      payload: { login, password: TEST_PASSWORD },
      headers: { 'x-forwarded-proto': 'https' },
    });
    for (const cookie of proxied.headers['set-cookie'] as string[])
      expect(cookie).toMatch(/; Secure/);
    const always = await newApp({ auth: { secureCookies: true } });
    const response = await attempt(always, login, TEST_PASSWORD);
    for (const cookie of response.headers['set-cookie'] as string[])
      expect(cookie).toMatch(/; Secure/);
  });

  it('refuses a wrong password and an unknown login alike, with 401', async () => {
    const login = await createTestUser(store, 'viewer');
    const wrong = await attempt(app, login, 'not the password at all', '192.0.2.10');
    const unknown = await attempt(app, 'nobody@example.test', TEST_PASSWORD, '192.0.2.10');
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json()).toMatchObject({
      code: 'UNAUTHENTICATED',
      detail: 'wrong login or password',
    });
    expect(unknown.json<{ detail: string }>().detail).toBe(wrong.json<{ detail: string }>().detail);
    expect(wrong.headers['set-cookie']).toBeUndefined();
  });

  it('limits failed log-ins per account and per address in fixed windows', async () => {
    const limited = await newApp({
      auth: { rateLimit: { perAccount: 3, perIp: 5, windowMs: 60_000 } },
    });
    const login = await createTestUser(store, 'viewer');
    for (let i = 0; i < 3; i++)
      expect((await attempt(limited, login, 'wrong password!', `198.51.100.${i}`)).statusCode).toBe(
        401,
      );
    // The account is blocked, even for the right password, from any address.
    const blocked = await attempt(limited, login, TEST_PASSWORD, '198.51.100.99');
    expect(blocked.statusCode).toBe(429);
    expect(blocked.json()).toMatchObject({ code: 'RATE_LIMITED' });
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);

    // One address guessing at many accounts is blocked after 5 failures.
    for (let i = 0; i < 5; i++)
      expect(
        (await attempt(limited, `guess-${i}@example.test`, 'x', '203.0.113.7')).statusCode,
      ).toBe(401);
    const other = await createTestUser(store, 'viewer');
    expect((await attempt(limited, other, TEST_PASSWORD, '203.0.113.7')).statusCode).toBe(429);
    expect((await attempt(limited, other, TEST_PASSWORD, '203.0.113.8')).statusCode).toBe(200);

    // A new window opens the account again.
    clock = new Date(clock.getTime() + 61_000);
    expect((await attempt(limited, login, TEST_PASSWORD, '198.51.100.99')).statusCode).toBe(200);
  });

  it('ends a session after 12 idle hours, and keeps one in use alive', async () => {
    const admin = await sessionAs(app, store, 'administrator');
    const weights = { recency: 0.3, coverage: 0.3, strength: 0.2, gaps: 0.2 };
    const put = () =>
      app.inject({
        method: 'PUT',
        url: '/api/next-visit/weights',
        headers: admin,
        payload: weights,
      });
    clock = new Date(clock.getTime() + 11 * 3600_000);
    expect((await put()).statusCode).toBe(200); // used within 12 hours: renewed
    clock = new Date(clock.getTime() + 11 * 3600_000);
    expect((await put()).statusCode).toBe(200);
    clock = new Date(clock.getTime() + 12 * 3600_000 + 1000);
    const expired = await put();
    expect(expired.statusCode).toBe(401);
    expect((await app.inject({ url: '/api/session', headers: admin })).json()).toMatchObject({
      user: null,
    });
  });

  it('ends the sessions of a disabled account and refuses its log-ins', async () => {
    const admin = await sessionAs(app, store, 'administrator');
    const login = await createTestUser(store, 'analyst');
    const session = await logIn(app, login);
    const id = await userIdOf(store, login);
    const disabled = await app.inject({
      method: 'POST',
      url: `/api/users/${id}/disable`,
      headers: admin,
    });
    expect(disabled.statusCode).toBe(200);
    expect(disabled.json()).toMatchObject({ login, disabled: true });
    expect((await app.inject({ url: '/api/session', headers: session })).json()).toMatchObject({
      user: null,
    });
    expect((await app.inject({ url: '/api/commitments', headers: session })).statusCode).toBe(401);
    expect((await attempt(app, login, TEST_PASSWORD, '192.0.2.50')).statusCode).toBe(401);
    await app.inject({ method: 'POST', url: `/api/users/${id}/enable`, headers: admin });
    expect((await attempt(app, login, TEST_PASSWORD, '192.0.2.50')).statusCode).toBe(200);
  });

  it('refuses a write with the session cookie but without the right CSRF header (403)', async () => {
    const admin = await sessionAs(app, store, 'administrator');
    const weights = { recency: 0.3, coverage: 0.3, strength: 0.2, gaps: 0.2 };
    const put = (headers: Record<string, string>) =>
      app.inject({ method: 'PUT', url: '/api/next-visit/weights', headers, payload: weights });
    const missing = await put({ cookie: admin.cookie });
    expect(missing.statusCode).toBe(403);
    expect(missing.json()).toMatchObject({ code: 'CSRF_TOKEN' });
    const mismatched = await put({ cookie: admin.cookie, 'x-csrf-token': 'forged' });
    expect(mismatched.statusCode).toBe(403);
    expect(mismatched.json()).toMatchObject({ code: 'CSRF_TOKEN' });
    // Another session's token does not fit either.
    const other = await sessionAs(app, store, 'administrator');
    expect(
      (await put({ cookie: admin.cookie, 'x-csrf-token': other['x-csrf-token'] })).statusCode,
    ).toBe(403);
    expect((await put(admin)).statusCode).toBe(200);
  });

  it('logs out: the session ends and its cookies are cleared', async () => {
    const viewer = await sessionAs(app, store, 'viewer');
    const out = await app.inject({ method: 'DELETE', url: '/api/session', headers: viewer });
    expect(out.statusCode).toBe(204);
    for (const cookie of out.headers['set-cookie'] as string[]) expect(cookie).toMatch(/Max-Age=0/);
    expect((await app.inject({ url: '/api/session', headers: viewer })).json()).toMatchObject({
      user: null,
    });
  });

  it('checks new accounts: role, regions and password length', async () => {
    const admin = await sessionAs(app, store, 'administrator');
    const add = (payload: object) =>
      app.inject({ method: 'POST', url: '/api/users', headers: admin, payload });
    const base = {
      login: 'new-editor@example.test',
      name: 'Test editor',
      password: 'long enough password',
    };
    expect((await add({ ...base, role: 'regional_editor' })).json()).toMatchObject({
      status: 400,
      detail: expect.stringContaining('regions'),
    });
    expect((await add({ ...base, role: 'analyst', regions: ['NL213'] })).statusCode).toBe(400);
    expect((await add({ ...base, role: 'regional_editor', regions: ['NL999'] })).statusCode).toBe(
      400,
    );
    expect((await add({ ...base, role: 'viewer', password: 'short' })).statusCode).toBe(400);
    const ok = await add({ ...base, role: 'regional_editor', regions: ['nl213', 'NL21'] });
    expect(ok.statusCode).toBe(201);
    expect(ok.json()).toMatchObject({
      role: 'regional_editor',
      regions: ['NL21', 'NL213'],
      disabled: false,
    });
    expect(JSON.stringify(ok.json())).not.toMatch(/password/);
    expect((await add({ ...base, role: 'viewer' })).statusCode).toBe(409);
  });
});
