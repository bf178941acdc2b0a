import type { FastifyInstance } from 'fastify';
import { regionGeometries } from '../../services/regions/geometry-service.js';
import { searchRegions } from '../../services/regions/region-search-service.js';
import { getRegion, listRegions } from '../../services/regions/region-service.js';
import type { AppDeps } from '../create-app.js';
import { publicReads } from '../route-options.js';
import { Problem, RegionParam } from '../schemas/common.js';
import {
  GeometryQuery,
  RegionDetail,
  RegionFeatureCollection,
  RegionList,
  RegionListQuery,
} from '../schemas/regions.js';

/** Regions: list, one region, and geometry per level. */
export function regionRoutes(server: FastifyInstance, deps: AppDeps): void {
  const get = publicReads(server, ['regions']);

  get(
    '/api/regions',
    'List regions, by NUTS level and country; with q, find regions by code or name (Dutch, English, local, town or municipality), best first',
    { querystring: RegionListQuery },
    { 200: RegionList },
    async (request) => {
      const { q, limit, ...filter } = request.query;
      if (q !== undefined) return searchRegions(deps.store, q, { ...filter, limit: limit ?? 10 });
      const items = await listRegions(deps.store, filter);
      return { items, total: items.length };
    },
  );

  get(
    '/api/regions/:code',
    'One region with parent, children, spearheads and platforms',
    { params: RegionParam },
    { 200: RegionDetail, 404: Problem },
    (request) => getRegion(deps.store, request.params.code),
  );

  get(
    '/api/geometry',
    'Region boundaries of one NUTS level as GeoJSON, simplified for maps',
    { querystring: GeometryQuery },
    { 200: RegionFeatureCollection },
    async (request, reply) => {
      const collection = await regionGeometries(deps.store, request.query);
      return reply.type('application/geo+json').send(collection);
    },
  );
}
