import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestUser, logIn, TEST_PASSWORD, userIdOf } from '../../../test/support/auth.js';
import { openTestStore, testBackend } from '../../../test/support/test-store.js';
import { createApp } from '../../http/create-app.js';
import type { Store } from '../../storage/store.js';

describe(`account rules on ${testBackend}`, () => {
  let store: Store;
  let app: FastifyInstance;
  const now = () => new Date('2026-11-28T10:00:00Z');
  beforeAll(async () => {
    store = await openTestStore();
    app = await createApp({ store, version: 'test', now, webRoot: '/nonexistent' });
  });
  afterAll(async () => {
    await app.close();
    await store.close();
  });

  const idOf = (login: string) => userIdOf(store, login);

  it('keeps the last active administrator from being disabled, and allows it once there is another', async () => {
    const first = await createTestUser(store, 'administrator');
    const session = await logIn(app, first);
    const disable = (id: string) =>
      app.inject({ method: 'POST', url: `/api/users/${id}/disable`, headers: session });
    const refused = await disable(await idOf(first));
    expect(refused.statusCode).toBe(409);
    expect(refused.json<{ detail: string }>().detail).toContain('last active administrator');
    expect((await app.inject({ url: '/api/users', headers: session })).statusCode).toBe(200);

    const second = await createTestUser(store, 'administrator');
    expect((await disable(await idOf(second))).statusCode).toBe(200);
    expect((await disable(await idOf(first))).statusCode).toBe(409);
    await app.inject({
      method: 'POST',
      url: `/api/users/${await idOf(second)}/enable`,
      headers: session,
    });
    expect((await disable(await idOf(first))).statusCode).toBe(200);
  });

  it('refuses trivial, short-in-characters and common passwords with a 400 naming the field', async () => {
    const admin = await logIn(app, await createTestUser(store, 'administrator'));
    let n = 0;
    for (const password of [
      'password1234',
      'aaaaaaaaaaaa',
      ' '.repeat(12),
      '😀😀😁😂🤣😃',
      'abcdefghijkl',
      'weak-login-5@example.test', // the login itself: the sixth login below
    ]) {
      const login = `weak-login-${n++}@example.test`;
      const response = await app.inject({
        method: 'POST',
        url: '/api/users',
        headers: admin,
        payload: { login, name: 'Weak', role: 'viewer', password },
      });
      expect(response.statusCode, password).toBe(400);
      expect(response.json<{ detail: string }>().detail).toMatch(/^(body\/)?password/);
      expect(
        await store.db.selectFrom('users').select('id').where('login', '=', login).execute(),
      ).toEqual([]);
    }
  });

  it('ends the session a browser already had when it logs in again', async () => {
    const login = await createTestUser(store, 'analyst');
    const before = await logIn(app, login);
    const again = await app.inject({
      method: 'POST',
      url: '/api/session',
      headers: before,
      payload: { login, password: TEST_PASSWORD },
    });
    expect(again.statusCode).toBe(200);
    const old = await app.inject({ url: '/api/session', headers: before });
    expect(old.json()).toMatchObject({ user: null });
    const fresh = again.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
    const current = await app.inject({ url: '/api/session', headers: { cookie: fresh } });
    expect(current.json()).toMatchObject({ user: { login } });
  });
});
