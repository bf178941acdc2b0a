import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { listSources } from '../../services/sources/source-service.js';
import type { AppDeps } from '../create-app.js';
import { routeOptions } from '../route-options.js';
import { PUBLIC } from '../auth/access-rule.js';
import { Page, PageQuery, Problem } from '../schemas/common.js';
import { SourceEntry } from '../schemas/sources.js';

const route = routeOptions(['sources']);

/** GET /api/sources: every data set with publisher, licence, retrieval date and its import runs. */
export function sourceRoutes(server: FastifyInstance, deps: AppDeps): void {
  const app = server.withTypeProvider<TypeBoxTypeProvider>();
  app.get(
    '/api/sources',
    route(
      PUBLIC,
      'Data sets with publisher, licence, retrieval date and import provenance',
      { querystring: PageQuery },
      { 200: Page(SourceEntry), 400: Problem },
    ),
    (request) => listSources(deps.store, request.query),
  );
}
