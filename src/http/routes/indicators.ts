import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { indicatorValues, listIndicators } from '../../services/indicators/indicator-service.js';
import type { AppDeps } from '../create-app.js';
import { routeOptions } from '../route-options.js';
import { PUBLIC } from '../auth/access-rule.js';
import { Page, Problem } from '../schemas/common.js';
import {
  Indicator,
  IndicatorListQuery,
  IndicatorParam,
  IndicatorValues,
  IndicatorValuesQuery,
} from '../schemas/indicators.js';

const route = routeOptions(['indicators']);

/** Indicators: the list with years and levels, and one indicator's values per level and year. */
export function indicatorRoutes(server: FastifyInstance, deps: AppDeps): void {
  const app = server.withTypeProvider<TypeBoxTypeProvider>();

  app.get(
    '/api/indicators',
    route(
      PUBLIC,
      'Indicators with the years and NUTS levels that hold values',
      { querystring: IndicatorListQuery },
      { 200: Page(Indicator), 400: Problem },
    ),
    (request) => listIndicators(deps.store, request.query),
  );

  app.get(
    '/api/indicators/:id/values',
    route(
      PUBLIC,
      "An indicator's values for one NUTS level and year (default: the latest)",
      { params: IndicatorParam, querystring: IndicatorValuesQuery },
      { 200: IndicatorValues, 400: Problem, 404: Problem },
    ),
    (request) => indicatorValues(deps.store, request.params.id, request.query),
  );
}
