import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import type { AnalyticsService } from '../../../services/analytics/analytics-service.js';
import { RegionClusters, TaxonomyQuery } from '../../schemas/analytics-clusters.js';
import { KeyAreas, KeyAreasQuery } from '../../schemas/analytics-key-areas.js';
import { regionFigure } from './figure-route.js';

/** Topics 2 and 3 by key area: a region's activity per key area, and its spearheads' strength. */
export function keyAreaRoutes(server: FastifyInstance, analytics: AnalyticsService): void {
  const app = server.withTypeProvider<TypeBoxTypeProvider>();

  app.get(
    '/api/regions/:code/keyareas',
    regionFigure({
      summary: 'Topic 2: activity, share of the national total and location quotient per key area',
      tags: ['topic 2: key areas'],
      querystring: KeyAreasQuery,
      response: KeyAreas,
    }),
    (request) => analytics.keyAreas(request.params.code, request.query),
  );

  app.get(
    '/api/regions/:code/clusters',
    regionFigure({
      summary:
        'Topic 3: spearheads with key-area coverage, cluster strength stars per key area, investment funds',
      tags: ['topic 3: innovation power'],
      querystring: TaxonomyQuery,
      response: RegionClusters,
    }),
    (request) => analytics.clusters(request.params.code, request.query),
  );
}
