import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { indicatorValues, listIndicators } from '../../services/indicators/indicator-service.js';
import type { AppDeps } from '../create-app.js';
import { PUBLIC } from '../auth/access-rule.js';
import { Page, Problem } from '../schemas/common.js';
import {
  Indicator,
  IndicatorListQuery,
  IndicatorParam,
  IndicatorValues,
  IndicatorValuesQuery,
} from '../schemas/indicators.js';

/** Indicators: the list with years and levels, and one indicator's values per level and year. */
export function indicatorRoutes(server: FastifyInstance, deps: AppDeps): void {
  const app = server.withTypeProvider<TypeBoxTypeProvider>();

  app.get(
    '/api/indicators',
    {
      config: { access: PUBLIC },
      schema: {
        summary: 'Indicators with the years and NUTS levels that hold values',
        tags: ['indicators'],
        querystring: IndicatorListQuery,
        response: { 200: Page(Indicator), 400: Problem },
      },
    },
    (request) => listIndicators(deps.store, request.query),
  );

  app.get(
    '/api/indicators/:id/values',
    {
      config: { access: PUBLIC },
      schema: {
        summary: "An indicator's values for one NUTS level and year (default: the latest)",
        tags: ['indicators'],
        params: IndicatorParam,
        querystring: IndicatorValuesQuery,
        response: { 200: IndicatorValues, 400: Problem, 404: Problem },
      },
    },
    (request) => indicatorValues(deps.store, request.params.id, request.query),
  );
}
