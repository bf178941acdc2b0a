import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { RegiokrachtError } from '../../domain/errors.js';
import type { Principal } from '../../domain/principal.js';
import { LoginRateLimit } from '../../services/accounts/login-rate-limit.js';
import { endSession, openSession } from '../../services/accounts/sessions.js';
import { principalOf } from '../../services/accounts/user-records.js';
import type { AuthOptions } from '../auth/auth-options.js';
import { PUBLIC } from '../auth/access-rule.js';
import { CSRF_COOKIE, parseCookies, serializeCookie, SESSION_COOKIE } from '../auth/cookies.js';
import type { AppDeps } from '../create-app.js';
import { routeOptions } from '../route-options.js';
import { Problem } from '../schemas/common.js';
import { LoginBody, SessionState, type SessionUser } from '../schemas/session.js';

function userView(principal: Principal | null): SessionUser | null {
  if (!principal) return null;
  const { userId, login, name, role, regions } = principal;
  return { id: userId, login, name, role, regions: [...regions] };
}

function secure(options: AuthOptions | undefined, request: FastifyRequest): boolean {
  const setting = options?.secureCookies ?? 'auto';
  return setting === 'auto' ? request.protocol === 'https' : setting;
}

function setSessionCookies(
  reply: FastifyReply,
  secureCookie: boolean,
  session: { token: string; csrfToken: string } | null,
): void {
  const maxAge = session ? {} : { maxAge: 0 };
  reply.header('set-cookie', [
    serializeCookie(SESSION_COOKIE, session?.token ?? '', {
      httpOnly: true,
      secure: secureCookie,
      ...maxAge,
    }),
    serializeCookie(CSRF_COOKIE, session?.csrfToken ?? '', {
      httpOnly: false,
      secure: secureCookie,
      ...maxAge,
    }),
  ]);
}

const route = routeOptions(['accounts']);

/**
 * Log-in, log-out and who-am-I. The session token goes only into an HttpOnly cookie; the CSRF
 * token into a readable one (and the answer), for the web app to send back on writes.
 */
export function sessionRoutes(server: FastifyInstance, deps: AppDeps): void {
  const app = server.withTypeProvider<TypeBoxTypeProvider>();
  const limit = new LoginRateLimit(deps.auth?.rateLimit, () => deps.now().getTime());
  const sessionDeps = {
    store: deps.store,
    now: deps.now,
    ...(deps.auth?.idleMs ? { idleMs: deps.auth.idleMs } : {}),
  };

  app.post(
    '/api/session',
    {
      ...route(
        PUBLIC,
        'Log in: sets the session cookie (HttpOnly) and the CSRF cookie; failed log-ins are limited per address and per account',
        { body: LoginBody },
        { 200: SessionState, 400: Problem, 401: Problem, 429: Problem },
      ),
      // A login and a password fit in 8 KiB even with every character written as a six-character
      // \u escape: anything larger is refused with 413 before it is read to the end or parsed.
      bodyLimit: 8192,
    },
    async (request, reply) => {
      const { login, password } = request.body;
      const wait = limit.blockedFor(request.ip, login);
      if (wait !== null) {
        reply.header('retry-after', String(wait));
        throw new RegiokrachtError(
          'RATE_LIMITED',
          `too many failed log-ins; try again in ${Math.ceil(wait / 60)} minute(s)`,
        );
      }
      try {
        const session = await openSession(sessionDeps, login, password);
        // A log-in over a session the browser already had ends that one: a session token is never
        // carried across a change of who is logged in.
        const previous = parseCookies(request.headers.cookie).get(SESSION_COOKIE);
        if (previous) await endSession(deps.store, previous);
        setSessionCookies(reply, secure(deps.auth, request), session);
        return { user: userView(principalOf(session.user)), csrf_token: session.csrfToken };
      } catch (error) {
        if (error instanceof RegiokrachtError && error.code === 'UNAUTHENTICATED')
          limit.recordFailure(request.ip, login);
        throw error;
      }
    },
  );

  app.get(
    '/api/session',
    route(
      PUBLIC,
      'Who is logged in (null when nobody), with role, regions and the CSRF token',
      {},
      { 200: SessionState },
    ),
    (request, reply) => {
      reply.header('cache-control', 'no-store');
      return { user: userView(request.principal), csrf_token: request.csrfToken };
    },
  );

  app.delete(
    '/api/session',
    route(
      PUBLIC,
      'Log out: ends the session and clears its cookies',
      {},
      { 204: Type.Null(), 403: Problem },
    ),
    async (request, reply) => {
      const token = parseCookies(request.headers.cookie).get(SESSION_COOKIE);
      if (token) await endSession(deps.store, token);
      setSessionCookies(reply, secure(deps.auth, request), null);
      return reply.status(204).send(null);
    },
  );
}
