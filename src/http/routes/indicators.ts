import type { FastifyInstance } from 'fastify';
import { indicatorValues, listIndicators } from '../../services/indicators/indicator-service.js';
import type { AppDeps } from '../create-app.js';
import { PUBLIC } from '../auth/access-rule.js';
import { Page, Problem, Source, pageQueryProperties } from '../schemas/common.js';

const indicatorSchema = {
  type: 'object',
  properties: {
    id: { type: 'string' },
    name_nl: { type: 'string' },
    name_en: { type: 'string' },
    unit: { type: 'string' },
    aggregation: { type: 'string' },
    years: { type: 'array', items: { type: 'integer' } },
    levels: { type: 'array', items: { type: 'integer' } },
    dataset: { type: ['string', 'null'] },
  },
  required: ['id', 'name_nl', 'name_en', 'unit', 'years', 'levels'],
} as const;

const valuesSchema = {
  type: 'object',
  properties: {
    indicator: { type: 'string' },
    name_nl: { type: 'string' },
    name_en: { type: 'string' },
    unit: { type: 'string' },
    level: { type: 'integer' },
    country: { type: ['string', 'null'] },
    year: { type: ['integer', 'null'] },
    years: { type: 'array', items: { type: 'integer' } },
    source: Source,
    values: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          region: { type: 'string' },
          name_nl: { type: 'string' },
          name_en: { type: 'string' },
          value: { type: ['number', 'null'] },
          flags: { type: ['string', 'null'] },
        },
        required: ['region', 'value'],
      },
    },
  },
  required: ['indicator', 'unit', 'year', 'years', 'source', 'values'],
} as const;

/** Indicators: the list with years and levels, and one indicator's values per level and year. */
export function indicatorRoutes(app: FastifyInstance, deps: AppDeps): void {
  app.get<{ Querystring: { limit: number; offset: number } }>(
    '/api/indicators',
    {
      config: { access: PUBLIC },
      schema: {
        summary: 'Indicators with the years and NUTS levels that hold values',
        tags: ['indicators'],
        querystring: {
          type: 'object',
          properties: {
            ...pageQueryProperties,
            limit: { ...pageQueryProperties.limit, default: 1000 },
          },
          additionalProperties: false,
        },
        response: { 200: Page(indicatorSchema), 400: Problem },
      },
    },
    (request) => listIndicators(deps.store, request.query),
  );

  app.get<{
    Params: { id: string };
    Querystring: { level: number; year?: number; country?: string };
  }>(
    '/api/indicators/:id/values',
    {
      config: { access: PUBLIC },
      schema: {
        summary: "An indicator's values for one NUTS level and year (default: the latest)",
        tags: ['indicators'],
        params: {
          type: 'object',
          properties: { id: { type: 'string', minLength: 1, maxLength: 120 } },
          required: ['id'],
        },
        querystring: {
          type: 'object',
          properties: {
            level: { type: 'integer', minimum: 0, maximum: 3, default: 2 },
            year: { type: 'integer', minimum: 1900, maximum: 2100 },
            country: { type: 'string', pattern: '^[A-Za-z]{2}$' },
          },
          additionalProperties: false,
        },
        response: { 200: valuesSchema, 400: Problem, 404: Problem },
      },
    },
    (request) => indicatorValues(deps.store, request.params.id, request.query),
  );
}
