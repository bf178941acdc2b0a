import type { BrowserContext } from 'playwright-core';
import type { Role } from '../../../src/domain/role.js';
import { createTestUser, TEST_PASSWORD } from '../../support/auth.js';
import type { AppServer } from './app-server.js';

/**
 * Creates an account with `role` in the e2e server's store and logs the browser in with it: the
 * context's request client shares the browser's cookies, so every page opened afterwards carries
 * the session (HttpOnly cookie) and the CSRF cookie the web app sends back on writes.
 * Returns the login.
 */
export async function logInBrowser(
  server: AppServer,
  context: BrowserContext,
  role: Role,
  regions: readonly string[] = [],
): Promise<string> {
  const login = await createTestUser(server.store, role, regions);
  const response = await context.request.post(`${server.url}/api/session`, {
    data: { login, password: TEST_PASSWORD },
  });
  if (response.status() !== 200)
    throw new Error(`log-in of ${login} failed: ${response.status()} ${await response.text()}`);
  return login;
}

/** The CSRF header of a browser's session, for writes sent beside the pages. */
export async function csrfHeader(context: BrowserContext): Promise<Record<string, string>> {
  const cookie = (await context.cookies()).find((c) => c.name === 'regiokracht_csrf');
  return { 'x-csrf-token': cookie?.value ?? '' };
}
