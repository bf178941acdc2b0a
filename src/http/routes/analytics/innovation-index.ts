import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import type { AnalyticsService } from '../../../services/analytics/analytics-service.js';
import {
  IndexQuery,
  IndexTable,
  RegionIndex,
  RegionIndexQuery,
} from '../../schemas/analytics-index.js';
import { publicFigure, regionFigure } from './figure-route.js';

const TAGS = ['topic 3: innovation power'];

/** Topic 3: the composite innovation index of every region of a level, and of one region. */
export function innovationIndexRoutes(server: FastifyInstance, analytics: AnalyticsService): void {
  const app = server.withTypeProvider<TypeBoxTypeProvider>();

  app.get(
    '/api/index',
    publicFigure({
      summary:
        'Topic 3: composite innovation index of every region of a NUTS level in one edition (default: the latest) or one year',
      tags: TAGS,
      querystring: IndexQuery,
      response: IndexTable,
    }),
    (request) => {
      const { indicators, ...rest } = request.query;
      return analytics.index({
        ...rest,
        ...(indicators ? { indicators: indicators.split(',').filter(Boolean) } : {}),
      });
    },
  );

  app.get(
    '/api/regions/:code/index',
    regionFigure({
      summary:
        "Topic 3: a region's index, group, band, rank range and trend (NUTS3 regions get their province's)",
      tags: TAGS,
      querystring: RegionIndexQuery,
      response: RegionIndex,
    }),
    (request) => analytics.regionIndex(request.params.code, request.query),
  );
}
