import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { listSources } from '../../services/sources/source-service.js';
import type { AppDeps } from '../create-app.js';
import { PUBLIC } from '../auth/access-rule.js';
import { Page, PageQuery, Problem } from '../schemas/common.js';
import { SourceEntry } from '../schemas/sources.js';

/** GET /api/sources: every data set with publisher, licence, retrieval date and its import runs. */
export function sourceRoutes(app: FastifyInstance, deps: AppDeps): void {
  app.withTypeProvider<TypeBoxTypeProvider>().get(
    '/api/sources',
    {
      config: { access: PUBLIC },
      schema: {
        summary: 'Data sets with publisher, licence, retrieval date and import provenance',
        tags: ['sources'],
        querystring: PageQuery,
        response: { 200: Page(SourceEntry), 400: Problem },
      },
    },
    (request) => listSources(deps.store, request.query),
  );
}
