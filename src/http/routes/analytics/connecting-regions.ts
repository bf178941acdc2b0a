import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import type { AnalyticsService } from '../../../services/analytics/analytics-service.js';
import { TaxonomyQuery } from '../../schemas/analytics-clusters.js';
import { PartnersQuery, RegionPartners, RegionSimilar } from '../../schemas/analytics-connect.js';
import { regionFigure } from './figure-route.js';

const TAGS = ['connecting regions'];

/** Connecting regions: regions alike in key-area profile, and organisations to link with. */
export function connectingRegionsRoutes(
  server: FastifyInstance,
  analytics: AnalyticsService,
): void {
  const app = server.withTypeProvider<TypeBoxTypeProvider>();

  app.get(
    '/api/regions/:code/similar',
    regionFigure({
      summary: 'Similar and complementary regions by key-area profile, explained in words',
      tags: TAGS,
      querystring: TaxonomyQuery,
      response: RegionSimilar,
    }),
    (request) => analytics.similar(request.params.code, request.query),
  );

  app.get(
    '/api/regions/:code/partners',
    regionFigure({
      summary:
        'Organisations in other regions active in the same key areas and not yet linked to the region’s organisations',
      tags: TAGS,
      querystring: PartnersQuery,
      response: RegionPartners,
    }),
    (request) => analytics.partners(request.params.code, request.query),
  );
}
