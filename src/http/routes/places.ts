import type { FastifyInstance } from 'fastify';
import { searchPlaces } from '../../services/places/place-search.js';
import { regionSme } from '../../services/places/region-sme.js';
import type { AppDeps } from '../create-app.js';
import { publicReads } from '../route-options.js';
import { Problem, RegionParam } from '../schemas/common.js';
import { PlaceSearch, PlaceSearchQuery, RegionSme, RegionSmeQuery } from '../schemas/places.js';

/** The SME finder: places by name or postcode, and a region's contact points and clusters. */
export function placeRoutes(server: FastifyInstance, deps: AppDeps): void {
  const get = publicReads(server, ['places']);

  get(
    '/api/places',
    'Towns, municipalities and PC4 postcode areas matching a name or postcode',
    { querystring: PlaceSearchQuery },
    { 200: PlaceSearch },
    (request) => searchPlaces(deps.store, request.query.q, request.query.limit),
  );

  get(
    '/api/regions/:code/sme',
    'For entrepreneurs: the contact points, clusters, organisations and funds of a region',
    { params: RegionParam, querystring: RegionSmeQuery },
    { 200: RegionSme, 404: Problem },
    (request) => regionSme(deps.store, request.params.code, 12, request.query.municipality),
  );
}
