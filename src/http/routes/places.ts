import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { searchPlaces } from '../../services/places/place-search.js';
import { regionSme } from '../../services/places/region-sme.js';
import type { AppDeps } from '../create-app.js';
import { routeOptions } from '../route-options.js';
import { PUBLIC } from '../auth/access-rule.js';
import { Problem, RegionParam } from '../schemas/common.js';
import { PlaceSearch, PlaceSearchQuery, RegionSme, RegionSmeQuery } from '../schemas/places.js';

const route = routeOptions(['places']);

/** The SME finder: places by name or postcode, and a region's contact points and clusters. */
export function placeRoutes(server: FastifyInstance, deps: AppDeps): void {
  const app = server.withTypeProvider<TypeBoxTypeProvider>();

  app.get(
    '/api/places',
    route(
      PUBLIC,
      'Towns, municipalities and PC4 postcode areas matching a name or postcode',
      { querystring: PlaceSearchQuery },
      { 200: PlaceSearch, 400: Problem },
    ),
    (request) => searchPlaces(deps.store, request.query.q, request.query.limit),
  );

  app.get(
    '/api/regions/:code/sme',
    route(
      PUBLIC,
      'For entrepreneurs: the contact points, clusters, organisations and funds of a region',
      { params: RegionParam, querystring: RegionSmeQuery },
      { 200: RegionSme, 400: Problem, 404: Problem },
    ),
    (request) => regionSme(deps.store, request.params.code, 12, request.query.municipality),
  );
}
