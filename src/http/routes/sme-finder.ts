import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { findSmeArea } from '../../services/sme/sme-finder.js';
import { PUBLIC } from '../auth/access-rule.js';
import type { AppDeps } from '../create-app.js';
import { routeOptions } from '../route-options.js';
import { Problem } from '../schemas/common.js';
import { SmeFinderQuery, SmeFinderResult } from '../schemas/sme.js';

const route = routeOptions(['sme']);

/** The SME finder's lookup: what a town, municipality, region or postcode leads to. */
export function smeFinderRoutes(server: FastifyInstance, deps: AppDeps): void {
  const app = server.withTypeProvider<TypeBoxTypeProvider>();
  app.get(
    '/api/sme/find',
    route(
      PUBLIC,
      'Resolve a town, municipality, NUTS/COROP region (code or name) or Dutch postcode (PC4, PC6) to regions',
      { querystring: SmeFinderQuery },
      { 200: SmeFinderResult, 400: Problem },
    ),
    (request) => findSmeArea(deps.store, request.query.q),
  );
}
