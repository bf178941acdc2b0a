import type { FastifyInstance } from 'fastify';
import { listSources } from '../../services/sources/source-service.js';
import type { AppDeps } from '../create-app.js';
import { publicReads } from '../route-options.js';
import { Page, PageQuery } from '../schemas/common.js';
import { SourceEntry } from '../schemas/sources.js';

/** GET /api/sources: every data set with publisher, licence, retrieval date and its import runs. */
export function sourceRoutes(server: FastifyInstance, deps: AppDeps): void {
  const get = publicReads(server, ['sources']);
  get(
    '/api/sources',
    'Data sets with publisher, licence, retrieval date and import provenance',
    { querystring: PageQuery },
    { 200: Page(SourceEntry) },
    (request) => listSources(deps.store, request.query),
  );
}
