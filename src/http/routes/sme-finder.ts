import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { findSmeArea } from '../../services/sme/sme-finder.js';
import { PUBLIC } from '../auth/access-rule.js';
import type { AppDeps } from '../create-app.js';
import { Problem } from '../schemas/common.js';
import { SmeFinderQuery, SmeFinderResult } from '../schemas/sme.js';

/** The SME finder's lookup: what a town, municipality, region or postcode leads to. */
export function smeFinderRoutes(server: FastifyInstance, deps: AppDeps): void {
  const app = server.withTypeProvider<TypeBoxTypeProvider>();
  app.get(
    '/api/sme/find',
    {
      config: { access: PUBLIC },
      schema: {
        summary:
          'Resolve a town, municipality, NUTS/COROP region (code or name) or Dutch postcode (PC4, PC6) to regions',
        tags: ['sme'],
        querystring: SmeFinderQuery,
        response: { 200: SmeFinderResult, 400: Problem },
      },
    },
    (request) => findSmeArea(deps.store, request.query.q),
  );
}
