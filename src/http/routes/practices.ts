import type { FastifyInstance } from 'fastify';
import { listPractices } from '../../services/practices/practice-service.js';
import type { AppDeps } from '../create-app.js';
import { pageQuerySchema, pageSchema, problemSchema } from './sources.js';

const nullableString = { type: ['string', 'null'] } as const;
const named = {
  type: 'object',
  properties: { name_nl: { type: 'string' }, name_en: { type: 'string' } },
} as const;

const practiceSchema = {
  type: 'object',
  properties: {
    id: { type: 'string' },
    title: { type: 'string' },
    region: {
      type: 'object',
      properties: { code: { type: 'string' }, ...named.properties },
    },
    topic: { type: 'integer' },
    period_start: nullableString,
    period_end: nullableString,
    description: { type: 'string' },
    resources: nullableString,
    evidence: nullableString,
    transfer_potential: nullableString,
    contact: nullableString,
    source_url: nullableString,
    language: { type: 'string' },
    updated_at: { type: 'string' },
    key_areas: {
      type: 'array',
      items: { type: 'object', properties: { id: { type: 'string' }, ...named.properties } },
    },
    transfers: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          region: { type: 'string' },
          ...named.properties,
          year: { type: ['integer', 'null'] },
          outcome: nullableString,
        },
      },
    },
  },
  required: ['id', 'title', 'region', 'topic', 'description', 'key_areas'],
} as const;

const facetsSchema = {
  type: 'object',
  properties: {
    topics: {
      type: 'array',
      items: {
        type: 'object',
        properties: { topic: { type: 'integer' }, count: { type: 'integer' } },
      },
    },
    regions: {
      type: 'array',
      items: {
        type: 'object',
        properties: { code: { type: 'string' }, ...named.properties, count: { type: 'integer' } },
      },
    },
    key_areas: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          id: { type: 'string' },
          taxonomy_id: { type: 'string' },
          ...named.properties,
          count: { type: 'integer' },
        },
      },
    },
  },
} as const;

interface PracticeQuery {
  q?: string;
  topic?: number;
  region?: string;
  key_area?: string;
  limit: number;
  offset: number;
}

/** GET /api/practices: published good practices with text search and filters. */
export function practiceRoutes(app: FastifyInstance, deps: AppDeps): void {
  const page = pageSchema(practiceSchema);
  app.get<{ Querystring: PracticeQuery }>(
    '/api/practices',
    {
      schema: {
        summary: 'Published good practices, searched and filtered by topic, region and key area',
        tags: ['practices'],
        querystring: {
          type: 'object',
          properties: {
            q: { type: 'string', maxLength: 200 },
            topic: { type: 'integer', enum: [1, 2, 3] },
            region: { type: 'string', pattern: '^[A-Za-z0-9_]{2,12}$' },
            key_area: { type: 'string', maxLength: 120 },
            ...pageQuerySchema,
            limit: { ...pageQuerySchema.limit, default: 20 },
          },
          additionalProperties: false,
        },
        response: {
          200: {
            ...page,
            properties: { ...page.properties, facets: facetsSchema },
            required: [...page.required, 'facets'],
          },
          400: problemSchema,
        },
      },
    },
    (request) => {
      const { q, topic, region, key_area, limit, offset } = request.query;
      return listPractices(deps.store, { q, topic, region, keyArea: key_area }, { limit, offset });
    },
  );
}
