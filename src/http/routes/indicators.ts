import type { FastifyInstance } from 'fastify';
import { indicatorValues, listIndicators } from '../../services/indicators/indicator-service.js';
import type { AppDeps } from '../create-app.js';
import { PUBLIC } from '../auth/access-rule.js';
import { Page, Problem, Source, pageQueryProperties } from '../schemas/common.js';

const labelProperties = {
  name_nl: { type: 'string', description: 'The indicator in words, in Dutch' },
  name_en: { type: 'string', description: 'The indicator in words, in English' },
  unit: { type: 'string', description: "The unit's code (Eurostat's, e.g. PC_GDP)" },
  unit_nl: { type: 'string', description: 'The unit in words, in Dutch' },
  unit_en: { type: 'string', description: 'The unit in words, in English' },
  concept: {
    type: 'string',
    description: 'Shared by every id that is the same indicator from another file, unit or version',
  },
} as const;

const indicatorSchema = {
  type: 'object',
  properties: {
    id: { type: 'string' },
    ...labelProperties,
    group: { type: 'string', description: 'The theme: rd, patents, science, education, ...' },
    group_nl: { type: 'string' },
    group_en: { type: 'string' },
    order: { type: 'integer', description: 'Sort key: themes in order, then indicators' },
    preference: {
      type: 'integer',
      description: "0 for the concept's preferred source, higher for the others",
    },
    source_nl: { type: ['string', 'null'], description: 'The dataset or file, in Dutch' },
    source_en: { type: ['string', 'null'], description: 'The dataset or file, in English' },
    aggregation: { type: 'string' },
    years: { type: 'array', items: { type: 'integer' } },
    levels: { type: 'array', items: { type: 'integer' } },
    dataset: { type: ['string', 'null'] },
  },
  required: [
    'id',
    'name_nl',
    'name_en',
    'unit',
    'unit_nl',
    'unit_en',
    'concept',
    'group',
    'group_nl',
    'group_en',
    'order',
    'preference',
    'source_nl',
    'source_en',
    'aggregation',
    'years',
    'levels',
    'dataset',
  ],
  additionalProperties: false,
} as const;

const valuesSchema = {
  type: 'object',
  properties: {
    indicator: { type: 'string' },
    ...labelProperties,
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
        required: ['region', 'name_nl', 'name_en', 'value', 'flags'],
        additionalProperties: false,
      },
    },
  },
  required: [
    'indicator',
    'name_nl',
    'name_en',
    'unit',
    'unit_nl',
    'unit_en',
    'concept',
    'level',
    'country',
    'year',
    'years',
    'source',
    'values',
  ],
  additionalProperties: false,
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
