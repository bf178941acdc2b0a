import type { FastifyInstance } from 'fastify';
import { indicatorValues, listIndicators } from '../../services/indicators/indicator-service.js';
import type { AppDeps } from '../create-app.js';
import { publicReads } from '../route-options.js';
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
  const get = publicReads(server, ['indicators']);

  get(
    '/api/indicators',
    'Indicators with the years and NUTS levels that hold values',
    { querystring: IndicatorListQuery },
    { 200: Page(Indicator) },
    (request) => listIndicators(deps.store, request.query),
  );

  get(
    '/api/indicators/:id/values',
    "An indicator's values for one NUTS level and year (default: the latest)",
    { params: IndicatorParam, querystring: IndicatorValuesQuery },
    { 200: IndicatorValues, 404: Problem },
    (request) => indicatorValues(deps.store, request.params.id, request.query),
  );
}
