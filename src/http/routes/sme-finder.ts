import type { FastifyInstance } from 'fastify';
import { findSmeArea } from '../../services/sme/sme-finder.js';
import type { AppDeps } from '../create-app.js';
import { publicReads } from '../route-options.js';
import { SmeFinderQuery, SmeFinderResult } from '../schemas/sme.js';

/** The SME finder's lookup: what a town, municipality, region or postcode leads to. */
export function smeFinderRoutes(server: FastifyInstance, deps: AppDeps): void {
  const get = publicReads(server, ['sme']);
  get(
    '/api/sme/find',
    'Resolve a town, municipality, NUTS/COROP region (code or name) or Dutch postcode (PC4, PC6) to regions',
    { querystring: SmeFinderQuery },
    { 200: SmeFinderResult },
    (request) => findSmeArea(deps.store, request.query.q),
  );
}
