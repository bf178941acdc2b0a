import type { FastifyInstance, FastifyRequest } from 'fastify';
import { RegiokrachtError } from '../../domain/errors.js';
import { regionAndAncestors } from '../../services/accounts/region-scope.js';
import { sessionOf } from '../../services/accounts/sessions.js';
import type { Store } from '../../storage/store.js';
import { accessDecision } from './access-decision.js';
import type { AccessRule } from './access-rule.js';
import { CSRF_HEADER, parseCookies, SESSION_COOKIE } from './cookies.js';

/** One route and its rule, as registered. */
export interface RouteAccess {
  readonly method: string;
  readonly url: string;
  readonly access: AccessRule;
}

const tables = new WeakMap<FastifyInstance, RouteAccess[]>();

/** Every route of the application with its access rule, collected as routes were registered. */
export function routeAccessTable(app: FastifyInstance): readonly RouteAccess[] {
  return tables.get(app) ?? [];
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Routes that plugins register, which cannot carry our rule: the OpenAPI pages (@fastify/swagger-ui)
 * and the built web app's bundles (@fastify/static). Both are public; nothing else is exempt.
 */
const PLUGIN_PUBLIC_PREFIXES = ['/api/docs', '/assets/'];

/**
 * Authentication and authorisation for every route:
 *
 * - at registration (onRoute), a route without `config.access` is refused, so the application
 *   does not start; the routes plugins register (OpenAPI pages, web app bundles) are public;
 * - on each request, the session cookie gives the principal; a write (any method but GET, HEAD,
 *   OPTIONS) that comes with a live session must carry the session's CSRF token in
 *   `x-csrf-token` (403 CSRF_TOKEN otherwise); then the rule: 401 for anonymous callers where an
 *   account is needed, 403 for a role the rule does not allow;
 * - before the handler (once the body is parsed), a regional editor's regions are checked against
 *   the regions the request touches (403 when one lies outside).
 */
export function accessGuard(
  app: FastifyInstance,
  deps: { readonly store: Store; readonly now: () => Date; readonly idleMs?: number },
): void {
  const table: RouteAccess[] = [];
  tables.set(app, table);
  app.addHook('onRoute', (route) => {
    const url = route.url ?? route.path;
    if (!route.config?.access && PLUGIN_PUBLIC_PREFIXES.some((p) => url.startsWith(p)))
      route.config = { ...route.config, access: { allow: 'anyone' } };
    const access = route.config?.access;
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    if (!access)
      throw new Error(
        `route ${methods.join(',')} ${url} has no access rule: give it config.access (src/http/auth/access-rule.ts)`,
      );
    for (const method of methods) {
      if (
        !SAFE_METHODS.has(method) &&
        access.allow !== 'anyone' &&
        access.allow.includes('regional_editor') &&
        !access.regions
      )
        throw new Error(
          `route ${method} ${url} lets regional editors write but names no regions: give its rule \`regions\``,
        );
      table.push({ method, url, access });
    }
  });

  app.decorateRequest('principal', null);
  app.decorateRequest('csrfToken', null);
  app.decorateRequest('auditActor', null as unknown as FastifyRequest['auditActor']);

  app.addHook('onRequest', async (request) => {
    request.auditActor = { actor: 'anonymous', requestId: request.id };
    const token = parseCookies(request.headers.cookie).get(SESSION_COOKIE);
    const session = token ? await sessionOf(deps, token) : null;
    if (session) {
      request.principal = session.principal;
      request.csrfToken = session.csrfToken;
      request.auditActor = { actor: `user:${session.principal.login}`, requestId: request.id };
      if (!SAFE_METHODS.has(request.method) && request.headers[CSRF_HEADER] !== session.csrfToken)
        throw new RegiokrachtError(
          'CSRF_TOKEN',
          'this write came without the session’s CSRF token (header x-csrf-token, from the cookie regiokracht_csrf); reload the page and try again',
        );
    }
    const rule = request.routeOptions.config.access;
    if (!rule) return; // no route matched: the 404 handler answers
    const restricted = rule.restricted?.asks(request) ?? false;
    const decision = accessDecision(rule, request.principal, restricted);
    if (decision === 'unauthenticated')
      throw new RegiokrachtError('UNAUTHENTICATED', 'log in first (POST /api/session)');
    if (decision === 'forbidden')
      throw new RegiokrachtError(
        'FORBIDDEN',
        `a ${request.principal!.role} may not ${restricted ? 'read drafts here' : 'do this'}`,
      );
  });

  app.addHook('preHandler', async (request) => {
    const rule = request.routeOptions.config.access;
    if (!rule?.regions || !request.principal) return;
    const restricted = rule.restricted?.asks(request) ?? false;
    if (accessDecision(rule, request.principal, restricted) !== 'check-regions') return;
    const regions = await rule.regions(request, deps.store.db);
    if (regions === null) return; // no such record: the handler answers 404
    for (const code of regions) {
      const chain = await regionAndAncestors(deps.store.db, code.trim().toUpperCase());
      if (chain.length === 0) continue; // no such region: the handler answers 400
      if (!chain.some((c) => request.principal!.regions.includes(c)))
        throw new RegiokrachtError(
          'FORBIDDEN',
          `${code} is not one of your regions (${request.principal!.regions.join(', ')}) nor below one of them`,
        );
    }
  });
}
