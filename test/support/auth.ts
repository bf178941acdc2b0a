import type { FastifyInstance } from 'fastify';
import type { Role } from '../../src/domain/role.js';
import { addUser } from '../../src/services/accounts/add-user.js';
import type { Store } from '../../src/storage/store.js';

/** The password of every test account. */
export const TEST_PASSWORD = 'correct horse battery staple';

let counter = 0;

/** Creates an account with `role` (and `regions` for a regional editor); returns its login. */
export async function createTestUser(
  store: Store,
  role: Role,
  regions: readonly string[] = [],
  login = `${role.replace('_', '-')}-${++counter}@example.test`,
): Promise<string> {
  await addUser(
    { store, now: () => new Date() },
    { login, name: `Test ${role} ${counter}`, role, regions, password: TEST_PASSWORD },
  );
  return login;
}

/** The id of the account with `login`; throws when there is none. */
export async function userIdOf(store: Store, login: string): Promise<string> {
  const row = await store.db
    .selectFrom('users')
    .select('id')
    .where('login', '=', login)
    .executeTakeFirstOrThrow();
  return row.id;
}

/** The headers of a logged-in browser: the session and CSRF cookies, and the CSRF header. */
export interface SessionHeaders {
  readonly cookie: string;
  readonly 'x-csrf-token': string;
  [name: string]: string;
}

/** Logs in through the API and returns the headers that carry the session on later requests. */
export async function logIn(
  app: FastifyInstance,
  login: string,
  password = TEST_PASSWORD,
): Promise<SessionHeaders> {
  const response = await app.inject({
    method: 'POST',
    url: '/api/session',
    payload: { login, password },
  });
  if (response.statusCode !== 200)
    throw new Error(`log-in of ${login} failed: ${response.statusCode} ${response.body}`);
  const cookies = response.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
  const { csrf_token } = response.json<{ csrf_token: string }>();
  return { cookie: cookies, 'x-csrf-token': csrf_token };
}

/** Creates an account with `role` and logs it in: the headers of its session. */
export async function sessionAs(
  app: FastifyInstance,
  store: Store,
  role: Role,
  regions: readonly string[] = [],
): Promise<SessionHeaders> {
  return logIn(app, await createTestUser(store, role, regions));
}
