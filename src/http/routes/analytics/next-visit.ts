import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { ADMINISTRATORS } from '../../../domain/role.js';
import type { AnalyticsService } from '../../../services/analytics/analytics-service.js';
import { PUBLIC } from '../../auth/access-rule.js';
import {
  NextVisitQuery,
  NextVisitReport,
  NextVisitWeights,
} from '../../schemas/analytics-next-visit.js';
import { Problem } from '../../schemas/common.js';
import { publicFigure } from './figure-route.js';

const TAGS = ['visits'];

/** The next region to visit: the ranking, and the saved weights of its score. */
export function nextVisitRoutes(server: FastifyInstance, analytics: AnalyticsService): void {
  const app = server.withTypeProvider<TypeBoxTypeProvider>();

  app.get(
    '/api/next-visit',
    publicFigure({
      summary: 'Ranking of regions for the next visit, each score split into its weighted parts',
      tags: TAGS,
      querystring: NextVisitQuery,
      response: NextVisitReport,
    }),
    (request) => {
      const { level, country, taxonomy, exclude_months, lang, ...weights } = request.query;
      return analytics.nextVisit({
        ...(level !== undefined ? { level } : {}),
        ...(country ? { country } : {}),
        ...(taxonomy ? { taxonomy } : {}),
        ...(exclude_months !== undefined ? { excludeVisitedWithinMonths: exclude_months } : {}),
        ...(lang ? { lang } : {}),
        ...(Object.keys(weights).length ? { weights } : {}),
      });
    },
  );

  app.get(
    '/api/next-visit/weights',
    {
      config: { access: PUBLIC },
      schema: {
        summary: 'The saved weights of the next-visit score',
        tags: TAGS,
        response: { 200: NextVisitWeights },
      },
    },
    () => analytics.nextVisitWeights(),
  );

  app.put(
    '/api/next-visit/weights',
    {
      config: { access: { allow: ADMINISTRATORS } },
      schema: {
        summary: 'Save the weights of the next-visit score',
        tags: TAGS,
        body: NextVisitWeights,
        response: { 200: NextVisitWeights, 400: Problem },
      },
    },
    async (request) => {
      await analytics.saveNextVisitWeights(request.body, request.auditActor);
      return analytics.nextVisitWeights();
    },
  );
}
